// What a participant may hand in for a checklist item (file types and sizes, links, text) and how
// a new attempt reuses the items an expert accepted. Pure: no grammY, no Prisma, no clock.

/** Telegram's getFile limit: a bigger file could never be fetched again to show an expert. */
export const FILE_SIZE_MAX = 20 * 1024 * 1024;
/** Browsers and messengers cut links longer than this; no real document link needs more. */
export const LINK_MAX = 2048;
/** Room for a paragraph or two of reflection; a Telegram message holds at most 4096 characters. */
export const TEXT_ITEM_MAX = 3000;

/**
 * What a checklist item takes. «file» is a document or a photo; «photo» and «document» only that
 * (each also a link to the file in a cloud drive). New kinds go at the end: builder buttons carry
 * the index.
 */
export const ITEM_ACCEPTS = ['any', 'file', 'link', 'text', 'photo', 'document'] as const;
export type ItemAccepts = (typeof ITEM_ACCEPTS)[number];
export type ItemKind = 'document' | 'photo' | 'link' | 'text';

export function isItemAccepts(value: string): value is ItemAccepts {
  return (ITEM_ACCEPTS as readonly string[]).includes(value);
}

/** Unknown values in the database (a typo by an author) fall back to the most permissive rule. */
export function itemAccepts(value: string): ItemAccepts {
  return isItemAccepts(value) ? value : 'any';
}

