import { expect } from '@open-wc/testing';
import { withLocale } from '../../src/i18n/locale.js';
import { ensureLocale } from '../../src/i18n/locale.js';
import { relativeDate } from '../../src/render/format/relative-date.js';
import { calendarDaysAgo } from '../../src/render/format/dates.js';

const ZONE = 'Asia/Ho_Chi_Minh';
// Thursday 26/11/2026 15:00 in Vietnam.
const NOW = new Date('2026-11-26T08:00:00Z');
const at = (iso: string) => new Date(iso);
const vi = (date: Date) => withLocale('vi', () => relativeDate(date, NOW, ZONE, 'vi'));

describe('relative dates', () => {
  it('says "vừa xong" within a minute', () => {
    expect(vi(at('2026-11-26T07:59:30Z'))).to.equal('vừa xong');
  });
  it('counts minutes and hours today', () => {
    expect(vi(at('2026-11-26T07:45:00Z'))).to.equal('15 phút trước');
    expect(vi(at('2026-11-26T05:00:00Z'))).to.equal('3 giờ trước');
  });
  it('says "hôm qua lúc HH:mm" for yesterday in Vietnam time', () => {
    expect(vi(at('2026-11-25T02:03:00Z'))).to.equal('hôm qua lúc 09:03');
  });
  it('counts calendar days in Vietnam, not hours: 00:30 today is today, 23:30 yesterday is yesterday', () => {
    expect(calendarDaysAgo(at('2026-11-25T17:30:00Z'), NOW, ZONE)).to.equal(0);
    expect(calendarDaysAgo(at('2026-11-25T16:30:00Z'), NOW, ZONE)).to.equal(1);
  });
  it('says "n ngày trước" for days of the current week, never "tuần trước"', () => {
    // Monday of the same week.
    expect(vi(at('2026-11-23T02:00:00Z'))).to.equal('3 ngày trước');
    expect(vi(at('2026-11-20T02:00:00Z'))).to.equal('6 ngày trước');
  });
  it('falls back to absolute dates after 7 days, and for future dates', () => {
    expect(vi(at('2026-11-19T02:00:00Z'))).to.equal(undefined);
    expect(vi(at('2026-11-27T02:00:00Z'))).to.equal(undefined);
  });
  it('capitalises the wording only when it opens a line', async () => {
    const start = (date: Date, lang: 'vi' | 'en') => withLocale(lang, () => relativeDate(date, NOW, ZONE, lang, true));
    expect(start(at('2026-11-26T07:59:30Z'), 'vi')).to.equal('Vừa xong');
    expect(start(at('2026-11-25T15:11:00Z'), 'vi')).to.equal('Hôm qua lúc 22:11');
    expect(start(at('2026-11-26T05:00:00Z'), 'vi')).to.equal('3 giờ trước');
    expect(vi(at('2026-11-25T15:11:00Z'))).to.equal('hôm qua lúc 22:11');
    await ensureLocale('en');
    expect(start(at('2026-11-25T15:11:00Z'), 'en')).to.equal('Yesterday at 22:11');
    expect(start(at('2026-11-26T07:00:00Z'), 'en')).to.equal('1 hour ago');
  });
  it('speaks English with correct plurals', async () => {
    await ensureLocale('en');
    const en = (date: Date) => withLocale('en', () => relativeDate(date, NOW, ZONE, 'en'));
    expect(en(at('2026-11-26T07:00:00Z'))).to.equal('1 hour ago');
    expect(en(at('2026-11-26T05:00:00Z'))).to.equal('3 hours ago');
    expect(en(at('2026-11-25T02:03:00Z'))).to.equal('yesterday at 09:03');
    expect(en(at('2026-11-23T02:00:00Z'))).to.equal('3 days ago');
  });
});
