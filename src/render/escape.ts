// Makes text a person typed safe to place in an HTML document (certificate, portfolio, public pages).

// Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) would let a name
// reverse or reorder the text printed after it; right-to-left letters themselves are kept.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// C0/C1 control characters other than tab and line breaks print as boxes or nothing at all.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Escapes for text content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Removes characters that would change how the surrounding document reads. */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARS, '');
}

/**
 * User text as an HTML fragment: cleaned, escaped and wrapped in <bdi>, so a right-to-left name
 * is shown in its own direction without moving the words around it.
 */
export function userText(text: string | null | undefined): string {
  return `<bdi>${escapeHtml(cleanText(text ?? ''))}</bdi>`;
}
