// Runs in a browser started with TZ=America/New_York: dates must still read as in Vietnam.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/tin-card/define.js';
import '../../src/elements/tin-list/define.js';
import type { TinCard } from '../../src/elements/tin-card/tin-card.js';
import type { TinList } from '../../src/elements/tin-list/tin-list.js';
import { parseJsonFeed } from '../sync-parsers.js';
import { FULL_FEED } from '../fixtures/feeds.js';
import { compareZone, instants, ZONES } from '../render/date-fns-reference.js';

const feed = parseJsonFeed(FULL_FEED, 'https://tinh.example.gov.vn/feed.json', () => {});

describe('dates in another time zone', () => {
  it('the browser really is elsewhere', () => {
    expect(new Date('2019-07-09T02:03:00Z').getTimezoneOffset()).to.equal(240);
  });

  it('cards show Vietnamese wall-clock time', async () => {
    const el = await fixture<TinCard>(html`<tin-card .article=${feed.items[0]}></tin-card>`);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('09-07-2019 09:03');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-07-09T09:03:00+07:00');
  });

  it('list dates do not move to the previous day', async () => {
    // 00:30 in Vietnam is still the previous afternoon in New York.
    const early = { ...feed.items[0]!, id: 'x', published: new Date('2019-07-08T17:30:00Z') };
    const el = await fixture<TinList>(html`<tin-list .articles=${[early]}></tin-list>`);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('09/07/2019');
  });

  it('time-zone attribute overrides', async () => {
    const el = await fixture<TinCard>(
      html`<tin-card time-zone="America/New_York" .article=${feed.items[0]}></tin-card>`,
    );
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('08-07-2019 22:03');
  });

  it('weekday names are Vietnam’s day, not the visitor’s', async () => {
    // 00:30 on Tuesday in Vietnam is still Monday afternoon in New York.
    const early = { ...feed.items[0]!, id: 'x', published: new Date('2019-07-08T17:30:00Z') };
    const el = await fixture<TinCard>(html`<tin-card date-format="EEEE dd/MM" .article=${early}></tin-card>`);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('Thứ ba 09/07');
  });

  // The 20,000-instant comparison per zone runs in the main group; here the point is only that
  // the visitor's own zone never leaks in, which 500 instants per zone show (2,000 took over a
  // minute in WebKitGTK, whose Intl is slow, for no more evidence).
  it('formats as the date-fns code it replaced did, whatever the visitor’s zone', function () {
    this.timeout(60_000);
    const times = instants(500, 1_975);
    for (const zone of ZONES) compareZone(zone, times, 42);
  });
});
