// Adds the classic tag from the other name of this test server (localhost <-> 127.0.0.1): another
// origin, whose /dist/cdn/ files the server sends without CORS headers, like a CDN without them.
const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const tag = document.createElement('script');
const url = `${location.protocol}//${other}:${location.port}/dist/cdn/tin-widgets.classic.js`;
// The page enforces Trusted Types: its own script needs its own policy too.
tag.src = trustedTypes.createPolicy('test-page', { createScriptURL: () => url }).createScriptURL(url);
tag.nonce = document.currentScript.nonce;
document.head.append(tag);
