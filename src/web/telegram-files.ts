// Streams a file kept by Telegram (by its file_id) to a web visitor through the Bot API's getFile,
// without storing it: the token stays on the server, and files over getFile's 20 MB are refused.
import { pipeline, Readable, Transform } from 'node:stream';

/** Telegram's getFile limit; a bigger file cannot be fetched by a bot at all. */
export const TELEGRAM_DOWNLOAD_LIMIT = 20 * 1024 * 1024;

export interface BotFileAccess {
  token: string;
  apiRoot: string;
}

export interface FetchedFile {
  body: Readable | Transform;
  size: number | null;
}

/**
 * null when Telegram does not know the file, it is too big, or the download fails. `timeoutMs`
 * bounds the wait for getFile and the download's first answer; after that the body may take as long
 * as a slow phone needs, and is cut when no data has come for `idleMs` or after `totalMs` in all
 * (a reader taking one chunk a minute would otherwise hold the connection for hours).
 */
export async function fetchTelegramFile(access: BotFileAccess, fileId: string, options: { timeoutMs?: number; idleMs?: number; totalMs?: number } = {}): Promise<FetchedFile | null> {
  const controller = new AbortController();
  const overall = setTimeout(() => controller.abort(), options.totalMs ?? 600_000);
  let timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  const giveUp = () => {
    clearTimeout(timer);
    clearTimeout(overall);
    return null;
  };
  const info = await fetch(`${access.apiRoot}/bot${access.token}/getFile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file_id: fileId }),
    signal: controller.signal,
  }).catch(() => null);
  if (!info?.ok) return giveUp();
  const json = (await info.json().catch(() => null)) as { ok?: boolean; result?: { file_path?: string; file_size?: number } } | null;
  const path = json?.ok ? json.result?.file_path : undefined;
  if (!path || (json?.result?.file_size ?? 0) > TELEGRAM_DOWNLOAD_LIMIT) return giveUp();
  const file = await fetch(`${access.apiRoot}/file/bot${access.token}/${path.split('/').map(encodeURIComponent).join('/')}`, { signal: controller.signal }).catch(() => null);
  if (!file?.ok || !file.body) return giveUp();
  const length = Number(file.headers.get('content-length'));
  if (Number.isFinite(length) && length > TELEGRAM_DOWNLOAD_LIMIT) {
    await file.body.cancel().catch(() => undefined);
    return giveUp();
  }
  const idleMs = options.idleMs ?? 30_000;
  const stillFlowing = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  stillFlowing();
  const watched = new Transform({
    transform(chunk, _encoding, done) {
      stillFlowing();
      done(null, chunk);
    },
  });
  pipeline(Readable.fromWeb(file.body as never), watched, () => {
    clearTimeout(timer);
    clearTimeout(overall);
  });
  return { body: watched, size: Number.isFinite(length) && length > 0 ? length : null };
}

/** Types served as themselves; anything else is a download of application/octet-stream. */
const SAFE_TYPES = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/zip',
  'text/plain',
]);

export function safeContentType(kind: string, mimeType: string | null): string {
  if (kind === 'photo') return 'image/jpeg';
  const type = (mimeType ?? '').toLowerCase().trim();
  return SAFE_TYPES.has(type) ? (type === 'text/plain' ? 'text/plain; charset=utf-8' : type) : 'application/octet-stream';
}

/** An attachment header with an ASCII fallback and the UTF-8 name (RFC 6266). */
export function attachmentHeader(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f"\\/]/g, '_').slice(0, 150) || 'file';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

export type UploadKind = 'photo' | 'document';

/** Images Telegram shows as a photo; anything else goes as a document. */
export const uploadKindOf = (mimetype: string): UploadKind => (/^image\/(jpeg|png|webp)$/i.test(mimetype) ? 'photo' : 'document');

/**
 * Sends a file from the web to a chat with the bot and returns its file_id, by which it can then be
 * sent to anyone: Telegram gives a bot a file_id only for a file it has sent or received. null when
 * Telegram refused it (the person never started the bot, a file it cannot take).
 */
export async function uploadToTelegram(
  access: BotFileAccess,
  chatId: bigint,
  file: { filename: string; mimetype: string; data: Buffer },
  kind: UploadKind,
  caption: string,
): Promise<string | null> {
  const form = new FormData();
  form.set('chat_id', String(chatId));
  form.set('caption', caption);
  form.set(kind, new Blob([file.data], { type: file.mimetype || 'application/octet-stream' }), file.filename || (kind === 'photo' ? 'photo.jpg' : 'file'));
  const answer = await fetch(`${access.apiRoot}/bot${access.token}/${kind === 'photo' ? 'sendPhoto' : 'sendDocument'}`, { method: 'POST', body: form, signal: AbortSignal.timeout(60_000) }).catch(() => null);
  const json = (await answer?.json().catch(() => null)) as { ok?: boolean; result?: { photo?: { file_id: string }[]; document?: { file_id: string } } } | null;
  if (!json?.ok) return null;
  // The largest size of a photo comes last.
  return kind === 'photo' ? (json.result?.photo?.at(-1)?.file_id ?? null) : (json.result?.document?.file_id ?? null);
}
