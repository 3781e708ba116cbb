// Tests run in real headless Chromium (Debian's build; browser downloads are not possible here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { countReporter } from './test/server/count-reporter.mjs';
import { faultServer } from './test/server/fault-server.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test files run in parallel tabs; without these, background tabs get throttled timers and
  // no animation frames, and timing-dependent tests flake.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const chrome = (env = {}) =>
  chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromeArgs, env: { ...process.env, ...env } },
  });

export default {
  nodeResolve: true,
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/time-zone/**'],
  browsers: [chrome()],
  concurrency: 2,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    faultServer,
    // The strict policy a careful portal would send (issue: zero CSP violations under it).
    function strictCsp(ctx, next) {
      if (ctx.path.startsWith('/test/pages/csp/')) {
        ctx.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify tin-widgets",
        );
      }
      return next();
    },
  ],
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  groups: [
    // Same element tests with the browser in another zone: dates must not move.
    {
      name: 'new-york',
      files: ['test/time-zone/**/*.test.ts'],
      browsers: [chrome({ TZ: 'America/New_York' })],
    },
  ],
};
