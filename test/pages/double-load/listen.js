// Loaded first, as a classic script: records uncaught errors, console warnings and errors, and
// every tin-load event with the element that fired it. One global: window.__double.
(function () {
  const record = { errors: [], console: [], loads: [] };
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = (...args) => {
      record.console.push(`${level}: ${args.map(String).join(' ')}`);
      original.apply(console, args);
    };
  }
  document.addEventListener('tin-load', (event) => record.loads.push(event.composedPath()[0].id || event.composedPath()[0].localName));
  window.__double = record;
})();
