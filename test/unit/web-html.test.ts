// The admin view's template helper escapes every value, and tables export safely to CSV and XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { html, trustedHtml } from '../../src/web/admin/html.ts';
import { toCsv, toXlsx, type DataTable } from '../../src/web/admin/table.ts';
import { localDayStart, parseFilter } from '../../src/web/admin/filters.ts';

describe('html template helper', () => {
  it('escapes interpolated text, attributes and arrays, and keeps markup it built itself', () => {
    const name = `<script>alert("x")</script>' onmouseover='`;
    const out = html`<p title="${name}">${name}</p>${[html`<b>${'a&b'}</b>`, '<i>']}${trustedHtml('<hr>')}`.value;
    expect(out).toBe(`<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;</p><b>a&amp;b</b>&lt;i&gt;<hr>`);
  });

  it('drops bidi override characters and prints nothing for null, undefined and false', () => {
    expect(html`${'a\u202Eb'}${null}${undefined}${false}${0}`.value).toBe('ab0');
  });
});

describe('table exports', () => {
  const table: DataTable = {
    id: 't',
    title: 'Проекты',
    columns: [
      { label: 'Проект', type: 'text' },
      { label: 'Сдали', type: 'number' },
      { label: 'Доля', type: 'percent' },
      { label: 'Начало', type: 'date' },
    ],
    rows: [
      ['=HYPERLINK("http://evil")', 3, 0.5, new Date('2026-11-30T20:00:00Z')],
      ['Обучаем, "дистант"', 0, null, null],
    ],
  };

  it('writes CSV with a byte-order mark, quoted fields and formula-looking text defused', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Проект,Сдали,"Доля, %",Начало');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")",3,50.0,2026-11-30T20:00:00.000Z`);
    expect(lines[2]).toBe('"Обучаем, ""дистант""",0,,');
  });

  it('writes XLSX with numbers as numbers, dates as the region’s calendar day and text never as a formula', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table, 'Asia/Krasnoyarsk')) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Проект', 'Сдали', 'Доля', 'Начало']);
    expect(sheet.getCell('A2').value).toBe('=HYPERLINK("http://evil")');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(3);
    expect(sheet.getCell('C2').numFmt).toBe('0%');
    // 20:00 UTC on 30 November is 1 December in Krasnoyarsk.
    expect(sheet.getCell('D2').value).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(sheet.getCell('D2').numFmt).toBe('dd.mm.yyyy');
  });
});

describe('filters', () => {
  it('turns typed days into the region’s day bounds and ignores malformed values', () => {
    expect(localDayStart(2026, 11, 1, 'Asia/Krasnoyarsk').toISOString()).toBe('2026-10-31T17:00:00.000Z');
    const f = parseFilter({ from: '2026-11-01', to: '2026-11-30', guild: '3', direction: 'x', municipality: '' }, 'Asia/Krasnoyarsk');
    expect(f.from?.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(f.to?.toISOString()).toBe('2026-11-30T16:59:59.999Z');
    expect(f).toMatchObject({ guildId: 3, directionId: null, municipalityId: null });
    expect(parseFilter({ from: '2026-13-01' }, 'UTC').from).toBeNull();
  });
});
