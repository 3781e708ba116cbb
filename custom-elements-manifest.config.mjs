// The analyzer reads the sources; the manifest describes the package as shipped, so every module
// path it names is the compiled file in dist/ (src/ is not in the tarball).
const shipped = (path) => path.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');

/** Rewrites `path` and every `module` reference, wherever the manifest nests them. */
function pointAtDist(node) {
  if (Array.isArray(node)) node.forEach(pointAtDist);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else pointAtDist(value);
    }
}

export default {
  globs: ['src/**/*.ts'],
  // Generated translations, the classic script's eager twins and the build's own chunk table are
  // not API (chunks.js is not shipped).
  exclude: ['src/i18n/generated/**', 'src/**/*.eager.ts', 'src/chunks.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tin-point-at-dist',
      packageLinkPhase({ customElementsManifest }) {
        pointAtDist(customElementsManifest.modules);
      },
    },
  ],
};
