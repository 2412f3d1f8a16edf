// Fluent translations (Russian first, English second) and the per-person language choice.
import { I18n } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import { projectPath } from '../paths.ts';

export const LOCALES = ['ru', 'en'] as const;
export type LocaleCode = (typeof LOCALES)[number];

export const localesDir = projectPath('locales');

export interface LocaleSource {
  /** The saved choice, or null when the person has not chosen. */
  localeOf(telegramId: bigint): Promise<string | null>;
}

/**
 * Remembers each person's language in memory: the negotiator runs for every update and every
 * replayed conversation step, and the choice changes only through /language.
 */
export class LocaleCache {
  readonly #known = new Map<string, string | null>();
  constructor(private readonly source: LocaleSource) {}

  async get(telegramId: number): Promise<string | null> {
    const key = String(telegramId);
    if (this.#known.has(key)) return this.#known.get(key)!;
    const locale = await this.source.localeOf(BigInt(telegramId));
    if (this.#known.size > 50_000) this.#known.clear();
    this.#known.set(key, locale);
    return locale;
  }

  set(telegramId: number | bigint, locale: string): void {
    this.#known.set(String(telegramId), locale);
  }
}

export function createI18n(defaultLocale: LocaleCode, cache: LocaleCache): I18n<Context> {
  const i18n = new I18n<Context>({
    defaultLocale,
    directory: localesDir,
    useSession: false,
    // Fluent's bidi isolation marks would end up in Telegram messages and break text matching.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: async (ctx) => {
      const from = ctx.from;
      if (!from) return defaultLocale;
      const saved = await cache.get(from.id);
      if (saved && (LOCALES as readonly string[]).includes(saved)) return saved;
      // Until someone chooses, the region's language: many here run Telegram in English yet read
      // Russian best, so the Telegram interface language is not a reliable hint.
      return defaultLocale;
    },
  });
  return i18n;
}

/** Translation outside an update (messages for other people, digests): the same files, no negotiation. */
export function createTranslator(defaultLocale: LocaleCode): (locale: string, key: string, vars?: Record<string, string | number>) => string {
  const i18n = new I18n({ defaultLocale, directory: localesDir, fluentBundleOptions: { useIsolating: false } });
  return (locale, key, vars) => i18n.t((LOCALES as readonly string[]).includes(locale) ? locale : defaultLocale, key, vars);
}
