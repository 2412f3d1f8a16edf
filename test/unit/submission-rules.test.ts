// The rules of what a participant may hand in: file types and sizes, links, text, attempts.
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  checkItem,
  checkLink,
  checkText,
  FILE_SIZE_MAX,
  formatFileSize,
  itemAccepts,
  LINK_MAX,
  looksLikeLink,
  missingRequired,
  planAttempt,
  progressOf,
  TEXT_ITEM_MAX,
  type Offer,
} from '../../src/domain/submission-rules.ts';

const doc = (fileName: string | null, mimeType: string | null, fileSize: number | null = 1000): Offer => ({
  type: 'document',
  fileId: 'f1',
  fileUniqueId: 'u1',
  fileName,
  mimeType,
  fileSize,
});
const photo = (fileSize: number | null = 50_000): Offer => ({ type: 'photo', fileId: 'p1', fileUniqueId: 'pu1', fileSize });
const text = (value: string): Offer => ({ type: 'text', text: value });

describe('documents', () => {
  it('accepts office documents, archives and images by extension and MIME type', () => {
    for (const [name, mime] of [
      ['plan.pdf', 'application/pdf'],
      ['plan.DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['old.doc', 'application/msword'],
      ['slides.ppt', 'application/vnd.ms-powerpoint'],
      ['slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['table.xls', 'application/vnd.ms-excel'],
      ['table.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['text.odt', 'application/vnd.oasis.opendocument.text'],
      ['calc.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      ['show.odp', 'application/vnd.oasis.opendocument.presentation'],
      ['all.zip', 'application/zip'],
      ['all.zip', 'application/x-zip-compressed'],
      ['scan.jpg', 'image/jpeg'],
      ['scan.png', 'image/png'],
      ['scan.heic', 'image/heic'],
    ] as const) {
      expect(checkDocument({ fileName: name, mimeType: mime, fileSize: 1000 }), name).toEqual({ ok: true });
    }
  });

  it('lets the extension decide when the client sends a generic type, and the MIME type when there is no extension', () => {
    expect(checkDocument({ fileName: 'plan.docx', mimeType: 'application/octet-stream' })).toEqual({ ok: true });
    expect(checkDocument({ fileName: 'plan.pdf', mimeType: null })).toEqual({ ok: true });
    expect(checkDocument({ fileName: 'scan', mimeType: 'image/webp' })).toEqual({ ok: true });
    expect(checkDocument({ fileName: null, mimeType: 'application/pdf' })).toEqual({ ok: true });
    expect(checkDocument({ fileName: 'noext', mimeType: 'application/octet-stream' })).toEqual({ ok: false, reason: 'file-type' });
  });

  it('refuses other types, contradictions and script-capable images', () => {
    expect(checkDocument({ fileName: 'setup.exe', mimeType: 'application/x-msdownload' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: 'report.exe', mimeType: 'application/pdf' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: 'plan.pdf', mimeType: 'application/x-msdownload' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: 'logo.svg', mimeType: 'image/svg+xml' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: null, mimeType: 'image/svg+xml' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: 'notes.txt', mimeType: 'text/plain' })).toEqual({ ok: false, reason: 'file-type' });
    expect(checkDocument({ fileName: 'archive.rar', mimeType: 'application/vnd.rar' })).toEqual({ ok: false, reason: 'file-type' });
  });

  it('refuses files over the 20 MB download limit, after the type', () => {
    expect(checkDocument({ fileName: 'big.pdf', mimeType: 'application/pdf', fileSize: FILE_SIZE_MAX })).toEqual({ ok: true });
    expect(checkDocument({ fileName: 'big.pdf', mimeType: 'application/pdf', fileSize: FILE_SIZE_MAX + 1 })).toEqual({ ok: false, reason: 'file-too-big' });
    expect(checkDocument({ fileName: 'big.exe', mimeType: 'application/x-msdownload', fileSize: FILE_SIZE_MAX + 1 })).toEqual({ ok: false, reason: 'file-type' });
  });
});

describe('links', () => {
  it('accepts http and https links to a named host, normalised', () => {
    expect(checkLink('https://disk.yandex.ru/d/abc123')).toEqual({ ok: true, value: 'https://disk.yandex.ru/d/abc123' });
    expect(checkLink('  HTTP://School.example/plan?x=1#top ')).toEqual({ ok: true, value: 'http://school.example/plan?x=1#top' });
    expect(checkLink('docs.example.org/lesson')).toEqual({ ok: true, value: 'https://docs.example.org/lesson' });
    expect(checkLink('www.example.ru:8080/x')).toEqual({ ok: true, value: 'https://www.example.ru:8080/x' });
    expect(checkLink('https://пример.рф/план')).toMatchObject({ ok: true, value: expect.stringMatching(/^https:\/\/xn--e1afmkfd\.xn--p1ai\//) });
    expect(checkLink('\u200bhttps://example.com/a\u200b')).toEqual({ ok: true, value: 'https://example.com/a' });
  });

  it('refuses other schemes, whatever their case', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'ftp://example.com/a', 'vbscript:msgbox', 'tg://resolve?domain=x']) {
      expect(checkLink(bad), bad).toEqual({ ok: false, reason: 'link-scheme' });
    }
  });

  it('refuses credentials, missing or malformed hosts, spaces and overlong links', () => {
    expect(checkLink('https://user:secret@example.com/x')).toEqual({ ok: false, reason: 'link-credentials' });
    expect(checkLink('https://user@example.com/x')).toEqual({ ok: false, reason: 'link-credentials' });
    expect(checkLink('http://')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink('https://localhost/x')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink('https://-bad-.com')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink('https://exa mple.com')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink('просто текст')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink('')).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkLink(`https://example.com/${'a'.repeat(LINK_MAX)}`)).toEqual({ ok: false, reason: 'link-too-long' });
  });

  it('tells link-like text from prose', () => {
    expect(looksLikeLink('https://example.com')).toBe(true);
    expect(looksLikeLink('www.example.com')).toBe(true);
    expect(looksLikeLink('javascript:alert(1)')).toBe(true);
    expect(looksLikeLink('Ответ: план готов')).toBe(false);
    expect(looksLikeLink('example.com')).toBe(false);
    expect(looksLikeLink('note:done')).toBe(false);
  });
});

describe('text', () => {
  it('trims, keeps line breaks and limits the length', () => {
    expect(checkText('  Первый абзац.\nВторой.  ')).toEqual({ ok: true, value: 'Первый абзац.\nВторой.' });
    expect(checkText(' \u200b ')).toEqual({ ok: false, reason: 'text-empty' });
    expect(checkText('я'.repeat(TEXT_ITEM_MAX))).toMatchObject({ ok: true });
    expect(checkText('я'.repeat(TEXT_ITEM_MAX + 1))).toEqual({ ok: false, reason: 'text-too-long' });
  });
});

describe('what a checklist item accepts', () => {
  it('any: documents, photos, links and text', () => {
    expect(checkItem('any', doc('plan.pdf', 'application/pdf'))).toMatchObject({ ok: true, content: { kind: 'document', fileName: 'plan.pdf' } });
    expect(checkItem('any', photo())).toMatchObject({ ok: true, content: { kind: 'photo', fileId: 'p1' } });
    expect(checkItem('any', text('https://example.com/a'))).toEqual({ ok: true, content: { kind: 'link', url: 'https://example.com/a' } });
    expect(checkItem('any', text('Провела занятие онлайн'))).toEqual({ ok: true, content: { kind: 'text', text: 'Провела занятие онлайн' } });
    expect(checkItem('any', text('javascript:alert(1)'))).toEqual({ ok: false, reason: 'link-scheme' });
  });

  it('file: documents and photos, and links for files too big for Telegram, but not prose', () => {
    expect(checkItem('file', doc('plan.pdf', 'application/pdf'))).toMatchObject({ ok: true });
    expect(checkItem('file', photo())).toMatchObject({ ok: true });
    expect(checkItem('file', text('https://disk.example.ru/big.zip'))).toMatchObject({ ok: true, content: { kind: 'link' } });
    expect(checkItem('file', text('файл пришлю позже'))).toEqual({ ok: false, reason: 'wants-file' });
    expect(checkItem('file', doc('big.pdf', 'application/pdf', FILE_SIZE_MAX + 1))).toEqual({ ok: false, reason: 'file-too-big' });
    expect(checkItem('file', photo(FILE_SIZE_MAX + 1))).toEqual({ ok: false, reason: 'file-too-big' });
    expect(checkItem('file', doc('virus.exe', 'application/x-msdownload'))).toEqual({ ok: false, reason: 'file-type' });
  });

  it('photo: a photo, a picture sent as a file, or a cloud link; not a document', () => {
    expect(checkItem('photo', photo())).toMatchObject({ ok: true, content: { kind: 'photo' } });
    expect(checkItem('photo', doc('board.jpg', 'image/jpeg'))).toMatchObject({ ok: true, content: { kind: 'document', fileName: 'board.jpg' } });
    expect(checkItem('photo', doc('plan.pdf', 'application/pdf'))).toEqual({ ok: false, reason: 'wants-photo' });
    expect(checkItem('photo', text('https://disk.example.ru/board.jpg'))).toMatchObject({ ok: true, content: { kind: 'link' } });
    expect(checkItem('photo', text('фото потом'))).toEqual({ ok: false, reason: 'wants-photo' });
  });

  it('document: a document or a cloud link; not a photo', () => {
    expect(checkItem('document', doc('plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))).toMatchObject({ ok: true, content: { kind: 'document' } });
    expect(checkItem('document', photo())).toEqual({ ok: false, reason: 'wants-document' });
    expect(checkItem('document', text('https://disk.example.ru/plan.docx'))).toMatchObject({ ok: true, content: { kind: 'link' } });
    expect(checkItem('document', text('план пришлю'))).toEqual({ ok: false, reason: 'wants-document' });
  });

  it('link: only a valid link', () => {
    expect(checkItem('link', text('example.org/x'))).toEqual({ ok: true, content: { kind: 'link', url: 'https://example.org/x' } });
    expect(checkItem('link', text('не ссылка'))).toEqual({ ok: false, reason: 'link-invalid' });
    expect(checkItem('link', doc('plan.pdf', 'application/pdf'))).toEqual({ ok: false, reason: 'wants-link' });
    expect(checkItem('link', photo())).toEqual({ ok: false, reason: 'wants-link' });
  });

  it('text: text only, a link typed there stays text', () => {
    expect(checkItem('text', text('https://example.com'))).toEqual({ ok: true, content: { kind: 'text', text: 'https://example.com' } });
    expect(checkItem('text', doc('plan.pdf', 'application/pdf'))).toEqual({ ok: false, reason: 'wants-text' });
    expect(checkItem('text', text('я'.repeat(TEXT_ITEM_MAX + 1)))).toEqual({ ok: false, reason: 'text-too-long' });
  });

  it('reads unknown settings as "any"', () => {
    expect(itemAccepts('file')).toBe('file');
    expect(itemAccepts('files')).toBe('any');
  });
});

describe('attempts', () => {
  const checklist = [{ id: 10 }, { id: 11 }, { id: 12 }, { id: 13 }];

  it('shows progress among the items this attempt asks for', () => {
    expect(progressOf([10, 11, 12, 13], 11)).toEqual({ current: 2, total: 4 });
    expect(progressOf([11, 13], 13)).toEqual({ current: 2, total: 2 });
  });

  it('asks for everything on the first attempt', () => {
    expect(planAttempt(checklist, null, null)).toEqual({ ask: [10, 11, 12, 13], carry: [] });
  });

  it('after a return asks only for rejected or missing items and carries over the rest', () => {
    const previous = [
      { id: 100, checklistItemId: 10 },
      { id: 101, checklistItemId: 11 },
      { id: 102, checklistItemId: 12 },
    ];
    const verdicts = [
      { checklistItemId: 10, ok: true },
      { checklistItemId: 11, ok: false },
      { checklistItemId: 12, ok: true },
    ];
    expect(planAttempt(checklist, previous, verdicts)).toEqual({
      ask: [11, 13],
      carry: [
        { checklistItemId: 10, fromId: 100 },
        { checklistItemId: 12, fromId: 102 },
      ],
    });
  });

  it('carries everything when the expert rejected no single item, and nothing without a grade', () => {
    const previous = checklist.map((c) => ({ id: c.id * 10, checklistItemId: c.id }));
    expect(planAttempt(checklist, previous, [])).toEqual({ ask: [], carry: previous.map((p) => ({ checklistItemId: p.checklistItemId, fromId: p.id })) });
    expect(planAttempt(checklist, previous, null).carry).toEqual([]);
  });

  it('lists required items with nothing handed in', () => {
    const items = [
      { id: 1, required: true },
      { id: 2, required: false },
      { id: 3, required: true },
    ];
    expect(missingRequired(items, [1])).toEqual([3]);
    expect(missingRequired(items, [1, 3])).toEqual([]);
  });

  it('writes file sizes for people', () => {
    expect(formatFileSize(512, 'ru')).toBe('512 Б');
    expect(formatFileSize(1536, 'ru')).toBe('1,5 КБ');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(4096, 'ru')).toBe('4 КБ');
    expect(formatFileSize(25 * 1024 * 1024, 'ru')).toBe('25 МБ');
  });
});
