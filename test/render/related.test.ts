// "Tin liên quan" and "Tin trước" / "Tin sau" as data (src/render/related.ts): which articles, in
// what order, before any element renders them.
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/feed/model.js';
import { adjacentArticles, relatedArticles } from '../../src/render/related.js';

let day = 0;
/** An article published `days` days into November 2026 (undated with `null`). */
function item(id: string, title: string, tags: string[] = [], days: number | null = ++day): Article {
  return {
    id,
    url: `https://tinh.example.gov.vn/tin-tuc/${id}.html`,
    title,
    published: days === null ? undefined : new Date(Date.UTC(2026, 10, days, 2)),
    authors: [],
    tags,
    attachments: [],
  };
}

const ids = (articles: readonly Article[]) => articles.map((a) => a.id);

describe('relatedArticles', () => {
  it('ranks shared tags above shared title words, then more title words, then newest first', () => {
    const current = item('doc', 'Đà Nẵng khởi công cầu vượt sông Hàn', ['Giao thông', 'Đà Nẵng'], 20);
    const items = [
      current,
      item('words-4', 'Khởi công cầu vượt tại Hòa Vang', [], 19),
      item('words-2-old', 'Sông Hàn mùa lễ hội', [], 2),
      item('words-2-new', 'Lễ hội trên sông Hàn', [], 15),
      item('one-tag', 'Thông báo lịch nghỉ Tết', ['giao thong'], 3),
      item('two-tags', 'Hạ tầng cho năm mới', ['Giao thông', 'Đà Nẵng'], 1),
      item('none', 'Tuyển sinh lớp 10', ['Giáo dục'], 18),
    ];
    expect(ids(relatedArticles(items, current, 10))).to.deep.equal([
      'two-tags',
      'one-tag',
      'words-4',
      'words-2-new',
      'words-2-old',
    ]);
  });

  it('folds diacritics: "Đà Nẵng" in one title is "da nang" in another, in tags too', () => {
    const current = item('doc', 'Du lịch Đà Nẵng đón khách quốc tế');
    const plain = item('plain', 'Mua sam tai da nang dip cuoi nam');
    const tagged = item('tagged', 'Lịch nghỉ lễ', ['ĐÀ NẴNG']);
    expect(ids(relatedArticles([current, plain, tagged], { ...current, tags: ['Đà Nẵng'] }, 5))).to.deep.equal([
      'tagged',
      'plain',
    ]);
  });

  it('titles with diacritics compare words as written: "án" is not "an", "mạng" not "mang"', () => {
    const current = item('doc', 'Triển khai bệnh án điện tử, không còn mang phim');
    const other = item('other', 'Bảo đảm an toàn tính mạng');
    expect(relatedArticles([current, other], current, 5)).to.deep.equal([]);
  });

  it('ignores stop words, bare numbers and one shared syllable', () => {
    const current = item('doc', 'Kết quả của các trường trong tỉnh năm 2026 được công bố');
    const items = [
      current,
      item('stop', 'Những ngày của tháng 2026 và các năm tại tỉnh được về cho với'),
      item('one', 'Công bố lịch thi'),
      item('another-one', 'Kết nối giao thương'),
    ];
    // "công bố" is two shared words: related; "kết" alone is not.
    expect(ids(relatedArticles(items, current, 5))).to.deep.equal(['one']);
    expect(relatedArticles(items.slice(0, 2), current, 5)).to.deep.equal([]);
  });

  it('stop words are matched as written: "năm" does not drop "Nam" (Quảng Nam)', () => {
    const current = item('doc', 'Quảng Nam phát triển du lịch');
    expect(ids(relatedArticles([current, item('qn', 'Nông sản Quảng Nam')], current, 5))).to.deep.equal(['qn']);
  });

  it('where a tone sits is style: "hoà"/"hòa", "thuỷ"/"thủy" are the same word', () => {
    const current = item('doc', 'Thuỷ lợi Hoà Bình vào mùa khô');
    const other = item('other', 'Nạo vét kênh thủy lợi ở Hòa Bình');
    expect(ids(relatedArticles([current, other], current, 5))).to.deep.equal(['other']);
  });

  it('a title typed without diacritics drops the same stop words, as typed there', () => {
    const current = item('doc', 'Tinh hinh kinh te cua tinh nam 2026');
    const items = [current, item('stop', 'Ngay hoi cua tinh nam nay'), item('subject', 'Kinh te quy 3 tang truong')];
    // "tinh", "cua", "nay" are stop words typed bare, and "nam" one shared word; "kinh te" is a subject.
    expect(ids(relatedArticles(items, current, 5))).to.deep.equal(['subject']);
  });

  it('never lists the current article, by id or by url', () => {
    const current = item('doc', 'Hội nghị tổng kết công tác thi đua', ['Thi đua']);
    const copy = { ...item('copy', current.title, ['Thi đua']), url: current.url };
    const other = item('other', 'Tổng kết thi đua khen thưởng', ['Thi đua']);
    expect(ids(relatedArticles([current, copy, other, { ...current }], current, 5))).to.deep.equal(['other']);
  });

  it('keeps to the limit; 0, a negative or NaN count lists nothing', () => {
    const current = item('doc', 'Hội nghị', ['Thi đua']);
    const items = Array.from({ length: 6 }, (_, i) => item(`t${i}`, `Tin ${i}`, ['Thi đua']));
    expect(relatedArticles(items, current, 3)).to.have.length(3);
    for (const count of [0, -1, NaN]) expect(relatedArticles(items, current, count)).to.deep.equal([]);
  });

  it('nothing related: an empty list (so the element shows no heading)', () => {
    const current = item('doc', 'Hội nghị tổng kết', ['Thi đua']);
    const items = [current, item('a', 'Tuyển sinh lớp 10', ['Giáo dục']), item('b', 'Dự báo thời tiết')];
    expect(relatedArticles(items, current, 5)).to.deep.equal([]);
    expect(relatedArticles([], current, 5)).to.deep.equal([]);
    // An untitled, untagged article relates to nothing.
    expect(relatedArticles(items, item('x', ''), 5)).to.deep.equal([]);
  });
});

