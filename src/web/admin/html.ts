// A tiny HTML template helper: html`…${value}…` escapes every interpolated value unless it is
// already Html (built by html`` itself or marked with trustedHtml), so templates escape by default.
import { cleanText, escapeHtml } from '../../render/escape.ts';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** For markup the code itself built (never for text that came from a person or the database). */
export const trustedHtml = (markup: string) => new Html(markup);

function part(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(cleanText(String(value)));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** A JSON value for a data-* attribute (escaped like any other value; read back with JSON.parse). */
export const jsonAttr = (value: unknown) => JSON.stringify(value);
