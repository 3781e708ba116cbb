/**
 * The attachment box's code (`attachments.ts`, with file types and sizes) is a chunk of its own:
 * most articles have no files. It is fetched with the body's sanitiser, so the box is drawn with
 * the body and nothing below it moves. Should its chunk fail, the files are still listed, as
 * plain links.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '../../i18n/locale.js';
import type { Article, Attachment } from '../../feed/model.js';
import { lazyModule } from '../../internal/lazy-module.js';
import { resourceSrc } from '../../render/urls.js';

type Attachments = typeof import('./attachments.js');

/** The box both renderings share: its heading, then one item per file, each named the same way. */
export function attachmentBox(
  attachments: readonly Attachment[],
  item: (file: Attachment, name: string, href: string | undefined) => TemplateResult,
): TemplateResult | typeof nothing {
  return attachments.length
    ? html`<section part="attachments" class="attachments" aria-labelledby="attachments-heading">
        <div class="attachments-heading" id="attachments-heading" role="heading" aria-level="2">${msg('Tệp đính kèm', { id: 'attachments' })}</div>
        <ul>${attachments.map((file) => item(file, file.title ?? fileName(file.url), resourceSrc(file.url)))}</ul>
      </section>`
    : nothing;
}

function fileName(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray "%" in a CMS file name
  }
}

const plainLinks = (attachments: readonly Attachment[]): TemplateResult | typeof nothing =>
  attachmentBox(
    attachments,
    (_, name, href) => html`<li>${href ? html`<a href=${href} download>${name}</a>` : name}</li>`,
  );

const attachments = lazyModule<Pick<Attachments, 'renderAttachments'>>(() => import('./attachments.js'), {
  renderAttachments: plainLinks,
});

/** Fetches the box's code if `article` has files; undefined when there is nothing to wait for. */
export const loadAttachments = (article: Article): Promise<void> | undefined =>
  article.attachments.length ? attachments.load() : undefined;

/** The attachment box, once its code is here (`loadAttachments`); nothing before, but on a server. */
export function renderAttachments(files: readonly Attachment[], locale: string): TemplateResult | typeof nothing {
  // A server cannot wait for a chunk: it writes the files as plain links, which no-JS visitors keep.
  return attachments.get()?.renderAttachments(files, locale) ?? (isServer ? plainLinks(files) : nothing);
}
