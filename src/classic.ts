/**
 * The classic `<script>` tag webmasters paste (`tin-widgets.classic.js`): a few hundred bytes that
 * load the ES build from the folder this script came from, so a page downloads only the elements
 * it uses. Where the module cannot load — a page on `file://`, the files on another host that sends
 * no CORS header — it adds the one-file build
 * (`tin-widgets.iife.js`) from the same folder instead, so the tag works wherever a classic
 * script does. (A browser too old for `import()` could not run either build.)
 *
 * A dynamic `import()` carries this script's nonce and is allowed by `'strict-dynamic'`; it is no
 * Trusted Types sink. Only the fallback's `script.src` is, which is why it asks for its own policy,
 * `tin-widgets-loader`, and only when the page enforces Trusted Types.
 */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (input: string) => string },
  ): {
    createScriptURL(input: string): string;
  };
}

const FILE_NAME = /[^/]*$/;

// `currentScript` is null only when the tag was added from a module; find it by name then.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  [...document.scripts].find((candidate) => /tin-widgets\.classic\.js(?:[?#]|$)/.test(candidate.src));
const folder = (script?.src ?? '').replace(FILE_NAME, '');

function loadOneFile(reason: unknown): void {
  console.info(`[tin-widgets] the ES module could not load from ${folder}, using tin-widgets.iife.js:`, reason);
  const url = folder + 'tin-widgets.iife.js';
  const tt = (window as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  const fallback = document.createElement('script');
  fallback.nonce = script?.nonce ?? '';
  try {
    // Only this one URL, built above from the script's own folder, is ever allowed through.
    fallback.src = tt
      ? tt
          .createPolicy('tin-widgets-loader', { createScriptURL: (input) => (input === url ? input : '') })
          .createScriptURL(url)
      : url;
  } catch (error) {
    console.warn(
      '[tin-widgets] cannot add tin-widgets.iife.js (Trusted Types policy "tin-widgets-loader" not allowed?):',
      error,
    );
    return;
  }
  document.head.append(fallback);
}

if (!folder) console.warn('[tin-widgets] cannot tell where tin-widgets.classic.js was loaded from');
else import(/* @vite-ignore */ folder + 'tin-widgets.js').catch(loadOneFile);
