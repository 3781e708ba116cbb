/**
 * The reader tools portals put above an article: font size (A− / A+, remembered for the site),
 * print (only the article), share (Facebook, Zalo, copy link, the system share sheet), "Gửi email"
 * (the visitor's mail program, with the title and the link filled in) and "Nghe đọc bài" with a Vietnamese speech voice, offered only when the browser has one.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg } from '../../i18n/locale.js';
import type { Article } from '../../feed/model.js';
import { linkHref } from '../../render/urls.js';
import { printArticle } from './print.js';

interface ToolsHost extends ReactiveControllerHost, HTMLElement {
  tools: string;
}

const SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75];
const SCALE_KEY = 'tin-widgets:font-scale';

function readScale(): number {
  try {
    const stored = Number(localStorage.getItem(SCALE_KEY));
    return SCALES.includes(stored) ? stored : 1;
  } catch {
    return 1;
  }
}

type Speech = 'idle' | 'speaking' | 'paused';

export class ReaderTools implements ReactiveController {
  private scale = readScale();
  private speech: Speech = 'idle';
  private voice: SpeechSynthesisVoice | undefined;
  /** What the copy button last did; worded at render time, in the element's language. */
  private copied: 'done' | 'failed' | undefined;
  private readonly onVoices = () => this.findVoice();

  constructor(private readonly host: ToolsHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.applyScale();
    if ('speechSynthesis' in window) {
      speechSynthesis.addEventListener('voiceschanged', this.onVoices);
      this.findVoice();
    }
  }

  hostDisconnected(): void {
    if ('speechSynthesis' in window) {
      speechSynthesis.removeEventListener('voiceschanged', this.onVoices);
      if (this.speech !== 'idle') speechSynthesis.cancel();
    }
    this.speech = 'idle';
  }

  private findVoice(): void {
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
    if (voice !== this.voice) {
      this.voice = voice;
      this.host.requestUpdate();
    }
  }

  private has(tool: string): boolean {
    return typeof this.host.tools === 'string' && this.host.tools.split(/[\s,]+/).includes(tool);
  }

  private applyScale(): void {
    this.host.style.setProperty('--_scale', String(this.scale));
  }

  private setScale(step: number): void {
    const index = Math.min(SCALES.length - 1, Math.max(0, SCALES.indexOf(this.scale) + step));
    this.scale = SCALES[index]!;
    this.applyScale();
    try {
      localStorage.setItem(SCALE_KEY, String(this.scale));
    } catch {
      // private mode or storage blocked: the size still applies to this page
    }
    this.host.requestUpdate();
  }

  private async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copied = 'done';
    } catch {
      this.copied = 'failed';
    }
    this.host.requestUpdate();
  }

  private listen(article: Article): void {
    if (this.speech === 'speaking') {
      speechSynthesis.pause();
      this.speech = 'paused';
    } else if (this.speech === 'paused') {
      speechSynthesis.resume();
      this.speech = 'speaking';
    } else {
      const body = this.host.shadowRoot?.querySelector('.body')?.textContent ?? '';
      const utterance = new SpeechSynthesisUtterance(`${article.title}. ${body}`.replace(/\s+/g, ' '));
      utterance.lang = this.voice?.lang ?? 'vi-VN';
      if (this.voice instanceof SpeechSynthesisVoice) utterance.voice = this.voice;
      utterance.addEventListener('end', () => this.stopSpeech());
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
      this.speech = 'speaking';
    }
    this.host.requestUpdate();
  }

  private stopSpeech(): void {
    if (this.speech !== 'idle') speechSynthesis.cancel();
    this.speech = 'idle';
    this.host.requestUpdate();
  }

  /** The bar, or for a skeleton (`skeleton`) an empty bar of the same height, whatever voices the browser has. */
  render(article: Article, skeleton = false): TemplateResult | typeof nothing {
    const font = this.has('font');
    const print = this.has('print');
    const share = this.has('share');
    const listen = this.has('listen') && !!this.voice;
    const email = this.has('email');
    if (!font && !print && !share && !listen && !email) return nothing;
    if (skeleton) return html`<div class="tools"><span class="button ph">A+</span></div>`;
    // A server render (Lit SSR) has no location; the browser's render after hydration has.
    const shareUrl = article.url ?? globalThis.location?.href ?? '';
    const encoded = encodeURIComponent(shareUrl);
    return html`<div part="tools" class="tools" role="toolbar" aria-label=${msg('Công cụ bài viết', { id: 'tools' })}>
      ${
        font
          ? html`<span class="muted">${msg('Cỡ chữ', { id: 'font-size' })}</span>
            <button part="button" class="button" type="button" ?disabled=${this.scale === SCALES[0]} @click=${() => this.setScale(-1)}>
              <span aria-hidden="true">A−</span><span class="visually-hidden">${msg('Giảm cỡ chữ', { id: 'font-smaller' })}</span>
            </button>
            <button part="button" class="button" type="button" ?disabled=${this.scale === SCALES[SCALES.length - 1]} @click=${() => this.setScale(1)}>
              <span aria-hidden="true">A+</span><span class="visually-hidden">${msg('Tăng cỡ chữ', { id: 'font-larger' })}</span>
            </button>`
          : nothing
      }
      ${
        listen
          ? html`<button part="button" class="button" type="button" aria-pressed=${this.speech === 'speaking' ? 'true' : 'false'} @click=${() => this.listen(article)}>
              ${
                this.speech === 'speaking'
                  ? msg('Tạm dừng', { id: 'pause' })
                  : this.speech === 'paused'
                    ? msg('Tiếp tục', { id: 'resume' })
                    : msg('Nghe đọc bài', { id: 'listen' })
              }
            </button>
            ${
              this.speech !== 'idle'
                ? html`<button part="button" class="button" type="button" @click=${() => this.stopSpeech()}>${msg('Dừng đọc', { id: 'stop' })}</button>`
                : nothing
            }`
          : nothing
      }
      <span class="spacer"></span>
      ${
        print
          ? html`<button part="button" class="button" type="button" @click=${() => printArticle(this.host)}>${msg('In bài viết', { id: 'print' })}</button>`
          : nothing
      }
      ${
        share
          ? html`<a part="button" class="button" href="https://www.facebook.com/sharer/sharer.php?u=${encoded}" target="_blank" rel="noopener noreferrer"
              aria-label=${msg('Chia sẻ lên Facebook', { id: 'share-facebook' })}>Facebook</a>
            <a part="button" class="button" href="https://zalo.me/share?url=${encoded}" target="_blank" rel="noopener noreferrer"
              aria-label=${msg('Chia sẻ qua Zalo', { id: 'share-zalo' })}>Zalo</a>
            <button part="button" class="button" type="button" @click=${() => this.copy(shareUrl)}>${msg('Sao chép liên kết', { id: 'copy-link' })}</button>
            ${
              typeof navigator !== 'undefined' && 'share' in navigator
                ? html`<button part="button" class="button" type="button"
                  @click=${() => navigator.share({ title: article.title, url: shareUrl }).catch(() => {})}>${msg('Chia sẻ', { id: 'share' })}</button>`
                : nothing
            }`
          : nothing
      }
      ${
        email
          ? html`<a part="button" class="button" href=${ifDefined(
              // RFC 6068: UTF-8, percent-encoded (spaces as %20, never "+"), so mail programs keep the Vietnamese.
              linkHref(`mailto:?subject=${encodeURIComponent(article.title)}&body=${encodeURIComponent(shareUrl)}`),
            )}>${msg('Gửi email', { id: 'email' })}</a>`
          : nothing
      }
      <span class="visually-hidden" role="status">${
        this.copied === 'done'
          ? msg('Đã sao chép liên kết.', { id: 'link-copied' })
          : this.copied === 'failed'
            ? msg('Không sao chép được liên kết.', { id: 'link-copy-failed' })
            : ''
      }</span>
    </div>`;
  }
}
