#!/usr/bin/env node
// Checks what `npm publish` would ship, from `npm pack --dry-run --json`:
// - only dist/, README.md, package.json, custom-elements.json and a LICENSE file; no source
//   maps, tests, demo, sources, caches or dotfiles;
// - every path package.json names (`main`, `module`, `types`, `customElements`, `web-types`,
//   `contributes.*.customData`, every `exports` target; `*` patterns must match at least one
//   file, and all targets of one pattern the same names) is in the tarball.
// Run after `npm run build`. Exits 1, listing every problem, when something is wrong.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

let report;
try {
  // --ignore-scripts: lifecycle scripts would print to stdout and are not what is checked here.
  const stdout = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  [report] = JSON.parse(stdout);
} catch (error) {
  console.error(`check-pack: \`npm pack --dry-run --json\` failed:\n${error.stderr ?? error.message}`);
  process.exit(1);
}

const files = report.files.map((file) => file.path);
const shipped = new Set(files);
const problems = [];

// 1. Nothing outside the allowed set.
const TOP_LEVEL = new Set(['package.json', 'README.md', 'custom-elements.json']);
const LICENSE = /^LICEN[CS]E(\.(md|txt))?$/i;
function whyNot(path) {
  if (path.split('/').some((segment) => segment.startsWith('.'))) return 'a dotfile or dot-directory';
  if (/\.map$/.test(path)) return 'a source map';
  if (/\.tsbuildinfo$/.test(path)) return 'a TypeScript build cache';
  if (path.startsWith('dist/')) return undefined;
  if (TOP_LEVEL.has(path) || LICENSE.test(path)) return undefined;
  const top = path.split('/')[0];
  return ['src', 'test', 'demo', 'docs', 'bench', 'scripts', 'xliff', 'node_modules', 'dist-demo'].includes(top)
    ? `from ${top}/`
    : 'outside dist/ and the allowed top-level files';
}
const unwanted = files.map((path) => [path, whyNot(path)]).filter(([, why]) => why);
for (const [path, why] of unwanted) problems.push(`ships ${path} (${why})`);

// 1b. No shipped file names a source map the package leaves out (a browser's devtools, or a
// bundler, would look for it and warn).
for (const path of files.filter((file) => /\.[cm]?js$/.test(file))) {
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(
    readFileSync(new URL(path, new URL('../', import.meta.url)), 'utf8'),
  )?.[1];
  if (map && !map.startsWith('data:') && !shipped.has(posix.join(posix.dirname(path), map)))
    problems.push(`ships ${path}, which refers to ${map}, not in the tarball`);
}

// 2. Everything package.json points at is shipped.
const strip = (target) => target.replace(/^\.\//, '');
function checkPath(field, target) {
  if (typeof target !== 'string') return;
  const path = strip(target);
  if (path.includes('*')) return; // patterns are checked with their siblings below
  if (!shipped.has(path)) problems.push(`${field} → ${target} is not in the tarball`);
}

for (const field of [
  'main',
  'module',
  'types',
  'typings',
  'customElements',
  'web-types',
  'browser',
  'unpkg',
  'jsdelivr',
]) {
  if (pkg[field] !== undefined) checkPath(field, pkg[field]);
}
// VS Code's custom data, listed the way an extension's package.json lists it.
for (const language of ['html', 'css'])
  for (const [i, path] of (pkg.contributes?.[language]?.customData ?? []).entries())
    checkPath(`contributes.${language}.customData[${i}]`, path);

/** Every string target below an exports entry, with the condition path that leads to it. */
function targets(value, where) {
  if (typeof value === 'string') return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => targets(item, `${where}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => targets(item, `${where}.${key}`));
  return []; // null: an explicitly blocked subpath
}

const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const exportsField =
  typeof pkg.exports === 'object' && pkg.exports !== null && !Array.isArray(pkg.exports)
    ? pkg.exports
    : { '.': pkg.exports };
for (const [subpath, value] of Object.entries(exportsField)) {
  const all = targets(value, `exports["${subpath}"]`);
  for (const [where, target] of all) checkPath(where, target);
  const patterns = all.filter(([, target]) => target.includes('*'));
  if (!patterns.length) continue;
  // What `*` stands for in each target; all targets of one subpath must agree.
  const captures = patterns.map(([where, target]) => {
    const regex = new RegExp(`^${strip(target).split('*').map(escape).join('(.+)')}$`);
    const names = files.map((path) => path.match(regex)?.[1]).filter((name) => name !== undefined);
    if (!names.length) problems.push(`${where} → ${target} matches no file in the tarball`);
    return [where, target, new Set(names)];
  });
  const [firstWhere, firstTarget, firstNames] = captures[0];
  for (const [where, target, names] of captures.slice(1)) {
    const missing = [...firstNames].filter((name) => !names.has(name));
    const extra = [...names].filter((name) => !firstNames.has(name));
    for (const name of missing)
      problems.push(
        `${where} → ${target.replace('*', name)} is missing (${firstWhere} has ${firstTarget.replace('*', name)})`,
      );
    for (const name of extra)
      problems.push(
        `${firstWhere} → ${firstTarget.replace('*', name)} is missing (${where} has ${target.replace('*', name)})`,
      );
  }
}

// 3. Report.
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(
  `check-pack: ${report.filename}: ${report.entryCount ?? files.length} files, ${kib(report.size)} packed, ${kib(report.unpackedSize)} unpacked`,
);
if (!files.some((path) => LICENSE.test(path))) {
  console.warn(`check-pack: warning: no LICENSE file is shipped (package.json says "${pkg.license}")`);
}
if (problems.length) {
  console.error(`check-pack: FAILED, ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  'check-pack: OK: only dist/, README.md, package.json, custom-elements.json (and LICENSE) ship, and every path package.json names is in the tarball.',
);
