// The browser engines the tests and screenshots run in, and where each one's browser is.
//
// TIN_BROWSERS=chromium,firefox,webkit selects engines; a requested engine that is not installed
// is an error. Without it, every installed engine runs (Chromium always: see below).
//
// - chromium: CHROME_PATH, else an installed Chrome/Chromium (found as chrome-launcher finds it),
//   else the Chromium that the @sparticuz/chromium dev dependency ships (Linux x64 only). Set
//   TIN_CHROMIUM_SEARCH=off to skip the installed ones (this is how the fallback is tested).
// - firefox: FIREFOX_PATH, else firefox-esr or firefox on PATH, driven over WebDriver BiDi by
//   puppeteer-core (no geckodriver).
// - webkit: WebKitGTK's MiniBrowser (MINIBROWSER_PATH, else the webkit2gtk-4.1 one) driven by
//   WebKitWebDriver (Debian: webkit2gtk-driver). MiniBrowser has no headless mode: without a
//   DISPLAY it runs on an Xvfb server started here.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const require = createRequire(import.meta.url);
// The puppeteer-core and chrome-launcher that @web/test-runner-chrome itself uses.
const chromeRequire = createRequire(require.resolve('@web/test-runner-chrome'));
export const puppeteer = chromeRequire('puppeteer-core');

/** The first of `names` found on PATH. */
function onPath(...names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const file = join(dir, name);
      if (dir && existsSync(file)) return file;
    }
  }
  return undefined;
}

async function findChromium() {
  if (process.env.CHROME_PATH) return { executablePath: process.env.CHROME_PATH, from: 'CHROME_PATH' };
  if (process.env.TIN_CHROMIUM_SEARCH !== 'off') {
    let installed;
    try {
      installed = chromeRequire('chrome-launcher').Launcher.getFirstInstallation();
    } catch {
      // chrome-launcher throws on platforms it does not know
    }
    if (installed) return { executablePath: installed, from: 'installed' };
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    const { default: shipped } = await import('@sparticuz/chromium');
    return { executablePath: await shipped.executablePath(), from: '@sparticuz/chromium' };
  }
  return undefined;
}

function findFirefox() {
  const executablePath = process.env.FIREFOX_PATH ?? onPath('firefox-esr', 'firefox');
  return executablePath && { executablePath };
}

function findWebKit() {
  let binary = process.env.MINIBROWSER_PATH;
  if (!binary && process.platform === 'linux') {
    // /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser (Debian, Ubuntu), /usr/libexec/… (Fedora).
    const dirs = ['/usr/lib', '/usr/libexec'];
    try {
      for (const entry of readdirSync('/usr/lib')) if (entry.endsWith('-linux-gnu')) dirs.push(join('/usr/lib', entry));
    } catch {
      // no /usr/lib
    }
    binary = dirs.map((dir) => join(dir, 'webkit2gtk-4.1', 'MiniBrowser')).find((file) => existsSync(file));
  }
  const driver = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
  const display = process.env.DISPLAY || onPath('Xvfb');
  return binary && driver && display ? { binary, driver } : undefined;
}

const HOW = {
  chromium: 'set CHROME_PATH to a Chrome or Chromium executable',
  firefox: 'install Firefox (Debian: apt-get install firefox-esr) or set FIREFOX_PATH',
  webkit: 'install WebKitGTK\u2019s driver and Xvfb (Debian: apt-get install webkit2gtk-driver xvfb)',
};

/**
 * The selected engines that are installed, as `{ chromium?, firefox?, webkit? }`. Throws when
 * TIN_BROWSERS names an unknown or missing engine, or when no engine is found at all.
 */
export async function findEngines(env = process.env) {
  const requested = env.TIN_BROWSERS?.split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = requested?.filter((name) => !ENGINES.includes(name)) ?? [];
  if (unknown.length)
    throw new Error(`TIN_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  const wanted = requested?.length ? ENGINES.filter((name) => requested.includes(name)) : ENGINES;
  const found = {};
  if (wanted.includes('chromium')) found.chromium = await findChromium();
  if (wanted.includes('firefox')) found.firefox = findFirefox();
  if (wanted.includes('webkit')) found.webkit = findWebKit();
  const missing = wanted.filter((name) => !found[name]);
  if (requested?.length && missing.length) {
    throw new Error(
      `TIN_BROWSERS asks for ${missing.join(', ')}, not installed: ${missing.map((name) => HOW[name]).join('; ')}`,
    );
  }
  for (const name of missing) delete found[name];
  if (!Object.keys(found).length) throw new Error(`No browser found to test in: ${HOW.chromium}`);
  return found;
}

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill();
});

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let xvfb;
/** A DISPLAY for MiniBrowser: the one there is, or an Xvfb server of our own. */
function display(screen) {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  xvfb ??= new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    const child = track(
      spawn(onPath('Xvfb') ?? 'Xvfb', ['-displayfd', '1', '-screen', '0', screen, '-nolisten', 'tcp'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
  return xvfb;
}

/**
 * Starts WebKitWebDriver (with `env` added to what it and its MiniBrowser see) on a free local
 * port; resolves once it answers. It is stopped when this process exits, or by `stop()`. `screen`
 * is the size of the Xvfb screen started when there is no DISPLAY.
 */
export async function startWebKitDriver(webkit, env = {}, { screen = '1280x1024x24' } = {}) {
  const port = await freePort();
  const child = track(
    spawn(webkit.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: await display(screen), ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const exited = new Promise((_, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`WebKitWebDriver exited (${code})`)));
  });
  exited.catch(() => {});
  for (let attempt = 0; ; attempt++) {
    const ready = fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (await Promise.race([ready, exited])) break;
    if (attempt > 100) throw new Error('WebKitWebDriver did not answer');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { port, stop: () => child.kill() };
}

/** Stops every driver and Xvfb server started here. */
export function stopAll() {
  for (const child of children) child.kill();
}

/** WebdriverIO options for a MiniBrowser session through the driver on `port`. */
export function webkitCapabilities(webkit, port) {
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Classic WebDriver: WebKitWebDriver does not speak BiDi for this.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkit.binary, args: ['--automation'] },
    },
  };
}

/** Version line of an executable, for the log ("Mozilla Firefox 153.8.0esr"). */
export function versionOf(file) {
  try {
    return execFileSync(file, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 })
      .trim()
      .split('\n')[0];
  } catch {
    return undefined;
  }
}
