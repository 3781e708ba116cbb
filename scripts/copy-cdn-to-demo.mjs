// The static demo serves the CDN bundles beside itself, so its snippets point at real files.
import { cpSync } from 'node:fs';
cpSync('dist/cdn', 'dist-demo/cdn', { recursive: true });
console.log('dist-demo/cdn: copied the CDN bundles');
