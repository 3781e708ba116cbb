// Completes the static demo site: Vite bundles the pages, but the sample feed, its images and
// attachments are fetched at run time, and the snippets point at the CDN bundles beside the demo.
// Also writes the download folder webmasters link or copy: tin-widgets/<version>/ with the CDN
// files, a zip of them, and the Subresource Integrity value of each entry file (integrity.json).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { zip } from './zip.mjs';

const out = 'dist-demo/demo';
for (const item of ['feed.json', 'images', 'files']) cpSync(`demo/${item}`, `${out}/${item}`, { recursive: true });
cpSync('dist/cdn', `${out}/cdn`, { recursive: true });
console.log(`${out}: sample feed, images, files and CDN bundles copied`);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// Files that scripts may start from: a tag's `integrity` attribute is checked against these.
const ENTRIES = ['tin-widgets.classic.js', 'tin-widgets.js', 'tin-widgets.iife.js'];
const folder = `dist-demo/tin-widgets/${version}`;
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
// Source maps stay out: nothing shipped refers to them. The licence travels with the files (MIT
// asks for its notice in every copy).
cpSync('dist/cdn', folder, { recursive: true, filter: (source) => !source.endsWith('.map') });
cpSync('LICENSE', join(folder, 'LICENSE'));

const files = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else files.push(path);
  }
})(folder);
files.sort();

const integrity = Object.fromEntries(
  ENTRIES.map((name) => [
    name,
    `sha384-${createHash('sha384')
      .update(readFileSync(join(folder, name)))
      .digest('base64')}`,
  ]),
);
writeFileSync(join(folder, 'integrity.json'), `${JSON.stringify({ version, integrity }, null, 2)}\n`);
const archive = `dist-demo/tin-widgets/tin-widgets-${version}.zip`;
writeFileSync(
  archive,
  zip(
    [...files, join(folder, 'integrity.json')].map((path) => ({
      name: `tin-widgets/${version}/${relative(folder, path)}`,
      data: readFileSync(path),
    })),
  ),
);
console.log(`${folder}: ${files.length} files, integrity.json; ${archive}`);
