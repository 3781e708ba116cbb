// A local HTTP fault injector for the loader tests, served by the test runner itself:
// /__fault/<scenario>?id=<unique> answers with the failure the scenario names.
const counters = new Map();

const feed = (title = 'Tin thử nghiệm') =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [{ id: '1', title: 'Bản tin số 1', date_published: '2026-11-20T09:03:00+07:00' }],
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Held `gate` requests, by id: each answers once `gate-open` with its id is requested. */
const gates = new Map();
const gate = (id) => {
  if (!gates.has(id)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(id, { opened, open });
  }
  return gates.get(id);
};

/**
 * Two agencies' feeds that share articles (several feeds in one `src`, issue 15): `agency?name=yte`
 * and `agency?name=gd`; `name=hostile` has a title made of markup. Each item says what the merged
 * list must do with it.
 */
const AGENCIES = {
  yte: {
    title: 'Sở Y tế',
    items: [
      ['yt1', 'Tiêm chủng mở rộng cho trẻ dưới 5 tuổi', '2026-11-20T09:00:00+07:00', 'https://syt.example.vn/tin/yt1'],
      [
        'yt2',
        'Khám sức khỏe miễn phí cho người cao tuổi',
        '2026-11-18T08:00:00+07:00',
        'https://syt.example.vn/tin/yt2',
      ],
      // The same id as an article of gd: both are shown, with different ids.
      ['7', 'Hội nghị tổng kết công tác y tế năm 2026', '2026-11-15T10:00:00+07:00', 'https://syt.example.vn/tin/7'],
      // 23:00 UTC on the 19th is the 20th in Vietnam, as is gd's copy (UTC 13:00 on the 20th).
      ['yt4', 'Hoà Bình đón đoàn công tác của Bộ Y tế', '2026-11-20T06:00:00+07:00', 'https://syt.example.vn/tin/yt4'],
      // gd repeats the title the next Vietnam day, an hour later: not the same article.
      [
        'yt5',
        'Phát động phong trào hiến máu tình nguyện',
        '2026-11-10T23:30:00+07:00',
        'https://syt.example.vn/tin/yt5',
      ],
    ],
  },
  gd: {
    title: 'Sở Giáo dục và Đào tạo',
    items: [
      [
        'gd1',
        'Khai giảng lớp bồi dưỡng giáo viên tiểu học',
        '2026-11-21T07:30:00+07:00',
        'https://sgd.example.vn/tin/gd1',
      ],
      [
        '7',
        'Tổng kết phong trào thi đua dạy tốt, học tốt',
        '2026-11-16T10:00:00+07:00',
        'https://sgd.example.vn/tin/7',
      ],
      // yt2 reposted under another title: the same url.
      [
        'gd3',
        'Người cao tuổi được khám sức khỏe miễn phí',
        '2026-11-18T09:00:00+07:00',
        'https://syt.example.vn/tin/yt2',
      ],
      // yt4 with the other tone placement, capitals and a "!": the same title, the same Vietnam day.
      ['gd4', 'HÒA BÌNH đón đoàn công tác của Bộ Y tế!', '2026-11-20T20:00:00+07:00', 'https://sgd.example.vn/tin/gd4'],
      [
        'gd5',
        'Phát động phong trào hiến máu tình nguyện',
        '2026-11-11T00:30:00+07:00',
        'https://sgd.example.vn/tin/gd5',
      ],
    ],
  },
  hostile: {
    title: '<img src=x onerror="window.__pwned=1">Sở "Tài chính" &amp; <b>Kho bạc</b>',
    items: [['tc1', 'Công khai ngân sách quý IV', '2026-11-19T08:00:00+07:00', 'https://stc.example.vn/tin/tc1']],
  },
};

