// Tests run in real browsers: every engine that is installed, or those TIN_BROWSERS names
// (chromium, firefox, webkit). scripts/engines.mjs finds them (browser downloads are not possible here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  findEngines,
  puppeteer,
  startWebKitDriver,
  stopAll,
  versionOf,
  webkitCapabilities,
} from './scripts/engines.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { faultServer } from './test/server/fault-server.mjs';
import { printPdf } from './test/server/print-pdf.mjs';
import { ssrPages } from './test/server/ssr-pages.mjs';

const engines = await findEngines();
console.log(
  `Test engines: ${Object.entries(engines)
    .map(
      ([name, found]) =>
        `${name} (${versionOf(found.executablePath ?? found.binary) ?? found.executablePath ?? found.binary}${found.from === '@sparticuz/chromium' ? ', from @sparticuz/chromium' : ''})`,
    )
    .join(', ')}`,
);

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

const chromium = (env = {}) =>
  chromeLauncher({
    launchOptions: {
      executablePath: engines.chromium.executablePath,
      headless: true,
      args: chromeArgs,
      env: { ...process.env, ...env },
    },
  });

const firefox = (env = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: engines.firefox.executablePath,
      headless: true,
      env: { ...process.env, ...env },
      // The same as Chromium's flags above: tabs in the background keep full-speed timers.
      extraPrefsFirefox: {
        'dom.min_background_timeout_value': 4,
        'dom.min_background_timeout_value_without_budget_throttling': 4,
        'dom.timeout.enable_budget_timer_throttling': false,
      },
    },
  });

// One MiniBrowser window that loads one test file after another (the launcher uses a single
// session when the concurrency it is given is 1).
const webkit = async (env = {}) => {
  const { port } = await startWebKitDriver(engines.webkit, env);
  const launcher = webdriverLauncher(webkitCapabilities(engines.webkit, port));
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  return launcher;
};

const browsers = async (env) =>
  [engines.chromium && chromium(env), engines.firefox && firefox(env), engines.webkit && (await webkit(env))].filter(
    Boolean,
  );

// The policy exactly as the README documents it, read from the README itself (its one
// `Content-Security-Policy:` line), so the docs and the tests cannot drift apart. The CSP pages
// and the classic tag's trusted-types page are served with it; the other classic-tag pages
// (test/pages/classic/) each with another policy a portal may send.
const DOCUMENTED_CSP = (() => {
  const lines = readFileSync(new URL('./README.md', import.meta.url), 'utf8').match(/^Content-Security-Policy: .+$/gm);
  if (lines?.length !== 1) throw new Error('README.md must hold exactly one "Content-Security-Policy: …" line');
  return lines[0].slice('Content-Security-Policy: '.length).trim();
})();
const TRUSTED_TYPES = DOCUMENTED_CSP.slice(DOCUMENTED_CSP.indexOf('require-trusted-types-for'));
if (!/^require-trusted-types-for 'script'; trusted-types [\w -]+$/.test(TRUSTED_TYPES))
  throw new Error(`README.md's policy ends without its Trusted Types part: ${DOCUMENTED_CSP}`);
const CLASSIC_PAGE_CSP = {
  'self.html': "default-src 'self'; script-src 'self'; style-src 'self'",
  'nonce.html': "default-src 'self'; script-src 'nonce-tin-classic'; style-src 'self'",
  'strict-dynamic.html':
    "default-src 'self'; script-src 'nonce-tin-classic' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
  'trusted-types.html': DOCUMENTED_CSP,
  'other-host.html': `default-src 'self'; script-src 'self' http://localhost:* http://127.0.0.1:*; style-src 'self'; ${TRUSTED_TYPES} test-page`,
};

async function classicTagPolicies(ctx, next) {
  const page = ctx.path.startsWith('/test/pages/classic/') && ctx.path.split('/').pop();
  if (page && CLASSIC_PAGE_CSP[page]) ctx.set('Content-Security-Policy', CLASSIC_PAGE_CSP[page]);
  const origin = ctx.get('Origin');
  await next();
  // A host that sends the files without CORS headers, as many portal servers do.
  if (origin && ctx.path.startsWith('/dist/cdn/') && origin !== `${ctx.protocol}://${ctx.host}`) {
    ctx.remove('Access-Control-Allow-Origin');
  }
}

export default {
  nodeResolve: true,
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/time-zone/**'],
  browsers: await browsers(),
  concurrency: 2,
  concurrentBrowsers: 2,
  // Firefox and MiniBrowser start slower than Chromium, more so on a loaded machine.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    faultServer,
    // The strict policy a careful portal would send, as documented (issue: zero CSP violations under it).
    function strictCsp(ctx, next) {
      if (ctx.path.startsWith('/test/pages/csp/')) ctx.set('Content-Security-Policy', DOCUMENTED_CSP);
      return next();
    },
    classicTagPolicies,
  ],
  reporters: [process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(), countReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    printPdf(),
    { name: 'stop-webkit-drivers', serverStop: stopAll },
    ssrPages,
  ],
  groups: [
    // Same element tests with the browser in another zone: dates must not move.
    {
      name: 'new-york',
      files: ['test/time-zone/**/*.test.ts'],
      browsers: await browsers({ TZ: 'America/New_York' }),
    },
  ],
};
