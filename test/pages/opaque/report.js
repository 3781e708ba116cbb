// Loaded before the library, so no tin-error can come before the listener: reports its detail and
// what the visitor reads to the test in the parent window.
document.addEventListener('tin-error', async (event) => {
  const list = event.target;
  await list.updateComplete;
  const box = list.shadowRoot.querySelector('[part~="error"]');
  parent.postMessage(
    {
      type: 'opaque-report',
      kind: event.detail.kind,
      message: event.detail.message,
      text: box?.textContent ?? '',
      retry: !!box?.querySelector('button'),
    },
    '*',
  );
});
