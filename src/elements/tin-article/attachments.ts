/**
 * The attachment box under an article ("Tệp đính kèm"): each file with its type and size, and a
 * player above the link for video and audio, which portals attach to their news.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/locale.js';
import type { Attachment } from '../../feed/model.js';
import { fileTypeLabel, formatFileSize } from '../../render/format/file-size.js';
import { resourceSrc } from '../../render/urls.js';

export function renderAttachments(attachments: readonly Attachment[], locale: string): TemplateResult | typeof nothing {
  if (!attachments.length) return nothing;
  return html`<section part="attachments" class="attachments" aria-labelledby="attachments-heading">
    <div class="attachments-heading" id="attachments-heading" role="heading" aria-level="2">${msg('Tệp đính kèm', { id: 'attachments' })}</div>
    <ul>
      ${attachments.map((file) => {
        const name = file.title ?? fileName(file.url);
        const type = fileTypeLabel(file.mimeType, file.url);
        const size = file.sizeInBytes !== undefined ? formatFileSize(file.sizeInBytes, locale) : undefined;
        const href = resourceSrc(file.url);
        const player = href && /^(?:video|audio)\//.test(file.mimeType) ? file.mimeType[0] : undefined;
        return html`<li>
          ${
            player === 'v'
              ? html`<video controls preload="none" src=${href!} aria-label=${name}></video>`
              : player
                ? html`<audio controls preload="none" src=${href!} aria-label=${name}></audio>`
                : nothing
          }
          ${href ? html`<a href=${href} download>${name}</a>` : name}
          <span class="file-meta">(${size ? msg(str`${type}, ${size}`, { id: 'file-meta' }) : type})</span>
        </li>`;
      })}
    </ul>
  </section>`;
}

function fileName(url: string): string {
  const last = url.split(/[?#]/)[0]!.split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray "%" in a CMS file name
  }
}
