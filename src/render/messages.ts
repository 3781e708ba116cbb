/**
 * User-facing wording shared by several elements, so each sentence is translated once.
 * Wording follows the portals' own (see the glossary in the README).
 */
import { msg, str } from '../i18n/locale.js';
import type { FeedError } from '../feed/model.js';

/** What went wrong, in words a portal visitor understands. Never a stack or a raw status line. */
export function errorMessage(error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return msg('Không thể kết nối tới nguồn tin. Vui lòng kiểm tra kết nối mạng rồi thử lại.', {
        id: 'error-network',
      });
    case 'cors':
      // The visitor can do nothing about it: say so plainly, without a webmaster's terms.
      return msg('Trang này hiện không thể hiển thị tin từ nguồn tin này.', { id: 'error-blocked' });
    case 'timeout':
      return msg('Máy chủ tin tức không phản hồi kịp. Vui lòng thử lại sau ít phút.', { id: 'error-timeout' });
    case 'http':
      return error.status === 404 || error.status === 410
        ? msg('Không tìm thấy nguồn tin (lỗi 404). Địa chỉ nguồn tin có thể đã thay đổi.', { id: 'error-http-404' })
        : msg(str`Máy chủ tin tức đang gặp sự cố (mã lỗi ${error.status ?? '?'}). Vui lòng thử lại sau.`, {
            id: 'error-http',
          });
    case 'parse':
    case 'schema':
      return msg('Nguồn tin không đúng định dạng nên không thể hiển thị.', { id: 'error-invalid-feed' });
  }
}

export const loadingLabel = () => msg('Đang tải…', { id: 'loading' });
export const retryLabel = () => msg('Thử lại', { id: 'retry' });
export const emptyMessage = () => msg('Chưa có tin nào.', { id: 'empty' });
export const notFoundMessage = () => msg('Không tìm thấy bài viết.', { id: 'not-found' });
export const staleNote = () => msg('Chưa cập nhật được tin mới; đang hiển thị bản trước đó.', { id: 'stale' });
export const untitled = () => msg('(Không có tiêu đề)', { id: 'untitled' });
