// What a server-rendered portal page loads: Lit's hydration support first (it must be there
// before LitElement is defined), then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../../dist/define.js';
