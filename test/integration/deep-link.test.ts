// Which addresses make the CDN entry load the article view at once: those that open an article in
// one of the page's grids, named as each grid names its own parameter (render/controllers/url-state.ts).
import { expect } from '@open-wc/testing';
import { opensArticle } from '../../src/deep-link.js';

const page = (body: string) => {
  const doc = document.implementation.createHTMLDocument();
  doc.body.innerHTML = body;
  return doc;
};

describe('opensArticle', () => {
  const start = location.href;
  afterEach(() => history.replaceState(history.state, '', start));
  const at = (suffix: string) => history.replaceState(history.state, '', new URL(suffix, start).href);

  const cases: [string, string, boolean][] = [
    ['#tin=a', '<tin-feed></tin-feed>', true],
    ['#trang=2&tin=a', '<tin-feed></tin-feed>', true],
    ['#tin=', '<tin-feed></tin-feed>', false],
    ['#tin=%20', '<tin-feed></tin-feed>', false],
    ['#khac=a', '<tin-feed></tin-feed>', false],
    ['#tin=a', '<tin-list></tin-list>', false],
    // The second unnamed grid is tin-2; a named one does not count among them.
    ['#tin-2=a', '<tin-feed></tin-feed><tin-feed></tin-feed>', true],
    ['#tin-2=a', '<tin-feed url-param="p"></tin-feed><tin-feed></tin-feed>', false],
    ['#tin=a', '<tin-feed url-param="p"></tin-feed><tin-feed></tin-feed>', true],
    ['#p=a', '<tin-feed url-param=" p "></tin-feed>', true],
    ['#tin=a', '<tin-feed url-param="p"></tin-feed>', false],
    // An empty url-param: the first name, outside the numbering, as url-state.ts reads it.
    ['#tin=a', '<tin-feed url-param=" "></tin-feed>', true],
    ['#tin-2=a', '<tin-feed url-param=""></tin-feed><tin-feed></tin-feed>', false],
    // url-mode="query" reads the query, and only it.
    ['?tin=a', '<tin-feed url-mode="query"></tin-feed>', true],
    ['#tin=a', '<tin-feed url-mode="query"></tin-feed>', false],
    ['?tin=a', '<tin-feed></tin-feed>', false],
  ];
  for (const [address, body, opens] of cases)
    it(`${address} with ${body}: ${opens}`, () => {
      at(address);
      expect(opensArticle(page(body))).to.equal(opens);
    });
});
