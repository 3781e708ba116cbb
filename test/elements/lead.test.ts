// What the article view knows of its sapo and lead image before the body is sanitised: only what
// the raw markup cannot contradict, so nothing drawn early goes away later.
import { expect } from '@open-wc/testing';
import { bodyMayHoldImage, bodyMayRepeatSummary } from '../../src/elements/tin-article/lead.js';

describe('the sapo and the lead image before the body is sanitised', () => {
  const summary = 'Sáng 09/7, Cụm thi đua tổ chức hội nghị sơ kết.';

  it('a body opening with the sapo may repeat it; one opening otherwise cannot', () => {
    expect(
      bodyMayRepeatSummary(summary, `<p><strong>Sáng 09/7</strong>, cụm thi đua tổ chức hội nghị sơ kết.</p><p>…</p>`),
    ).to.equal(true);
    expect(bodyMayRepeatSummary(summary, '<p>Chiều cùng ngày, đoàn công tác làm việc tại huyện.</p>')).to.equal(false);
    expect(bodyMayRepeatSummary(summary, '<p>&nbsp;</p><p>Chiều cùng ngày&nbsp;đoàn đến.</p>')).to.equal(false);
  });

  it('only the sanitised body can tell past entities that spell letters, or a style or script', () => {
    expect(bodyMayRepeatSummary(summary, '<p>Chi&#7873;u c&ugrave;ng ng&agrave;y</p>')).to.equal(true);
    expect(bodyMayRepeatSummary(summary, `<style>p{}</style><p>${summary}</p>`)).to.equal(true);
    expect(bodyMayRepeatSummary(summary, `<SCRIPT\ttype="x">1</SCRIPT><p>${summary}</p>`)).to.equal(true);
    // Every element the sanitiser removes with its text, not only those two.
    expect(bodyMayRepeatSummary(summary, `<noscript>Bật JavaScript</noscript><p>${summary}</p>`)).to.equal(true);
    expect(bodyMayRepeatSummary(summary, `<svg><title>Logo</title></svg><p>${summary}</p>`)).to.equal(true);
    // A ">" inside a quoted value or a comment does not end the tag or the comment.
    expect(bodyMayRepeatSummary(summary, `<img alt="a > b"><p>${summary}</p>`)).to.equal(true);
    expect(bodyMayRepeatSummary(summary, `<!-- a > b --><p>${summary}</p>`)).to.equal(true);
    expect(bodyMayRepeatSummary(summary, '<p title="x > y">Chiều cùng ngày, đoàn đến.</p>')).to.equal(false);
    // Only those elements: a name that merely starts like one is a tag like any other.
    expect(bodyMayRepeatSummary(summary, '<stylebox>Chiều cùng ngày, đoàn đến.</stylebox>')).to.equal(false);
  });

  it('reads a bounded opening of any markup, unclosed tags included', () => {
    expect(bodyMayRepeatSummary(summary, '<a'.repeat(50_000))).to.equal(false);
    expect(bodyMayRepeatSummary('x'.repeat(100_000), `<p>${'x'.repeat(100_000)}</p>`)).to.equal(true);
  });

  it('a body naming the picture in any size may hold it; one that never names its file cannot', () => {
    const image = 'https://cdn.example.gov.vn/anh/hoi-nghi.jpg';
    expect(bodyMayHoldImage(image, '<img src="/uploads/HOI-NGHI-600x400.jpg">')).to.equal(true);
    expect(bodyMayHoldImage(image, '<img src="/uploads/khac.jpg"><p>Hội nghị</p>')).to.equal(false);
    // The image's URL is percent-encoded; a body may write the Vietnamese file name as it is.
    const vietnamese = 'https://cdn.example.gov.vn/anh/%E1%BA%A2nh-h%E1%BB%99i-ngh%E1%BB%8B.jpg';
    expect(bodyMayHoldImage(vietnamese, '<img src="/anh/Ảnh-hội-nghị-600x400.jpg">')).to.equal(true);
    expect(bodyMayHoldImage('https://cdn.example.gov.vn/anh/100%-ok.jpg', '<p>khác</p>')).to.equal(false);
  });
});