const OFFICE_TYPES: Record<string, readonly string[]> = {
  pdf: ['application/pdf'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ppt: ['application/vnd.ms-powerpoint'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  xls: ['application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  odt: ['application/vnd.oasis.opendocument.text'],
  ods: ['application/vnd.oasis.opendocument.spreadsheet'],
  odp: ['application/vnd.oasis.opendocument.presentation'],
  zip: ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
};
// Images sent "as a file" keep their quality; SVG is left out because it can carry scripts.
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'jfif', 'png', 'gif', 'webp', 'heic', 'heif', 'bmp', 'tif', 'tiff', 'avif'];
/** Telegram clients that cannot tell a type send one of these; the extension then decides. */
const GENERIC_MIME = ['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download', 'application/force-download'];

const ACCEPTED_EXTENSIONS = new Set([...Object.keys(OFFICE_TYPES), ...IMAGE_EXTENSIONS]);
const ACCEPTED_OFFICE_MIME = new Set(Object.values(OFFICE_TYPES).flat());

/** The lists shown to a person whose file was refused. */
export const ACCEPTED_FORMATS_TEXT = 'pdf, doc, docx, ppt, pptx, xls, xlsx, odt, ods, odp, zip, jpg, png';

function extensionOf(fileName: string | null | undefined): string | null {
  const match = /\.([A-Za-z0-9]{1,6})$/.exec((fileName ?? '').trim());
  return match ? match[1]!.toLowerCase() : null;
}

function mimeAccepted(mime: string): boolean {
  return ACCEPTED_OFFICE_MIME.has(mime) || (mime.startsWith('image/') && mime !== 'image/svg+xml');
}

export interface DocumentOffer {
  fileName?: string | null;
  mimeType?: string | null;
  fileSize?: number | null;
}

export type DocumentCheck = { ok: true } | { ok: false; reason: 'file-type' | 'file-too-big' };

/**
 * A file name's extension decides when there is one (it is what the expert's computer will use to
 * open the file), and a specific MIME type must not contradict it; without an extension the MIME
 * type decides. The size is checked after the type: a link is no help for an .exe.
 */
export function checkDocument(doc: DocumentOffer): DocumentCheck {
  const ext = extensionOf(doc.fileName);
  const mime = (doc.mimeType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  const typeOk = ext !== null ? ACCEPTED_EXTENSIONS.has(ext) && (GENERIC_MIME.includes(mime) || mimeAccepted(mime)) : mimeAccepted(mime);
  if (!typeOk) return { ok: false, reason: 'file-type' };
  if (doc.fileSize != null && doc.fileSize > FILE_SIZE_MAX) return { ok: false, reason: 'file-too-big' };
  return { ok: true };
}

export type LinkCheck = { ok: true; value: string } | { ok: false; reason: 'link-invalid' | 'link-scheme' | 'link-credentials' | 'link-too-long' };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
// Zero-width and direction marks a phone keyboard or a copy from a document may leave around a link.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Only http(s) links to a named host: javascript:, data:, file: and the like could run or read
 * something on the expert's device, and user:password@ in a link leaks credentials to everyone
 * who sees the work. "school.ru/plan" typed without a scheme is read as https.
 */
export function checkLink(raw: string): LinkCheck {
  const value = raw.replace(INVISIBLE, '').trim();
  if (!value || /\s/.test(value)) return { ok: false, reason: 'link-invalid' };
  if (value.length > LINK_MAX) return { ok: false, reason: 'link-too-long' };
  const scheme = SCHEME.exec(value)?.[1];
  // "site.ru:8080/x" has no scheme: a scheme never contains a dot in practice.
  const hasScheme = scheme !== undefined && !scheme.includes('.');
  if (hasScheme && !/^https?$/i.test(scheme)) return { ok: false, reason: 'link-scheme' };
  let url: URL;
  try {
    url = new URL(hasScheme ? value : `https://${value}`);
  } catch {
    return { ok: false, reason: 'link-invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'link-scheme' };
  if (url.username || url.password) return { ok: false, reason: 'link-credentials' };
  const host = url.hostname;
  const named = /^([a-z0-9-]+\.)+[a-z0-9-]{2,}$/i.test(host) && !host.split('.').some((label) => !label || label.startsWith('-') || label.endsWith('-'));
  const ip = /^\[[0-9a-f:.]+\]$/i.test(host);
  if (!named && !ip) return { ok: false, reason: 'link-invalid' };
  if (url.href.length > LINK_MAX) return { ok: false, reason: 'link-too-long' };
  return { ok: true, value: url.href };
}

/** Text that the person most likely meant as a link (one word with a scheme, or starting with www.). */
export function looksLikeLink(raw: string): boolean {
  const value = raw.replace(INVISIBLE, '').trim();
  if (!value || /\s/.test(value)) return false;
  if (/^www\./i.test(value)) return true;
  const scheme = SCHEME.exec(value)?.[1];
  if (!scheme || scheme.includes('.')) return false;
  return /^https?:\/\//i.test(value) || /^(javascript|vbscript|data|file|blob|about|ftp|ftps|mailto|tel|sms|intent|content|chrome|tg):/i.test(value);
}

export type TextCheck = { ok: true; value: string } | { ok: false; reason: 'text-empty' | 'text-too-long' };

/** Keeps line breaks (an answer may be a few paragraphs) but drops invisible control marks. */
export function checkText(raw: string): TextCheck {
  const value = raw.replace(INVISIBLE, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  if (!value) return { ok: false, reason: 'text-empty' };
  if ([...value].length > TEXT_ITEM_MAX) return { ok: false, reason: 'text-too-long' };
  return { ok: true, value };
}

/** What the person sent at an upload prompt, as Telegram described it. */
export type Offer =
  | { type: 'document'; fileId: string; fileUniqueId: string; fileName: string | null; mimeType: string | null; fileSize: number | null }
  | { type: 'photo'; fileId: string; fileUniqueId: string; fileSize: number | null }
  | { type: 'text'; text: string };

/** What is stored as a SubmissionItem. */
export type ItemContent =
  | { kind: 'document'; fileId: string; fileUniqueId: string; fileName: string | null; mimeType: string | null; fileSize: number | null }
  | { kind: 'photo'; fileId: string; fileUniqueId: string; fileSize: number | null }
  | { kind: 'link'; url: string }
  | { kind: 'text'; text: string };

export type ItemCheck =
  | { ok: true; content: ItemContent }
  | { ok: false; reason: ItemRefusal };

export type ItemRefusal =
  | 'wants-file'
  | 'wants-photo'
  | 'wants-document'
  | 'wants-link'
  | 'wants-text'
  | Extract<DocumentCheck, { ok: false }>['reason']
  | Extract<LinkCheck, { ok: false }>['reason']
  | Extract<TextCheck, { ok: false }>['reason'];

/**
 * Whether an offer fits a checklist item. A "file" item also takes a link: Telegram cannot pass on
 * files over 20 MB, and a link to the file in a cloud drive is how teachers hand those in.
 */
export function checkItem(accepts: ItemAccepts, offer: Offer): ItemCheck {
  if (offer.type === 'document' || offer.type === 'photo') {
    if (accepts === 'link') return { ok: false, reason: 'wants-link' };
    if (accepts === 'text') return { ok: false, reason: 'wants-text' };
    // A picture sent «as a file» (uncompressed) is still a photo for a photo item.
    const picture = offer.type === 'photo' || /^image\//i.test((offer.mimeType ?? '').trim());
    if (accepts === 'photo' && !picture) return { ok: false, reason: 'wants-photo' };
    if (accepts === 'document' && offer.type === 'photo') return { ok: false, reason: 'wants-document' };
    if (offer.type === 'photo') {
      if (offer.fileSize != null && offer.fileSize > FILE_SIZE_MAX) return { ok: false, reason: 'file-too-big' };
      return { ok: true, content: { kind: 'photo', fileId: offer.fileId, fileUniqueId: offer.fileUniqueId, fileSize: offer.fileSize } };
    }
    const check = checkDocument(offer);
    if (!check.ok) return check;
    const { fileId, fileUniqueId, fileName, mimeType, fileSize } = offer;
    return { ok: true, content: { kind: 'document', fileId, fileUniqueId, fileName, mimeType, fileSize } };
  }
  const fileKind = accepts === 'file' || accepts === 'photo' || accepts === 'document';
  const asLink = accepts === 'link' || ((accepts === 'any' || fileKind) && looksLikeLink(offer.text));
  if (asLink) {
    const link = checkLink(offer.text);
    return link.ok ? { ok: true, content: { kind: 'link', url: link.value } } : link;
  }
  if (fileKind) return { ok: false, reason: accepts === 'file' ? 'wants-file' : accepts === 'photo' ? 'wants-photo' : 'wants-document' };
  const text = checkText(offer.text);
  return text.ok ? { ok: true, content: { kind: 'text', text: text.value } } : text;
}

export interface Progress {
  current: number;
  total: number;
}

/** «2 из 4»: the place of the item being asked among the items this attempt asks for. */
export function progressOf(askedIds: readonly number[], currentId: number): Progress {
  const index = askedIds.indexOf(currentId);
  return { current: index < 0 ? askedIds.length : index + 1, total: askedIds.length };
}

export interface PlanChecklistItem {
  id: number;
}
export interface PreviousItem {
  id: number;
  checklistItemId: number;
}
export interface ItemVerdict {
  checklistItemId: number;
  ok: boolean;
}

export interface AttemptPlan {
  /** Checklist items to ask for, in checklist order. */
  ask: number[];
  /** Items copied unchanged from the previous attempt. */
  carry: { checklistItemId: number; fromId: number }[];
}

/**
 * What a new attempt asks for. The first attempt asks for everything. After a return, an item the
 * expert rejected is asked again and one they did not reject is carried over; an item with nothing
 * handed in before (a skipped optional item, or one the author added since) is asked. Without a
 * grade nothing is known to be accepted, so everything is asked again.
 */
export function planAttempt(checklist: readonly PlanChecklistItem[], previous: readonly PreviousItem[] | null, verdicts: readonly ItemVerdict[] | null): AttemptPlan {
  if (!previous || !verdicts) return { ask: checklist.map((c) => c.id), carry: [] };
  const ask: number[] = [];
  const carry: AttemptPlan['carry'] = [];
  for (const item of checklist) {
    const before = previous.find((p) => p.checklistItemId === item.id);
    const rejected = verdicts.some((v) => v.checklistItemId === item.id && !v.ok);
    if (before && !rejected) carry.push({ checklistItemId: item.id, fromId: before.id });
    else ask.push(item.id);
  }
  return { ask, carry };
}

export interface CompletenessItem {
  id: number;
  required: boolean;
}

/** Required checklist items with nothing handed in: the attempt cannot be sent while any remain. */
export function missingRequired(checklist: readonly CompletenessItem[], filledIds: readonly number[]): number[] {
  return checklist.filter((c) => c.required && !filledIds.includes(c.id)).map((c) => c.id);
}

/** «1,5 МБ» / «1.5 MB»: sizes in the summary and the receipt. */
export function formatFileSize(bytes: number, locale: 'ru' | 'en'): string {
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 || value >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(1)));
  return `${locale === 'ru' ? rounded.replace('.', ',') : rounded} ${units[unit]}`;
}
