// The Telegram Login Widget check: a correctly signed, fresh answer passes; a forged, altered, stale
// or incomplete one does not.
import { describe, expect, it } from 'vitest';
import { dataCheckString, signTelegramLogin, verifyTelegramLogin } from '../../src/domain/telegram-login.ts';

const TOKEN = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';
const NOW = 1_790_000_000;

function signed(fields: Record<string, string>, token = TOKEN) {
  return { ...fields, hash: signTelegramLogin(fields, token) };
}

describe('Telegram Login Widget verification', () => {
  const base = { id: '4242', first_name: 'Вера', username: 'vera_l', auth_date: String(NOW - 30) };

  it('builds the data-check string from the sorted fields without the hash', () => {
    expect(dataCheckString({ username: 'u', id: '1', hash: 'x', auth_date: '5' })).toBe('auth_date=5\nid=1\nusername=u');
  });

  it('accepts a fresh answer signed with SHA-256 of the bot token and returns the Telegram id', () => {
    expect(verifyTelegramLogin(signed(base), TOKEN, NOW)).toEqual({ ok: true, telegramId: 4242n, authDate: NOW - 30 });
  });

  it('matches the widget algorithm: HMAC-SHA256 keyed with SHA-256(token), hex', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    const key = createHash('sha256').update(TOKEN).digest();
    const expected = createHmac('sha256', key).update(`auth_date=${NOW - 30}\nfirst_name=Вера\nid=4242\nusername=vera_l`).digest('hex');
    expect(signTelegramLogin(base, TOKEN)).toBe(expected);
  });

  it('refuses a hash made with another bot token', () => {
    expect(verifyTelegramLogin(signed(base, '999:OTHER-TOKEN-abcdefghijklmnopqrstuvw'), TOKEN, NOW)).toEqual({ ok: false, reason: 'bad-hash' });
  });

  it('refuses an answer whose id was changed after signing', () => {
    expect(verifyTelegramLogin({ ...signed(base), id: '4243' }, TOKEN, NOW)).toEqual({ ok: false, reason: 'bad-hash' });
  });

  it('refuses an answer older than the allowed age and one dated far in the future', () => {
    expect(verifyTelegramLogin(signed({ ...base, auth_date: String(NOW - 601) }), TOKEN, NOW)).toEqual({ ok: false, reason: 'stale' });
    expect(verifyTelegramLogin(signed({ ...base, auth_date: String(NOW + 3600) }), TOKEN, NOW)).toEqual({ ok: false, reason: 'future' });
  });

  it('refuses answers missing the hash, the id or the date, or with a malformed hash', () => {
    const { hash, ...noHash } = signed(base);
    void hash;
    expect(verifyTelegramLogin(noHash, TOKEN, NOW).ok).toBe(false);
    expect(verifyTelegramLogin({ ...signed(base), hash: 'zz' }, TOKEN, NOW)).toEqual({ ok: false, reason: 'missing' });
    const { id, ...noId } = base;
    void id;
    expect(verifyTelegramLogin(signed(noId), TOKEN, NOW)).toEqual({ ok: false, reason: 'missing' });
  });

  it('ignores query parameters the widget does not sign', () => {
    expect(verifyTelegramLogin({ ...signed(base), next: '/admin/users' }, TOKEN, NOW).ok).toBe(true);
  });
});
