/**
 * The attachment box's code (`attachments.ts`, with file types and sizes) is a chunk of its own:
 * most articles have no files. It is fetched with the body's sanitiser, so the box is drawn with
 * the body and nothing below it moves. Should its chunk fail, the files are still listed, as
 * plain links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Attachment } from '../../feed/model.js';
import { lazyModule } from '../../internal/lazy-module.js';
import { resourceSrc } from '../../render/urls.js';

type Attachments = typeof import('./attachments.js');

const plainLinks = (attachments: readonly Attachment[]): TemplateResult | typeof nothing =>
  attachments.length
    ? html`<ul part="attachments" class="attachments">${attachments.map((file) => {
        const href = resourceSrc(file.url);
        const name = file.title ?? file.url;
        return html`<li>${href ? html`<a href=${href} download>${name}</a>` : name}</li>`;
      })}</ul>`
    : nothing;

const attachments = lazyModule<Pick<Attachments, 'renderAttachments'>>(() => import('./attachments.js'), {
  renderAttachments: plainLinks,
});

/** Fetches the box's code if `article` has files; undefined when there is nothing to wait for. */
export const loadAttachments = (article: Article): Promise<void> | undefined =>
  article.attachments.length ? attachments.load() : undefined;

/** The attachment box, once its code is here (`loadAttachments`); nothing before. */
export function renderAttachments(files: readonly Attachment[], locale: string): TemplateResult | typeof nothing {
  return attachments.get()?.renderAttachments(files, locale) ?? nothing;
}
