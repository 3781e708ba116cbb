// What the feed check's facts mean for a webmaster: one finding per question (does it load, which
// format, how many items, what is missing, what the server sends), graded, in the demo's language,
// each saying what to change. Pure: facts and a language in, findings out.
import type { Lang } from './snippet.js';
import type { Facts } from './feed-check.js';
import type { ParseDiagnostic, SkipReason } from '../src/feed/parse-options.js';
import { formatFileSize } from '../src/render/format/file-size.js';

export type Grade = 'ok' | 'advice' | 'problem';

export interface Finding {
  /** Stable, for tests and styling. */
  readonly id: string;
  readonly grade: Grade;
  readonly title: string;
  readonly detail?: string;
  /** What to change, when there is something to change. */
  readonly fix?: string;
  readonly link?: { readonly href: string; readonly text: string };
}

/** The page on feeds from other sites (copied beside the built demo, served as is in development). */
export const CORS_DOCS = new URL('../docs/feeds-from-other-sites.md', import.meta.url).href;

export const GRADE_LABEL: Readonly<Record<Grade, Record<Lang, string>>> = {
  ok: { vi: 'Đạt', en: 'OK' },
  advice: { vi: 'Nên sửa', en: 'Advice' },
  problem: { vi: 'Cần sửa', en: 'Problem' },
};

const SKIP_REASONS: Record<Exclude<SkipReason, `could not be read${string}`>, Record<Lang, string>> = {
  'not an object': { vi: 'không phải một đối tượng JSON', en: 'not a JSON object' },
  'no usable id': { vi: 'không có id', en: 'no id' },
  'duplicate id': { vi: 'trùng id với một tin trước đó', en: 'the same id as an earlier item' },
  'no guid, link, title or description': {
    vi: 'không có guid, link, tiêu đề hay mô tả',
    en: 'no guid, link, title or description',
  },
};

const of = <K extends ParseDiagnostic['kind']>(facts: Facts, kind: K) =>
  facts.diagnostics.filter((d): d is Extract<ParseDiagnostic, { kind: K }> => d.kind === kind);

/** "1, 4, 7, …": item positions as people count them, the first few. */
const positions = (items: readonly number[]) =>
  `${items
    .slice(0, 5)
    .map((i) => i + 1)
    .join(', ')}${items.length > 5 ? ', …' : ''}`;

const quote = (text: string) => `“${text.slice(0, 80)}”`;

const SEVERITY: Readonly<Record<Grade, number>> = { problem: 0, advice: 1, ok: 2 };

/** The findings for `facts`, what must change first, then advice, then what is right. */
export function findings(facts: Facts, lang: Lang): Finding[] {
  return everyFinding(facts, lang).sort((a, b) => SEVERITY[a.grade] - SEVERITY[b.grade]);
}

