// Chromium driven over a bare DevTools pipe, with no domain enabled but Page/Runtime calls: unlike
// Playwright, which keeps the Network domain on (its agent decodes every text response on the main
// thread), this is a browser as a visitor has it. Used by figure d to check that claim.
import { spawn } from 'node:child_process';

export async function launchRaw(executablePath) {
  const child = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--remote-debugging-pipe',
      '--no-first-run',
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const [, , , toChrome, fromChrome] = child.stdio;
  let id = 0;
  let buffer = '';
  const pending = new Map();
  fromChrome.on('data', (chunk) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (waiter) {
        pending.delete(message.id);
        if (message.error) waiter.reject(new Error(message.error.message));
        else waiter.resolve(message.result);
      }
    }
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      pending.set(++id, { resolve, reject });
      toChrome.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  return {
    /** Opens `url` in a new tab, waits `ms`, evaluates `expression` there, closes the tab. */
    async evaluateAfter(url, ms, expression) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Page.navigate', { url }, sessionId);
      await new Promise((resolve) => setTimeout(resolve, ms));
      const { result } = await send(
        'Runtime.evaluate',
        { expression, returnByValue: true, awaitPromise: true },
        sessionId,
      );
      await send('Target.closeTarget', { targetId });
      return result.value;
    },
    close: () => child.kill(),
  };
}
