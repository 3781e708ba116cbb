/**
 * What every tin-* element shares: its own language (nearest `lang`, re-rendered when any `lang`
 * changes), the time zone dates are shown in, and the colour scheme. Class-only: registers nothing.
 */
import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  elementLocales,
  ensureLocale,
  onLanguageChange,
  resolveLocale,
  withLocale,
  type Locale,
} from '../i18n/locale.js';
import { type DateStyle, loadRelativeDates } from '../render/templates/article-parts.js';
import { DEFAULT_TIME_ZONE } from '../render/format/dates.js';

export abstract class TinElement extends LitElement {
  // Reactive properties (Lit's static form: no decorator runtime in the bundle).
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone', reflect: false },
    dateStyle: { attribute: 'date-style' },
    colorScheme: { attribute: 'color-scheme', reflect: true },
  };

  /** IANA time zone dates are shown in; portals show Vietnam's whatever the visitor's clock says. */
  timeZone: string = DEFAULT_TIME_ZONE;

  /** `absolute` dates, or `relative` ("3 giờ trước", "hôm qua lúc 09:03"; absolute after a week). */
  dateStyle: DateStyle = 'absolute';

  /**
   * `light` (the default when unset: blends with the host page), `dark`, or `auto` to follow the
   * visitor's system setting. Unset rather than 'light' by default, so thousands of cards do not each
   * reflect an attribute nobody styles.
   */
  colorScheme?: 'light' | 'dark' | 'auto';

  /** The locale this element renders in (see `resolveLocale`). */
  protected locale: Locale = 'vi';

  /** The language the content declares (its feed's), which only a `lang` attribute outranks. */
  protected declaredLanguage(): string | undefined {
    return undefined;
  }

  /** Renders again if the language changed: a `lang` anywhere, or a feed that declares another. */
  private readonly relocalize = (): void => {
    if (resolveLocale(this, this.declaredLanguage()) !== this.locale) this.requestUpdate();
  };

  private stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onLanguageChange(this.relocalize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /**
   * Waits for what the first render needs and may not have yet: the locale's messages (so no
   * Vietnamese flashes before English) and the chunks of the features it uses (`chunksNeeded`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    elementLocales.set(this, (this.locale = resolveLocale(this, this.declaredLanguage())));
    const locale = ensureLocale(this.locale);
    const chunks = this.chunksNeeded();
    return locale || chunks ? Promise.all([locale, chunks]).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  // A feed set by code arrives during the update (FeedSource.hostUpdate), after the language was
  // chosen: if it declares another, the next update speaks it.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.relocalize();
  }

  /** The lazy chunks this element's next render needs; undefined when they are all there. */
  protected chunksNeeded(): Promise<unknown> | undefined {
    return this.dateStyle === 'relative' ? loadRelativeDates() : undefined;
  }

  // msg() answers in the language of the element being rendered; a handler that words something
  // itself does so through inLocaleOf(this, …).
  protected override update(changed: PropertyValues): void {
    try {
      withLocale(this.locale, () => super.update(changed));
    } catch (error) {
      // A value no check foresaw (a property set to something odd by code): the element may show
      // less, but the portal's page, whose scripts share this task, must not see an exception.
      console.error(`[tin-widgets] <${this.localName}> could not render.`, error);
    }
  }
}
