/**
 * The attachment box under an article ("Tệp đính kèm"): each file with its type and size, and a
 * player above the link for video and audio, which portals attach to their news.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../i18n/locale.js';
import type { Attachment } from '../../feed/model.js';
import { fileTypeLabel, formatFileSize } from '../../render/format/file-size.js';
import { attachmentBox } from './load-attachments.js';

export function renderAttachments(attachments: readonly Attachment[], locale: string): TemplateResult | typeof nothing {
  return attachmentBox(attachments, (file, name, href) => {
    const type = fileTypeLabel(file.mimeType, file.url);
    const size = file.sizeInBytes !== undefined ? formatFileSize(file.sizeInBytes, locale) : undefined;
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
  });
}