function everyFinding(facts: Facts, lang: Lang): Finding[] {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  const size = (bytes: number) => formatFileSize(bytes, lang);
  const list: Finding[] = [];
  const { feed, error, response } = facts;

  if (error) {
    list.push(failure(facts));
    return list;
  }
  if (!feed) return list;

  // --- the document --------------------------------------------------------------------------
  const format = of(facts, 'format')[0];
  list.push(formatFinding(format));
  for (const { error: why } of of(facts, 'repaired-xml').slice(0, 1)) {
    list.push({
      id: 'repaired-xml',
      grade: 'advice',
      title: t(
        'XML của kênh tin bị lỗi cú pháp, đã được sửa để đọc',
        'The feed is not well-formed XML; it was mended to be read',
      ),
      detail: t(`Trình duyệt báo: ${why}`, `The browser says: ${why}`),
      fix: t(
        'Sửa trình xuất kênh tin: viết ký tự & thành &amp;, đặt mô tả có HTML trong <![CDATA[ … ]]>, khai báo đủ các namespace (media:, dc:, content:).',
        'Fix the feed generator: write & as &amp;, put HTML descriptions in <![CDATA[ … ]]>, declare every namespace used (media:, dc:, content:).',
      ),
    });
  }

  // --- the items -----------------------------------------------------------------------------
  const items = feed.items;
  const skipped = of(facts, 'skipped');
  list.push(
    items.length
      ? {
          id: 'items',
          grade: 'ok',
          title: t(`${n(items.length)} tin bài đọc được`, `${n(items.length)} items read`),
          detail: feed.title ? t(`Kênh tin ${quote(feed.title)}.`, `Feed ${quote(feed.title)}.`) : undefined,
        }
      : {
          id: 'items',
          grade: 'problem',
          title: t('Kênh tin không có tin bài nào hiển thị được', 'The feed has no item that can be shown'),
          detail: t('Tiện ích sẽ hiện “Chưa có tin nào”.', 'The widgets will say there is no news yet.'),
          fix: skipped.length
            ? t('Xem lý do các tin bị bỏ qua ở dưới.', 'See why the items were skipped, below.')
            : t(
                'Kiểm tra trình xuất kênh tin: kênh tin cần có tin bài.',
                'Check the feed generator: the feed needs items.',
              ),
        },
  );
  if (skipped.length) {
    const reasons = new Map<string, number[]>();
    for (const { reason, item } of skipped) {
      const text =
        SKIP_REASONS[reason as keyof typeof SKIP_REASONS]?.[lang] ?? t('không đọc được', 'could not be read');
      reasons.set(text, [...(reasons.get(text) ?? []), item]);
    }
    list.push({
      id: 'skipped',
      grade: items.length ? 'advice' : 'problem',
      title: t(`${n(skipped.length)} tin bị bỏ qua`, `${n(skipped.length)} items skipped`),
      detail: [...reasons]
        .map(([why, at]) => t(`Tin thứ ${positions(at)}: ${why}.`, `Item ${positions(at)}: ${why}.`))
        .join(' '),
      fix: t(
        'Mỗi tin cần một mã riêng, không trùng với tin khác: trường id (JSON Feed), guid hoặc link (RSS), id (Atom).',
        'Every item needs an identifier of its own, shared with no other item: id (JSON Feed), guid or link (RSS), id (Atom).',
      ),
    });
  }
  if (items.length) {
    const json = format?.format === 'json';
    const withoutImage = items.filter((item) => !item.image);
    list.push(
      withoutImage.length
        ? {
            id: 'images',
            grade: 'advice',
            title: t(
              `${n(withoutImage.length)} trên ${n(items.length)} tin không có ảnh`,
              `${n(withoutImage.length)} of ${n(items.length)} items have no image`,
            ),
            detail: t(
              `Thẻ tin của các tin này không có ảnh minh họa, ví dụ ${quote(withoutImage[0]!.title)}.`,
              `Their cards show no picture, for example ${quote(withoutImage[0]!.title)}.`,
            ),
            fix: json
              ? t('Thêm trường image (địa chỉ ảnh) cho từng tin.', 'Give each item an image field (the picture’s URL).')
              : t(
                  'Thêm cho từng tin một <enclosure url="…" type="image/jpeg">, một <media:content> hoặc một thẻ <img> trong mô tả.',
                  'Give each item an <enclosure url="…" type="image/jpeg">, a <media:content>, or an <img> in its description.',
                ),
          }
        : { id: 'images', grade: 'ok', title: t('Tin nào cũng có ảnh', 'Every item has an image') },
    );
    const undated = items.filter((item) => !item.published);
    list.push(
      undated.length
        ? {
            id: 'dates',
            grade: 'advice',
            title: t(
              `${n(undated.length)} trên ${n(items.length)} tin không có ngày đăng`,
              `${n(undated.length)} of ${n(items.length)} items have no date`,
            ),
            detail: t(
              `Các tin này hiện không có ngày, ví dụ ${quote(undated[0]!.title)}.`,
              `These items show no date, for example ${quote(undated[0]!.title)}.`,
            ),
            fix: json
              ? t('Thêm trường date_published cho từng tin.', 'Give each item a date_published.')
              : t(
                  'Thêm <pubDate> (RSS) hoặc <published> (Atom) cho từng tin.',
                  'Give each item a <pubDate> (RSS) or <published> (Atom).',
                ),
          }
        : { id: 'dates', grade: 'ok', title: t('Tin nào cũng có ngày đăng', 'Every item has a date') },
    );
    const zoneless = of(facts, 'zoneless-date');
    if (zoneless.length) {
      list.push({
        id: 'zoneless',
        grade: 'advice',
        title: t(`${n(zoneless.length)} ngày giờ không ghi múi giờ`, `${n(zoneless.length)} dates without a time zone`),
        detail: t(
          `Ví dụ ${quote(zoneless[0]!.value)}. Tiện ích hiểu là giờ Việt Nam (UTC+7); nếu máy chủ ghi theo giờ UTC, giờ đăng sẽ lệch 7 tiếng.`,
          `For example ${quote(zoneless[0]!.value)}. The widgets take it as Vietnam time (UTC+7); if the server wrote UTC, times are 7 hours off.`,
        ),
        fix: t(
          'Ghi kèm múi giờ: 2026-11-20T09:03:00+07:00 (JSON Feed, Atom) hoặc Fri, 20 Nov 2026 09:03:00 +0700 (RSS).',
          'Write the zone: 2026-11-20T09:03:00+07:00 (JSON Feed, Atom) or Fri, 20 Nov 2026 09:03:00 +0700 (RSS).',
        ),
      });
    } else if (items.length > undated.length) {
      list.push({ id: 'zoneless', grade: 'ok', title: t('Ngày giờ đều ghi múi giờ', 'Every date has a time zone') });
    }
  }
  const repaired = of(facts, 'repaired-text');
  if (repaired.length) {
    list.push({
      id: 'mojibake',
      grade: 'advice',
      title: t(
        `Đã sửa ${n(repaired.length)} đoạn chữ bị lỗi mã hóa (mojibake)`,
        `Mended ${n(repaired.length)} texts with broken encoding (mojibake)`,
      ),
      detail: t(
        `Ví dụ ${quote(repaired[0]!.before)} thành ${quote(repaired[0]!.after)}. Chữ UTF-8 đã bị đọc nhầm là Windows-1252 trước khi vào kênh tin.`,
        `For example ${quote(repaired[0]!.before)} became ${quote(repaired[0]!.after)}. UTF-8 text was read as Windows-1252 before it reached the feed.`,
      ),
      fix: t(
        'Đặt mã hóa UTF-8 cho cơ sở dữ liệu, kết nối và trình xuất kênh tin. Tiện ích sửa được phần lớn các trường hợp, nhưng không phải tất cả.',
        'Set UTF-8 for the database, its connection and the feed generator. The widgets mend most cases, not all.',
      ),
    });
  }
  const legacy = of(facts, 'legacy-encoding');
  if (legacy.length) {
    const encodings = [...new Set(legacy.map((d) => d.encoding))].join(', ');
    list.push({
      id: 'legacy',
      grade: 'problem',
      title: t(
        `${n(legacy.length)} tin viết bằng bảng mã ${encodings}, không phải Unicode`,
        `${n(legacy.length)} items are in the ${encodings} encoding, not Unicode`,
      ),
      detail: t(
        `Chữ sẽ hiện sai dấu trên trang (tin thứ ${positions(legacy.map((d) => d.item))}).`,
        `Their text shows with wrong letters (item ${positions(legacy.map((d) => d.item))}).`,
      ),
      fix: t(
        'Chuyển nội dung sang Unicode dựng sẵn (ví dụ bằng công cụ chuyển mã của UniKey), rồi xuất lại kênh tin.',
        'Convert the text to Unicode (precomposed), for example with UniKey’s converter, then publish the feed again.',
      ),
    });
  }

  // --- the server ----------------------------------------------------------------------------
  if (facts.input === 'text' || !response) {
    list.push({
      id: 'pasted',
      grade: 'advice',
      title: t(
        'Đã kiểm tra nội dung dán vào: chưa kiểm tra được CORS, bộ nhớ đệm và nén',
        'Checked the pasted text: CORS, caching and compression are not checked',
      ),
      fix: t(
        'Khi trình duyệt truy cập được địa chỉ kênh tin, hãy kiểm tra lại bằng địa chỉ.',
        'Once the browser can reach the feed’s address, check it by address too.',
      ),
    });
    list.push(sizeFinding(facts.bytes ?? 0, undefined));
    return list;
  }
  const headers = response.headers;
  const crossOrigin = response.type === 'cors';
  list.push(
    crossOrigin
      ? {
          id: 'cors',
          grade: 'ok',
          title: t(
            'Máy chủ cho phép trang ở tên miền khác đọc kênh tin (CORS)',
            'The server lets pages on other sites read the feed (CORS)',
          ),
          detail: t(
            `Trang này (${location.origin}) đọc được kênh tin. Nếu máy chủ chỉ cho phép một số tên miền, hãy chắc chắn có tên miền cổng của bạn.`,
            `This page (${location.origin}) can read it. If the server allows only some sites, make sure your portal is one of them.`,
          ),
        }
      : facts.viaProxy
        ? {
            id: 'cors',
            grade: 'ok',
            title: t(
              'Kênh tin được tải qua proxy cùng tên miền: không cần CORS',
              'The feed comes through a proxy on this site: no CORS needed',
            ),
          }
        : {
            id: 'cors',
            grade: 'ok',
            title: t(
              'Kênh tin cùng tên miền với trang này: không cần CORS',
              'The feed is on this page’s own site: no CORS needed',
            ),
            detail: t(
              'Cổng thông tin ở tên miền khác sẽ cần máy chủ kênh tin gửi Access-Control-Allow-Origin, hoặc dùng thuộc tính proxy.',
              'A portal on another site needs the feed’s server to send Access-Control-Allow-Origin, or the proxy attribute.',
            ),
          },
  );
  const validators = [
    headers.etag && `ETag: ${headers.etag}`,
    headers['last-modified'] && `Last-Modified: ${headers['last-modified']}`,
  ].filter(Boolean);
  list.push(
    validators.length
      ? {
          id: 'validators',
          grade: 'ok',
          title: t(
            'Có ETag hoặc Last-Modified: tải lại chỉ hỏi xem kênh tin có đổi không',
            'ETag or Last-Modified present: a reload only asks whether the feed changed',
          ),
          detail: validators.join(' · '),
        }
      : {
          id: 'validators',
          grade: 'advice',
          title: crossOrigin
            ? t('Không thấy ETag hay Last-Modified', 'No ETag or Last-Modified seen')
            : t('Máy chủ không gửi ETag hay Last-Modified', 'The server sends no ETag or Last-Modified'),
          detail: crossOrigin
            ? t(
                'Last-Modified luôn đọc được; ETag từ tên miền khác chỉ đọc được khi máy chủ gửi Access-Control-Expose-Headers: ETag.',
                'Last-Modified is always readable; an ETag from another site only with Access-Control-Expose-Headers: ETag.',
              )
            : t('Mỗi lần tải lại, khách phải tải cả kênh tin.', 'Every reload downloads the whole feed again.'),
          fix: t(
            'Bật ETag hoặc Last-Modified cho kênh tin (nginx, Apache và IIS gửi sẵn cho tệp tĩnh); với tên miền khác, gửi thêm Access-Control-Expose-Headers: ETag, Last-Modified.',
            'Turn on ETag or Last-Modified for the feed (nginx, Apache and IIS send them for static files); for other sites, also send Access-Control-Expose-Headers: ETag, Last-Modified.',
          ),
        },
  );
  list.push(compressionFinding(facts));
  list.push(sizeFinding(facts.bytes ?? 0, headers['content-length'] ?? undefined));
  list.push(cacheFinding(headers['cache-control'], headers.expires, validators.length > 0));
  return list;

  // The findings that take a few branches, hoisted: they share `t` and `size` with the above.
  function failure({ error: e, response: r }: Facts): Finding {
    const err = e!;
    if (err.kind === 'cors') {
      return {
        id: 'cors',
        grade: 'problem',
        title: t(
          'Trình duyệt không cho trang này đọc kênh tin (CORS)',
          'The browser does not let this page read the feed (CORS)',
        ),
        detail: t(
          `Máy chủ kênh tin có trả lời, nhưng không gửi tiêu đề Access-Control-Allow-Origin cho ${location.origin}, nên trình duyệt giấu nội dung. Tiện ích trên một cổng ở tên miền khác cũng sẽ gặp lỗi này.`,
          `The feed’s server answered but sent no Access-Control-Allow-Origin for ${location.origin}, so the browser hid the answer. Widgets on a portal on another site will hit the same wall.`,
        ),
        fix: t(
          'Nhờ đơn vị quản lý kênh tin gửi Access-Control-Allow-Origin (tên miền cổng của bạn, hoặc *); hoặc tải kênh tin qua proxy trên máy chủ của cổng: thêm thuộc tính proxy, ví dụ proxy="/proxy?url={url}". Có thể thử ngay với ô “Proxy” ở trên.',
          'Ask the feed’s publisher to send Access-Control-Allow-Origin (your portal’s origin, or *); or load the feed through a proxy on your portal’s server: add the proxy attribute, such as proxy="/proxy?url={url}". Try it here with the “Proxy” field above.',
        ),
        link: {
          href: CORS_DOCS,
          text: t(
            'Cấu hình proxy và CORS cho nginx, Apache, IIS',
            'Proxy and CORS configurations for nginx, Apache, IIS',
          ),
        },
      };
    }
    if (err.kind === 'http') {
      const status = err.status ?? 0;
      return {
        id: 'http',
        grade: 'problem',
        title:
          status === 404 || status === 410
            ? t(`Không có kênh tin ở địa chỉ này (lỗi ${status})`, `No feed at this address (error ${status})`)
            : t(`Máy chủ trả lời lỗi ${status}`, `The server answered with error ${status}`),
        fix:
          status >= 500
            ? t(
                'Lỗi ở phía máy chủ kênh tin: thử lại sau, hoặc báo đơn vị quản lý.',
                'The feed’s server failed: try later, or tell its publisher.',
              )
            : t(
                'Kiểm tra lại địa chỉ bằng cách mở nó trong trình duyệt; địa chỉ kênh tin thường có dạng …/rss, …/feed hoặc …/rss.xml.',
                'Check the address by opening it in a browser; feed addresses usually end in …/rss, …/feed or …/rss.xml.',
              ),
      };
    }
    if (err.kind === 'network' || err.kind === 'timeout') {
      return {
        id: 'network',
        grade: 'problem',
        title:
          err.kind === 'timeout'
            ? t('Máy chủ kênh tin không trả lời kịp', 'The feed’s server did not answer in time')
            : t('Không kết nối được tới máy chủ kênh tin', 'Could not reach the feed’s server'),
        fix: t(
          'Kiểm tra địa chỉ (http hay https, tên miền) và kết nối mạng; máy chủ có thể đang tạm ngừng. Nếu kênh tin chỉ mở trong mạng nội bộ, hãy dán nội dung của nó vào ô bên dưới.',
          'Check the address (http or https, the domain) and the network; the server may be down. If the feed is only reachable inside your network, paste its text in the box below.',
        ),
      };
    }
    const html = /html/i.test(err.message) || /html/i.test(r?.headers['content-type'] ?? '');
    return {
      id: 'not-a-feed',
      grade: 'problem',
      title: html
        ? t('Địa chỉ này trả về một trang web, không phải kênh tin', 'This address returns a web page, not a feed')
        : err.kind === 'schema'
          ? t('Tài liệu đọc được nhưng không phải kênh tin', 'The document can be read but is not a feed')
          : t('Nội dung không đọc được như một kênh tin', 'The content cannot be read as a feed'),
      detail: html ? undefined : err.message,
      fix: t(
        'Dùng địa chỉ của chính kênh RSS, Atom hoặc JSON Feed (trên trang thường có biểu tượng RSS), không phải trang chuyên mục.',
        'Use the address of the RSS, Atom or JSON feed itself (pages often show an RSS icon), not the section’s page.',
      ),
    };
  }

  function formatFinding(declared: Extract<ParseDiagnostic, { kind: 'format' }> | undefined): Finding {
    const version = declared?.version;
    // The current version of a format is fine; any other is advice, with what to publish instead.
    const format = (current: boolean, title: string, fix: string): Finding =>
      current ? { id: 'format', grade: 'ok', title } : { id: 'format', grade: 'advice', title, fix };
    switch (declared?.format) {
      case 'json': {
        const number = version && /^https?:\/\/jsonfeed\.org\/version\/(1(?:\.\d)?)\/?$/.exec(version)?.[1];
        return format(
          !!number,
          number
            ? `JSON Feed ${number === '1' ? '1.0' : number}`
            : t('JSON Feed, không khai báo phiên bản', 'JSON Feed without a version'),
          t(
            'Thêm "version": "https://jsonfeed.org/version/1.1".',
            'Add "version": "https://jsonfeed.org/version/1.1".',
          ),
        );
      }
      case 'rss':
        return format(
          version === '2.0',
          version ? `RSS ${version}` : t('RSS, không ghi phiên bản', 'RSS without a version'),
          t(
            'Nên xuất RSS 2.0 (<rss version="2.0">) hoặc JSON Feed 1.1: các bản RSS 0.9x không có guid và pubDate.',
            'Publish RSS 2.0 (<rss version="2.0">) or JSON Feed 1.1: RSS 0.9x has no guid or pubDate.',
          ),
        );
      case 'rdf':
        return format(
          version === '1.0',
          `RSS ${version ?? '0.90'} (RDF)`,
          t('Nên xuất RSS 2.0 hoặc JSON Feed 1.1.', 'Publish RSS 2.0 or JSON Feed 1.1.'),
        );
      case 'atom':
        return format(
          version === '1.0',
          `Atom ${version ?? ''}`.trim(),
          t('Atom 0.3 đã cũ: nên xuất Atom 1.0.', 'Atom 0.3 is obsolete: publish Atom 1.0.'),
        );
      default:
        return { id: 'format', grade: 'ok', title: t('Kênh tin đọc được', 'A readable feed') };
    }
  }

  function compressionFinding({ response: r, bytes }: Facts): Finding {
    const encoding = r!.headers['content-encoding'];
    const { encodedSize, decodedSize } = r!;
    if (encoding && encoding !== 'identity') {
      return {
        id: 'compression',
        grade: 'ok',
        title: t(`Kênh tin được nén (${encoding})`, `The feed is compressed (${encoding})`),
      };
    }
    if (encodedSize > 0 && encodedSize < decodedSize) {
      return {
        id: 'compression',
        grade: 'ok',
        title: t('Kênh tin được nén', 'The feed is compressed'),
        detail: t(
          `${size(encodedSize)} trên đường truyền, ${size(decodedSize)} sau khi giải nén.`,
          `${size(encodedSize)} on the wire, ${size(decodedSize)} once decompressed.`,
        ),
      };
    }
    const fix = t(
      'Bật gzip hoặc Brotli cho application/json, application/feed+json, application/rss+xml và application/xml (nginx: gzip_types; Apache: mod_deflate; IIS: nén nội dung động).',
      'Turn on gzip or Brotli for application/json, application/feed+json, application/rss+xml and application/xml (nginx: gzip_types; Apache: mod_deflate; IIS: dynamic compression).',
    );
    if (encodedSize > 0 && r!.type === 'basic') {
      return (bytes ?? 0) < 2048
        ? {
            id: 'compression',
            grade: 'ok',
            title: t('Kênh tin nhỏ, không cần nén', 'The feed is small; no need to compress it'),
          }
        : {
            id: 'compression',
            grade: 'advice',
            title: t('Kênh tin không được nén', 'The feed is not compressed'),
            fix,
          };
    }
    return {
      id: 'compression',
      grade: 'advice',
      title: t(
        'Trang này không xem được kênh tin có được nén hay không',
        'This page cannot see whether the feed is compressed',
      ),
      detail: t(
        'Trình duyệt giấu Content-Encoding và kích thước truyền của tên miền khác (trừ khi máy chủ gửi Access-Control-Expose-Headers và Timing-Allow-Origin).',
        'Browsers hide another site’s Content-Encoding and transfer size (unless its server sends Access-Control-Expose-Headers and Timing-Allow-Origin).',
      ),
      fix: t(
        `Kiểm tra trên máy chủ: curl -sI -H "Accept-Encoding: gzip" ${facts.url ?? ''} phải có Content-Encoding: gzip. ${fix}`,
        `Check on a server: curl -sI -H "Accept-Encoding: gzip" ${facts.url ?? ''} must show Content-Encoding: gzip. ${fix}`,
      ),
    };
  }

  function sizeFinding(bytes: number, contentLength: string | undefined): Finding {
    const wire = contentLength && /^\d+$/.test(contentLength) ? Number(contentLength) : undefined;
    const detail =
      wire !== undefined && wire !== bytes
        ? t(`${size(wire)} trên đường truyền.`, `${size(wire)} on the wire.`)
        : undefined;
    return bytes > 512 * 1024
      ? {
          id: 'size',
          grade: 'advice',
          title: t(`Kênh tin lớn: ${size(bytes)}`, `A large feed: ${size(bytes)}`),
          detail,
          fix: t(
            'Chỉ xuất 20–50 tin mới nhất, và bỏ nội dung đầy đủ (content_html, content:encoded) nếu trang chỉ cần thẻ tin.',
            'Publish only the latest 20–50 items, and leave out full bodies (content_html, content:encoded) if the page only shows cards.',
          ),
        }
      : { id: 'size', grade: 'ok', title: t(`Dung lượng ${size(bytes)}`, `Size ${size(bytes)}`), detail };
  }

  function cacheFinding(cacheControl: string | null, expires: string | null, validated: boolean): Finding {
    const fix = t(
      'Gửi Cache-Control: public, max-age=300 (5 phút): trình duyệt và proxy dùng lại bản vừa tải, máy chủ đỡ tải mà tin mới vẫn hiện sau vài phút.',
      'Send Cache-Control: public, max-age=300 (5 minutes): browsers and proxies reuse the copy they have, the server is spared, and news still shows within minutes.',
    );
    const maxAge = cacheControl && /max-age=(\d+)/i.exec(cacheControl)?.[1];
    if (!cacheControl && !expires) {
      return {
        id: 'cache',
        grade: 'advice',
        title: t('Không có tiêu đề Cache-Control', 'No Cache-Control header'),
        fix,
      };
    }
    if (cacheControl && /no-store/i.test(cacheControl)) {
      return {
        id: 'cache',
        grade: 'advice',
        title: `Cache-Control: ${cacheControl}`,
        detail: t('Không trình duyệt hay proxy nào được giữ bản sao.', 'No browser or proxy may keep a copy.'),
        fix,
      };
    }
    if (maxAge && Number(maxAge) > 3600) {
      return {
        id: 'cache',
        grade: 'advice',
        title: `Cache-Control: ${cacheControl}`,
        detail: t(
          'Bản sao được giữ hơn một giờ: tin mới sẽ hiện chậm.',
          'Copies are kept over an hour: news shows late.',
        ),
        fix,
      };
    }
    return {
      id: 'cache',
      grade: maxAge || validated ? 'ok' : 'advice',
      title: cacheControl ? `Cache-Control: ${cacheControl}` : `Expires: ${expires}`,
      fix: maxAge || validated ? undefined : fix,
    };
  }
}
