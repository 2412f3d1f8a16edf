// The texts printed on PDFs (certificates, portfolios) in the holder's language, from locales/*.ftl.
import { createTranslator } from '../bot/i18n.ts';
import type { Locale } from '../domain/dates.ts';

export interface PrintText {
  locale: Locale;
  t: (key: string, vars?: Record<string, string | number>) => string;
}

let translator: ReturnType<typeof createTranslator> | null = null;

/** Texts in `locale` (anything but English prints in Russian, the region's language). */
export function printText(locale: string | null | undefined, translate?: (locale: string, key: string, vars?: Record<string, string | number>) => string): PrintText {
  const code: Locale = locale === 'en' ? 'en' : 'ru';
  const source = translate ?? (translator ??= createTranslator('ru'));
  return { locale: code, t: (key, vars) => source(code, key, vars) };
}
