/** Registers every tin-* element. The entry point of the CDN build. */
import './elements/tin-card/define.js';
import './elements/tin-list/define.js';
import './elements/tin-article/define.js';
import './elements/tin-feed/define.js';
