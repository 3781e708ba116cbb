// Serves /test/pages/ssr/index.html?feed=<url>: the four elements rendered on the server
// (ssr-render.mjs, in a child process) for test/integration/ssr-hydration.test.ts.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const renderer = fileURLToPath(new URL('./ssr-render.mjs', import.meta.url));

export const ssrPages = {
  name: 'ssr-pages',
  async serve(context) {
    if (context.path !== '/test/pages/ssr/index.html') return undefined;
    const { stdout } = await run(process.execPath, [renderer, String(context.query.feed ?? '')]);
    return { body: stdout, type: 'html', headers: { 'Cache-Control': 'no-store' } };
  },
};
