import { posix } from 'node:path';

// The analyzer reads the sources; the manifest describes the package as shipped, so every module
// path it names is the compiled file in dist/ (src/ is not in the tarball). Re-exports name their
// module as written ('./elements/tin-card/tin-card.js'): those are resolved against their module.
const shipped = (path, from) => {
  const fromRoot = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return fromRoot.replace(/^src\/(.+)\.[jt]s$/, 'dist/$1.js');
};

/** Rewrites `path` and every `module` reference, wherever a module's entry nests them. */
function pointAtDist(node, from) {
  if (Array.isArray(node)) node.forEach((item) => pointAtDist(item, from));
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value, from);
      else pointAtDist(value, from);
    }
}

export default {
  globs: ['src/**/*.ts'],
  // Generated translations, the classic script's eager twins, the build's own chunk table and the
  // CDN's classic-tag loader are not API (chunks.js and classic.js are not in the package).
  exclude: ['src/i18n/generated/**', 'src/**/*.eager.ts', 'src/chunks.ts', 'src/classic.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tin-point-at-dist',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) pointAtDist(module, module.path);
      },
    },
  ],
};
