// Completes the static demo site: Vite bundles the pages, but the sample feed, its images and
// attachments are fetched at run time, and the snippets point at the CDN bundles beside the demo.
import { cpSync } from 'node:fs';

const out = 'dist-demo/demo';
for (const item of ['feed.json', 'images', 'files']) cpSync(`demo/${item}`, `${out}/${item}`, { recursive: true });
cpSync('dist/cdn', `${out}/cdn`, { recursive: true });
console.log(`${out}: sample feed, images, files and CDN bundles copied`);
