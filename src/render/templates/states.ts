/**
 * The loading, empty and error states every element shows, so they look and behave the same
 * everywhere: errors are `part="error"` with `role="alert"`, empty states are polite status text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type FeedError, isTransient } from '../../feed/model.js';
import { msg, str } from '../../i18n/locale.js';
import { emptyMessage, errorMessage, loadingLabel, notFoundMessage, retryLabel, staleNote } from '../messages.js';
import type { MoreController } from '../controllers/more.js';

/** An error box with a retry button where retrying can help (and `onRetry` is given). */
export function errorState(error: FeedError | 'not-found', onRetry?: () => void): TemplateResult {
  const text = error === 'not-found' ? notFoundMessage() : errorMessage(error);
  return html`<div part="error" class="state state-error" role="alert">
    <svg class="state-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M12 2 1 21h22L12 2Zm0 5 7.5 12h-15L12 7Zm-1 4v4h2v-4h-2Zm0 5v2h2v-2h-2Z" />
    </svg>
    <p class="state-text">${text}</p>
    ${onRetry && error !== 'not-found' && isTransient(error) ? html`<button part="button retry-button" class="button" type="button" @click=${onRetry}>${retryLabel()}</button>` : nothing}
  </div>`;
}

/**
 * A feed that failed: the error box, then the page's own fallback (what the webmaster wrote inside
 * the element), through a slot, so its links keep working while the feed is down. The host page's
 * markup is never copied into the shadow root, and a feed that loads later hides it again.
 */
export function failedState(error: FeedError, onRetry: () => void): TemplateResult {
  return html`${errorState(error, onRetry)}<slot part="fallback" class="fallback"></slot>`;
}

export function emptyState(): TemplateResult {
  return html`<p part="empty" class="state state-empty" role="status">${emptyMessage()}</p>`;
}

/** What the notes above a loaded list tell: a failed refresh, feeds of a several-URL `src` left out. */
export interface Notes {
  readonly refreshError?: FeedError | undefined;
  readonly missing?: readonly FeedError[] | undefined;
}

/**
 * The discreet notes over content that stays on screen: a refresh failed (the older articles are
 * shown), some of several feeds could not be loaded (the others' articles are shown).
 */
export function staleState({ refreshError, missing }: Notes): TemplateResult | typeof nothing {
  // Nothing to note is the usual case: no template for it (a grid of a hundred cards builds none).
  if (!refreshError && !missing?.[0]) return nothing;
  return html`${refreshError ? html`<p part="stale-note" class="stale-note" role="status" title=${errorMessage(refreshError)}>${staleNote()}</p>` : nothing}${
    missing?.[0]
      ? html`<p part="missing-note" class="stale-note" role="status" title=${errorMessage(missing[0])}>${msg('Một số nguồn tin chưa tải được; đang hiển thị tin từ các nguồn còn lại.', { id: 'missing-sources' })}</p>`
      : nothing
  }`;
}

/**
 * "Xem thêm" with its loading and failure states. Busy, it is `aria-disabled`, not `disabled`: a
 * disabled button drops the focus of the reader who just pressed it.
 */
export function moreButton(pager: MoreController, onMore: () => void): TemplateResult {
  return html`<div class="footer">
    ${pager.error ? html`<p class="stale-note" role="alert">${errorMessage(pager.error)}</p>` : nothing}
    <button part="button more-button" class="button" type="button" aria-disabled=${pager.loading ? 'true' : 'false'} aria-busy=${pager.loading ? 'true' : 'false'} @click=${onMore}>
      ${pager.loading ? loadingLabel() : msg('Xem thêm', { id: 'more' })}
    </button>
  </div>`;
}

/**
 * The polite live region of "Xem thêm", drawn with the items whether or not the button still is
 * (the last page removes it), so it exists before it speaks. The no-break space alternates so the
 * same count twice is still a change a screen reader announces.
 */
export function moreStatus(pager: MoreController): TemplateResult {
  return html`<p class="visually-hidden" role="status">${
    pager.added === undefined
      ? nothing
      : msg(str`Đã hiển thị thêm ${pager.added} tin`, { id: 'more-shown' }) + (pager.reveals % 2 ? '' : '\u00a0')
  }</p>`;
}
