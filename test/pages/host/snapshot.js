// Loaded as a classic script right before the library, on the host pages: records uncaught errors
// and takes a snapshot of everything the library must leave alone, so the test can compare it
// with the same snapshot taken once every element has rendered. One global: window.__host.
(function () {
  const attributes = (element) => [...element.attributes].map((a) => `${a.name}=${a.value}`).sort();
  const styleOf = (element) => {
    const style = getComputedStyle(element);
    const out = {};
    for (let i = 0; i < style.length; i++) out[style[i]] = style.getPropertyValue(style[i]);
    return out;
  };
  const snapshot = () => ({
    globals: Object.keys(window),
    htmlAttributes: attributes(document.documentElement),
    bodyAttributes: attributes(document.body),
    head: [...document.head.children].map((child) => child.outerHTML),
    styleSheetNodes: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    title: document.title,
    styles: Object.fromEntries([...document.querySelectorAll('[data-probe]')].map((el) => [el.dataset.probe, styleOf(el)])),
  });
  const errors = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  window.__host = { snapshot, errors, before: undefined };
  window.__host.before = snapshot();
})();
