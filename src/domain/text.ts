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