export async function faultServer(ctx, next) {
  if (!ctx.path.startsWith('/__fault/')) return next();
  const scenario = ctx.path.slice('/__fault/'.length);
  const key = `${scenario}?${ctx.querystring}`;
  const hits = (counters.get(key) ?? 0) + 1;
  counters.set(key, hits);
  ctx.set('Cache-Control', 'no-store');
  switch (scenario) {
    case 'hits': {
      // Reports how often another scenario was requested.
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: counters.get(ctx.query.key) ?? 0 });
      counters.set(key, 0);
      return;
    }
    case 'agency': {
      const agency = AGENCIES[ctx.query.name] ?? AGENCIES.yte;
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: agency.title,
        language: 'vi',
        items: agency.items.map(([id, title, date, url]) => ({ id, title, url, date_published: date })),
      });
      return;
    }
    case 'ok':
      ctx.type = 'application/feed+json';
      ctx.body = feed(ctx.query.title);
      return;
    case 'text-plain':
      ctx.type = 'text/plain';
      ctx.body = '\uFEFF' + feed();
      return;
    case 'html-200':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Trang chủ</h1></body></html>';
      return;
    case '404':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case '500':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return;
    case '503-then-ok':
      if (hits === 1) {
        ctx.status = 503;
        ctx.body = 'Busy';
      } else {
        ctx.type = 'application/json';
        ctx.body = feed();
      }
      return;
    case 'slow':
      await sleep(Number(ctx.query.ms ?? 3000));
      ctx.type = 'application/json';
      ctx.body = feed();
      return;
    case 'slow-many':
      // `n` dated items with images after `ms`, or, with `gate`, once `gate-open` with that id is
      // requested: a grid that paints its skeleton first (layout shift and loading-delay tests).
      if (ctx.query.gate) await gate(ctx.query.gate).opened;
      else await sleep(Number(ctx.query.ms ?? 500));
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tin chậm',
        items: Array.from({ length: Number(ctx.query.n ?? 6) }, (_, i) => ({
          id: `s-${i + 1}`,
          url: `https://tinh.example.gov.vn/tin/${i + 1}.html`,
          title: `Khai mạc Lễ hội Văn hóa – Du lịch lần thứ ${i + 1}`,
          summary: 'Lễ hội diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao và du lịch.',
          image: '/test/fixtures/anh.svg',
          date_published: new Date(Date.UTC(2026, 10, 20, 2, 0) - i * 86_400_000).toISOString(),
        })),
      });
      return;
    case 'reset':
      ctx.req.socket.destroy();
      return;
    case 'truncated':
      ctx.type = 'application/json';
      ctx.body = feed().slice(0, 60);
      return;
    case 'redirect':
      ctx.redirect('/__fault/ok?title=' + encodeURIComponent('Sau chuyển hướng'));
      return;
    case 'cors':
      // Redirect to another origin that sends no CORS header: the browser blocks the response.
      ctx.redirect(`http://127.0.0.2:${ctx.req.socket.localPort}/__fault/ok`);
      return;
    case 'json':
      // A feed served as plain application/json (many CMSs do).
      ctx.type = 'application/json';
      ctx.body = feed(ctx.query.title);
      return;
    case 'fail-then-ok':
      // The first `fails` hits (default 3) answer 500, later ones the feed: a server that recovers.
      if (hits <= Number(ctx.query.fails ?? 3)) {
        ctx.status = 500;
        ctx.body = 'Internal error';
      } else {
        ctx.type = 'application/feed+json';
        ctx.body = feed(ctx.query.title);
      }
      return;
    case 'ok-then-500':
      // The first hit answers the feed, every later one 500: a server that breaks after a good load.
      if (hits === 1) {
        ctx.type = 'application/feed+json';
        ctx.body = feed(ctx.query.title);
      } else {
        ctx.status = 500;
        ctx.body = 'Internal error';
      }
      return;
    case 'gate':
      // A feed (with an article body to sanitise) that arrives only when the test says so, so it
      // can look at the page before and after hydration with the request still open.
      await gate(ctx.query.id).opened;
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Tin đã mở cổng',
        items: [1, 2, 3].map((n) => ({
          id: String(n),
          url: `https://portal.example.gov.vn/tin-${n}.html`,
          title: `Bản tin số ${n}`,
          content_html: `<p>Nội dung bản tin số ${n}.</p><img src="x" onerror="window.__pwned = true">`,
          date_published: `2026-11-2${n}T09:03:00+07:00`,
        })),
      });
      return;
    case 'gate-open':
      gate(ctx.query.id).open();
      ctx.body = 'open';
      return;
    case 'etag': {
      const etag = '"v1"';
      ctx.set('ETag', etag);
      if (ctx.get('If-None-Match') === etag) {
        ctx.status = 304;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = feed('Có ETag');
      return;
    }
    case 'sequence': {
      // A feed that changes between requests: steps=1,2,3;2,3 lists the item ids of each hit
      // (the last repeats); more=5,6 gives it a next_url page (&page=2) with those items.
      if (ctx.query.ms) await sleep(Number(ctx.query.ms));
      const page2 = ctx.query.page === '2';
      const steps = String(ctx.query.steps ?? '1').split(';');
      const ids = page2 ? String(ctx.query.more).split(',') : steps[Math.min(hits, steps.length) - 1].split(',');
      const next = !page2 && ctx.query.more ? `${ctx.path}?${ctx.querystring}&page=2` : undefined;
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: `Phiên bản ${hits}`,
        next_url: next,
        items: ids.map((id) => ({
          id,
          title: `Tin ${id}`,
          content_text: `Nội dung tin ${id}.`,
          date_published: `2026-11-${String(28 - Number(id)).padStart(2, '0')}T09:00:00+07:00`,
        })),
      });
      return;
    }
    case 'relative':
      // A feed whose item link is relative to the feed's URL.
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({ title: 'Liên kết tương đối', items: [{ id: '1', title: 'Tin 1', url: '?tin=1' }] });
      return;
    case 'redirect-relative':
      ctx.redirect(`/__fault/relative?${ctx.querystring}`);
      return;
    case 'proxy': {
      // A stand-in for a site's proxy: answers for the feed named by ?url=, item links relative.
      ctx.type = 'application/feed+json';
      ctx.body = JSON.stringify({
        title: `Qua proxy: ${ctx.query.url}`,
        items: [{ id: '1', title: 'Tin 1', url: 'bai-viet/1.html' }],
      });
      return;
    }
    default:
      ctx.status = 400;
      ctx.body = 'unknown scenario';
  }
}
