// A post typed in the web form as Telegram's HTML subset, turned into the text and entities a post
// keeps (the bot keeps what Telegram sent it the same way), so both ways in store one shape.
import type { Entity } from './broadcast.ts';

export type PostHtmlResult =
  | { ok: true; text: string; entities: Entity[] }
  | { ok: false; problem: 'tag'; tag: string }
  | { ok: false; problem: 'unbalanced'; tag: string }
  | { ok: false; problem: 'link-not-https'; url: string };

/** The tags Telegram's parse_mode HTML accepts, by the entity each makes. */
const TAGS: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  code: 'code',
  pre: 'pre',
  a: 'text_link',
  'tg-spoiler': 'spoiler',
  blockquote: 'blockquote',
};

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the HTML subset: b/strong, i/em, u/ins, s/strike/del, code, pre, a href (https only, as
 * link buttons), tg-spoiler, blockquote, br; entity offsets count UTF-16 code units, as Telegram's.
 */
export function parsePostHtml(input: string): PostHtmlResult {
  const source = input.replace(/\r\n?/g, '\n');
  let text = '';
  const entities: Entity[] = [];
  const open: { tag: string; type: string; offset: number; url?: string }[] = [];
  const tagPattern = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/gi;
  let last = 0;
  for (let m = tagPattern.exec(source); m; m = tagPattern.exec(source)) {
    text += decode(source.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    const type = TAGS[tag];
    if (!type) return { ok: false, problem: 'tag', tag };
    if (closing) {
      const top = open.pop();
      if (!top || top.tag !== tag) return { ok: false, problem: 'unbalanced', tag };
      if (text.length > top.offset) entities.push({ type: top.type, offset: top.offset, length: text.length - top.offset, ...(top.url ? { url: top.url } : {}) });
      continue;
    }
    let url: string | undefined;
    if (tag === 'a') {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i.exec(m[3] ?? '');
      const raw = decode(href?.[1] ?? href?.[2] ?? href?.[3] ?? '').trim();
      let parsed: URL | null = null;
      try {
        parsed = new URL(raw);
      } catch {
        parsed = null;
      }
      if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname.includes('.')) return { ok: false, problem: 'link-not-https', url: raw };
      url = parsed.href;
    }
    open.push({ tag, type, offset: text.length, url });
  }
  text += decode(source.slice(last));
  if (open.length) return { ok: false, problem: 'unbalanced', tag: open.at(-1)!.tag };
  // Telegram wants entities ordered by offset; an outer span before the spans inside it.
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { ok: true, text, entities };
}
