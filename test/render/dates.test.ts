import { expect } from '@open-wc/testing';
import { formatDate, isoInZone } from '../../src/render/dates.js';

// 09/07/2019 02:03 UTC = 09:03 in Vietnam, 04:03 in Paris (summer), 22:03 the day before in New York.
const INSTANT = new Date('2019-07-09T02:03:00Z');

describe('formatDate and isoInZone', () => {
  it('formats in Vietnam time by default, whatever the visitor’s zone', () => {
    expect(formatDate(INSTANT, undefined, 'dd-MM-yyyy HH:mm')).to.equal('09-07-2019 09:03');
    expect(isoInZone(INSTANT)).to.equal('2019-07-09T09:03:00+07:00');
  });

  it('formats in another valid IANA zone when asked', () => {
    expect(formatDate(INSTANT, 'dd/MM/yyyy HH:mm', 'dd-MM-yyyy', 'America/New_York')).to.equal('08/07/2019 22:03');
    expect(isoInZone(INSTANT, 'Europe/Paris')).to.equal('2019-07-09T04:03:00+02:00');
  });

  it('falls back to Vietnam time for a zone that does not exist, instead of throwing', () => {
    expect(formatDate(INSTANT, undefined, 'dd-MM-yyyy HH:mm', 'Mars/Olympus_Mons')).to.equal('09-07-2019 09:03');
    expect(isoInZone(INSTANT, 'not a zone')).to.equal('2019-07-09T09:03:00+07:00');
  });

  it('falls back for strings that only look like zones or are object keys', () => {
    for (const zone of ['constructor', 'toString', '__proto__', 'UTC+07', 'Foo+0700']) {
      expect(formatDate(INSTANT, undefined, 'dd-MM-yyyy HH:mm', zone), zone).to.equal('09-07-2019 09:03');
    }
  });

  it('falls back to the default pattern when the given one has a token lightFormat rejects', () => {
    expect(formatDate(INSTANT, 'dd-MM-yyyy EEEE', 'dd/MM/yyyy')).to.equal('09/07/2019');
  });
});