describe('adjacentArticles', () => {
  const a = item('a', 'Tin ngày 1', [], 1);
  const b = item('b', 'Tin ngày 5', [], 5);
  const c = item('c', 'Tin ngày 9', [], 9);
  const undated = item('u', 'Tin không ngày', [], null);
  // Not in date order, with an undated one: the feed's order says nothing.
  const items = [c, undated, a, b];

  it('previous is the one published just before, next the one just after', () => {
    expect(adjacentArticles(items, b)).to.deep.equal({ previous: a, next: c });
  });

  it('none before the oldest, none after the newest', () => {
    expect(adjacentArticles(items, a)).to.deep.equal({ previous: undefined, next: b });
    expect(adjacentArticles(items, c)).to.deep.equal({ previous: b, next: undefined });
    expect(adjacentArticles([b], b)).to.deep.equal({ previous: undefined, next: undefined });
  });

  it('an undated article has neither; undated ones are never offered', () => {
    expect(adjacentArticles(items, undated)).to.deep.equal({});
    expect(Object.values(adjacentArticles(items, a))).not.to.include(undated);
  });

  it('an article set by code that the feed lacks finds its place by its date', () => {
    const given = item('given', 'Tin ngày 7', [], 7);
    expect(adjacentArticles(items, given)).to.deep.equal({ previous: b, next: c });
  });

  it('articles of the same minute are ordered by title, as the lists order them', () => {
    const x = item('x', 'An toàn giao thông', [], 12);
    const y = item('y', 'Bảo vệ môi trường', [], 12);
    const z = item('z', 'Chuyển đổi số', [], 12);
    expect(adjacentArticles([z, x, y], y)).to.deep.equal({ previous: z, next: x });
  });
});
