// Deterministic JSON Feed 1.1 documents for the benchmarks: Vietnamese titles and summaries of
// portal-like length, distinct dates (newest first), absolute article URLs, one shared image.

const WORDS = (
  'Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ trọng tâm năm kế hoạch chuyển đổi số ' +
  'phát triển kinh tế xã hội đảm bảo an sinh tăng cường công tác quản lý nhà nước về đất đai ' +
  'xây dựng nông thôn mới nâng cao chất lượng dịch vụ công trực tuyến cải cách hành chính ' +
  'phòng chống thiên tai bão lũ Đà Nẵng Huế Quảng Nam Hà Nội Thành phố Hồ Chí Minh đoàn công tác ' +
  'kiểm tra tiến độ dự án giao thông trọng điểm hỗ trợ doanh nghiệp vừa và nhỏ thu hút đầu tư ' +
  'giáo dục y tế văn hóa thể thao du lịch môi trường tài nguyên nước biển đảo'
).split(' ');

const TAGS = ['Thời sự', 'Kinh tế', 'Xã hội', 'Chuyển đổi số', 'Cải cách hành chính', 'Văn hóa'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(random, minChars, maxChars) {
  const target = minChars + Math.floor(random() * (maxChars - minChars));
  const words = [];
  let length = 0;
  while (length < target) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

/**
 * A feed of `count` items. `origin` makes the image URL absolute (the feed is served by the
 * bench server); article links point at a fictional portal.
 */
export function makeFeed(count, origin, { content = false } = {}) {
  const random = rng(count * 7919 + 13);
  const newest = Date.UTC(2026, 10, 20, 3, 0, 0);
  const items = [];
  for (let i = 0; i < count; i++) {
    const published = new Date(newest - i * 37 * 60_000);
    const item = {
      id: `tin-${i + 1}`,
      url: `https://congthongtin.example.gov.vn/tin-tuc/bai-viet-${i + 1}.html`,
      title: sentence(random, 55, 110),
      summary: `${sentence(random, 120, 220)}.`,
      image: `${origin}/bench/pages/thumb.svg`,
      date_published: published.toISOString().replace('.000Z', '+00:00'),
      tags: [TAGS[i % TAGS.length]],
    };
    if (content) {
      item.content_html = Array.from({ length: 6 }, () => `<p>${sentence(random, 200, 400)}.</p>`).join('\n');
    }
    items.push(item);
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Tin tức — Cổng thông tin điện tử (bench)',
    home_page_url: 'https://congthongtin.example.gov.vn/',
    language: 'vi',
    items,
  };
}
