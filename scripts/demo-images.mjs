// Makes the demo's image renditions once, with ImageMagick (`convert`, built with AVIF), and lists
// them in the demo's feeds (demo/feed.json and the two departments' feeds the home page merges) as
// each item's `_tin.image_sources`, as a portal's CMS would: the source
// JPEGs (800 px) stay the `image` every reader understands; smaller JPEGs and AVIF files at 320,
// 480, 640 and 800 px let <tin-card> send a phone the file its layout needs. The outputs are
// committed, so neither the build nor the demo depends on ImageMagick. Run: node scripts/demo-images.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const WIDTHS = [320, 480, 640];
const FULL = 800;
// AVIF at 50 looks like the JPEGs at 70 (their quality) at about 40 % of the bytes.
const AVIF_QUALITY = 50;
const JPEG_QUALITY = 70;
const out = 'demo/images/sizes';
mkdirSync(out, { recursive: true });

function render(source, width, format) {
  const name = `${out}/${basename(source, '.jpg')}-${width}.${format}`;
  if (!existsSync(name)) {
    const quality = format === 'avif' ? AVIF_QUALITY : JPEG_QUALITY;
    const resize = width === FULL ? [] : ['-resize', `${width}x`];
    execFileSync('convert', [`demo/${source}`, ...resize, '-strip', '-quality', String(quality), name]);
    console.log(name);
  }
  return name.slice('demo/'.length);
}

for (const feedPath of ['demo/feed.json', 'demo/so-giao-duc.json', 'demo/so-y-te.json']) {
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  for (const item of feed.items) {
    if (typeof item.image !== 'string' || !item.image.endsWith('.jpg')) continue;
    const size = execFileSync('identify', ['-format', '%w', `demo/${item.image}`], { encoding: 'utf8' });
    if (Number(size) !== FULL) throw new Error(`${item.image}: ${size} px wide, not ${FULL}`);
    const image_sources = [
      ...[...WIDTHS, FULL].map((width) => ({ url: render(item.image, width, 'avif'), width, mime_type: 'image/avif' })),
      ...WIDTHS.map((width) => ({ url: render(item.image, width, 'jpg'), width, mime_type: 'image/jpeg' })),
      { url: item.image, width: FULL, mime_type: 'image/jpeg' },
    ];
    item._tin = { image_sources };
  }
  writeFileSync(feedPath, `${JSON.stringify(feed, null, 2)}\n`);
  console.log(`${feedPath}: _tin.image_sources on every item with an image`);
}
