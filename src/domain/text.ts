// Shortening text for buttons, lists and message limits.

/**
 * `text` cut to at most `max` UTF-16 units (the unit Telegram's limits count) with an ellipsis.
 * Never splits a surrogate pair: half an emoji is invalid UTF-8, and Telegram refuses the whole
 * message that carries it.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * `parts` joined by `separator`, as many whole parts as fit in `max` UTF-16 units, with a last «…»
 * when some were left out. For HTML messages: each part is balanced markup, so dropping whole parts
 * never leaves a tag open the way cutting the joined text could.
 */
export function fitParts(parts: readonly string[], separator: string, max: number): string {
  const whole = parts.join(separator);
  if (whole.length <= max) return whole;
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    const added = (kept.length ? separator.length : 0) + part.length;
    if (length + added + separator.length + 1 > max) break;
    kept.push(part);
    length += added;
  }
  return [...kept, '…'].join(separator);
}
