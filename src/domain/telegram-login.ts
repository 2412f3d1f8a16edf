// Checks data from the Telegram Login Widget: the hash is HMAC-SHA256 of the sorted `key=value`
// lines keyed with SHA-256(bot token), and auth_date must be recent. Pure: `nowSeconds` is passed in.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const LOGIN_WIDGET_FIELDS = ['id', 'first_name', 'last_name', 'username', 'photo_url', 'auth_date', 'hash'] as const;
/** A widget answer older than this is refused (a copied callback URL stops working). */
export const LOGIN_WIDGET_MAX_AGE_SECONDS = 600;

export type TelegramLoginCheck =
  | { ok: true; telegramId: bigint; authDate: number }
  | { ok: false; reason: 'missing' | 'bad-hash' | 'stale' | 'future' };

/** The string the widget signs: every field but `hash`, sorted by name, as `key=value` lines. */
export function dataCheckString(fields: Readonly<Record<string, string>>): string {
  return Object.keys(fields)
    .filter((k) => k !== 'hash')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('\n');
}

export function signTelegramLogin(fields: Readonly<Record<string, string>>, botToken: string): string {
  const key = createHash('sha256').update(botToken).digest();
  return createHmac('sha256', key).update(dataCheckString(fields)).digest('hex');
}

/** Only the widget's own fields take part (unknown query parameters are ignored, not signed). */
export function verifyTelegramLogin(
  query: Readonly<Record<string, unknown>>,
  botToken: string,
  nowSeconds: number,
  maxAgeSeconds = LOGIN_WIDGET_MAX_AGE_SECONDS,
): TelegramLoginCheck {
  const fields: Record<string, string> = {};
  for (const name of LOGIN_WIDGET_FIELDS) {
    const value = query[name];
    if (typeof value === 'string') fields[name] = value;
  }
  const hash = fields.hash;
  if (!hash || !fields.id || !fields.auth_date || !/^\d{1,15}$/.test(fields.id) || !/^\d{1,12}$/.test(fields.auth_date) || !/^[0-9a-f]{64}$/.test(hash)) {
    return { ok: false, reason: 'missing' };
  }
  const expected = Buffer.from(signTelegramLogin(fields, botToken), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return { ok: false, reason: 'bad-hash' };
  const authDate = Number(fields.auth_date);
  // A clock a little ahead at Telegram is normal; a date far ahead is not.
  if (authDate > nowSeconds + 60) return { ok: false, reason: 'future' };
  if (nowSeconds - authDate > maxAgeSeconds) return { ok: false, reason: 'stale' };
  return { ok: true, telegramId: BigInt(fields.id), authDate };
}
