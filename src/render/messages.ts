/**
 * User-facing wording shared by several elements, so each sentence is translated once.
 * Wording follows the portals' own (the project's Vietnamese glossary of portal terms).
 */
import { msg } from '../i18n/locale.js';
import type { Article, FeedError } from '../feed/model.js';
import { PREVIEW_MAX, teaser } from '../internal/teaser.js';

/** A failure that trying again will not mend (the feed moved or is not a feed). */
const unavailable = () => msg('Hiện không hiển thị được tin bài. Mong bạn đọc thông cảm.', { id: 'error-unavailable' });

/**
 * What a visitor reads when articles cannot be shown, by kind of failure: citizens, not
 * webmasters, so no addresses, codes or "nguồn tin" (an informant, in a newsroom). The technical
 * cause goes to the console and to `tin-error`. A kind not named here reads as one that may pass.
 */
export function errorMessage(error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return msg('Hiện chưa tải được tin bài. Vui lòng kiểm tra kết nối mạng rồi thử lại.', { id: 'error-network' });
    case 'cors':
      // Only the feed's server can fix it: the visitor is told plainly, the console says what to send.
      return unavailable();
    case 'parse':
    case 'schema':
      return unavailable();
    case 'http':
      if (error.status === 404 || error.status === 410) return unavailable();
  }
  return msg('Hiện chưa tải được tin bài. Vui lòng thử lại sau.', { id: 'error-retry' });
}

export const loadingLabel = () => msg('Đang tải…', { id: 'loading' });
export const retryLabel = () => msg('Thử lại', { id: 'retry' });
export const emptyMessage = () => msg('Chưa có tin nào.', { id: 'empty' });
export const notFoundMessage = () => msg('Không tìm thấy bài viết.', { id: 'not-found' });
export const staleNote = () => msg('Chưa cập nhật được tin mới; đang hiển thị bản trước đó.', { id: 'stale' });
export const untitled = () => msg('(Không có tiêu đề)', { id: 'untitled' });
/**
 * An article's title where it links to the article (a card, a list item, the previous and next
 * links): whole, unless it is over `PREVIEW_MAX` characters, which no headline is; a grid of
 * crafted 100,000-character titles spent 200 ms laying them out. The article's heading shows all.
 */
export const linkTitle = (article: Article): string => teaser(article.title, PREVIEW_MAX) || untitled();
