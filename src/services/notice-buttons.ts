// The buttons a notice carries to the action it asks for. Services put them in outbox messages, so
// the callback data here is what the bot's features answer (checked against them in tests).

export type NoticeButton = { text: string; callback_data: string } | { text: string; url: string };

/** Opens (or resumes) the submission of a step: the submission feature's `submit:<stepId>`. */
export const submitStepButton = (text: string, stepId: number): NoticeButton => ({ text, callback_data: `submit:${stepId}` });

/** A step's card sent as a new message (the notice stays as it was): the catalogue's `cat:n:<stepId>`. */
export const stepCardButton = (text: string, stepId: number): NoticeButton => ({ text, callback_data: `cat:n:${stepId}` });

/**
 * A link button, or null when Telegram would refuse the address and with it the whole message:
 * it accepts only http(s) links to a named host, not localhost or a bare IP address.
 */
export function urlButton(text: string, url: string): NoticeButton | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname;
  if (!/^https?:$/.test(parsed.protocol) || !host.includes('.') || host === 'localhost' || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  return { text, url };
}

export function inlineKeyboard(rows: (NoticeButton | null)[][]): { inline_keyboard: NoticeButton[][] } | undefined {
  const kept = rows.map((row) => row.filter((b): b is NoticeButton => b !== null)).filter((row) => row.length > 0);
  return kept.length ? { inline_keyboard: kept } : undefined;
}
