// A page with an opaque origin (a sandboxed iframe without allow-same-origin, as file:// pages
// are too) can read only feeds served with "Access-Control-Allow-Origin: *": the failure is named
// as CORS with what to change, not blamed on the visitor's network, and not retried.
import { expect } from '@open-wc/testing';

interface Reported {
  kind: string;
  message: string;
  text: string;
  retry: boolean;
}

describe('a page with an opaque origin', () => {
  it('names the cause (CORS, opaque origin) in tin-error and shows no "Thử lại"', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    // No allow-same-origin: the document's origin is opaque ("null").
    frame.sandbox.add('allow-scripts');
    frame.src = '/test/pages/opaque/index.html';
    const reported = new Promise<Reported>((resolve) => {
      window.addEventListener('message', function onMessage(event) {
        if (event.source !== frame.contentWindow || event.data?.type !== 'opaque-report') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as Reported);
      });
    });
    document.body.append(frame);
    try {
      const report = await reported;
      expect(report.kind).to.equal('cors');
      expect(report.message).to.contain('opaque origin');
      expect(report.message).to.contain('Access-Control-Allow-Origin');
      expect(report.text).to.contain('Hiện không hiển thị được tin bài.');
      expect(report.retry, 'a "Thử lại" button').to.equal(false);
    } finally {
      frame.remove();
    }
  });
});
