// One table, three forms: HTML on the page, CSV and XLSX downloads (exceljs, with typed number,
// percent and date cells), so every table a page shows can be taken away as it is.
import ExcelJS from 'exceljs';
import { localDateOf } from '../../domain/local-days.ts';
import { zoneOffsetMs } from './filters.ts';
import { html, type Html } from './html.ts';

export type ColumnType = 'text' | 'number' | 'decimal' | 'percent' | 'date' | 'datetime';
export type Cell = string | number | Date | null;

export interface Column {
  label: string;
  type: ColumnType;
  /** A percent column drawn as a bar on the page as well (HTML only). */
  bar?: boolean;
}

/** A group heading (e.g. a roadmap direction) printed across the table before row `before`. */
export interface TableHeading {
  before: number;
  text: string;
}

export interface DataTable {
  /** Stable id for the download link (?table=<id>). */
  id: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Optional link per row for the first column (HTML only). */
  links?: (string | null)[];
  /** Group headings between rows: a row of their own in HTML, CSV and XLSX (merged, bold). */
  headings?: TableHeading[];
  /** A class per row for the page (e.g. overdue), HTML only. */
  rowClasses?: (string | null)[];
  /** A line above the column headers in the XLSX sheet (as the plans print their title). */
  caption?: string;
}

const headingsBefore = (table: DataTable, i: number) => (table.headings ?? []).filter((h) => h.before === i);

export interface CellFormat {
  locale: string;
  timeZone: string;
}

export function formatCell(value: Cell, type: ColumnType, f: CellFormat): string {
  if (value === null || value === '') return '—';
  if (value instanceof Date) {
    const time = type === 'datetime' ? ({ hour: '2-digit', minute: '2-digit' } as const) : {};
    return new Intl.DateTimeFormat(f.locale === 'en' ? 'en-GB' : 'ru-RU', { timeZone: f.timeZone, day: 'numeric', month: 'short', year: 'numeric', ...time }).format(value);
  }
  if (typeof value === 'number') {
    if (type === 'percent') return new Intl.NumberFormat(f.locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    if (type === 'decimal') return new Intl.NumberFormat(f.locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
    return new Intl.NumberFormat(f.locale).format(value);
  }
  return value;
}

export function renderTable(table: DataTable, f: CellFormat, downloadBase: string | null, labels: { csv: string; xlsx: string; empty: string }): Html {
  const sep = downloadBase?.includes('?') ? '&' : '?';
  return html`<section class="table-block" id="t-${table.id}">
  <div class="table-head"><h2>${table.title}</h2>${
    downloadBase
      ? html`<span class="downloads"><a href="${`${downloadBase}${sep}table=${table.id}&format=csv`}" download>${labels.csv}</a> <a href="${`${downloadBase}${sep}table=${table.id}&format=xlsx`}" download data-kind="xlsx">${labels.xlsx}</a></span>`
      : ''
  }</div>
  <div class="scroll"><table>
    <thead><tr>${table.columns.map((c) => html`<th class="${c.type === 'text' ? '' : 'num'}">${c.label}</th>`)}</tr></thead>
    <tbody>${
      table.rows.length
        ? table.rows.map(
            (row, i) =>
              html`${headingsBefore(table, i).map((h) => html`<tr class="group"><th colspan="${table.columns.length}" scope="colgroup">${h.text}</th></tr>`)}${table.rowClasses?.[i] ? html`<tr class="${table.rowClasses[i]}">` : html`<tr>`}${row.map((cell, j) => {
                const col = table.columns[j]!;
                const text = formatCell(cell, col.type, f);
                const link = j === 0 ? table.links?.[i] : null;
                const bar = col.bar && typeof cell === 'number' ? html`<progress max="100" value="${Math.round(cell * 100)}">${text}</progress> ` : '';
                return html`<td class="${col.type === 'text' ? '' : 'num'}">${bar}${link ? html`<a href="${link}">${text}</a>` : text}</td>`;
              })}</tr>`,
          )
        : html`<tr><td colspan="${table.columns.length}" class="empty">${labels.empty}</td></tr>`
    }</tbody>
  </table></div>
</section>`;
}

// A cell starting with one of these would be read as a formula by a spreadsheet (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: Cell, type: ColumnType): string {
  if (value === null) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'number') text = type === 'percent' ? (value * 100).toFixed(1) : String(value);
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so Excel reads Cyrillic right; percent columns as 0–100. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvField(c.type === 'percent' ? `${c.label}, %` : c.label, 'text')).join(',')];
  table.rows.forEach((row, r) => {
    // A heading goes in the second column, where the plans write their directions.
    for (const h of headingsBefore(table, r)) lines.push(table.columns.map((_c, i) => (i === Math.min(1, table.columns.length - 1) ? csvField(h.text, 'text') : '')).join(','));
    lines.push(row.map((cell, i) => csvField(cell, table.columns[i]!.type)).join(','));
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NUM_FORMATS: Record<ColumnType, string | undefined> = { text: undefined, number: undefined, decimal: '0.0', percent: '0%', date: 'dd.mm.yyyy', datetime: 'dd.mm.yyyy hh:mm' };

/** Dates become the region's calendar day or wall-clock time (a spreadsheet date has no time zone). */
export async function toXlsx(table: DataTable, timeZone: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'KoDO';
  const sheet = book.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'data');
  sheet.columns = table.columns.map((c) => ({ width: c.type === 'text' ? 36 : 14, style: NUM_FORMATS[c.type] ? { numFmt: NUM_FORMATS[c.type] } : {} }));
  const wide = (values: Cell[]) => {
    const added = sheet.addRow(values);
    if (table.columns.length > 1) sheet.mergeCells(added.number, 1, added.number, table.columns.length);
    added.font = { bold: true };
    return added;
  };
  if (table.caption) wide([table.caption]);
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const [r, row] of table.rows.entries()) {
    for (const h of headingsBefore(table, r)) wide([h.text]).alignment = { wrapText: true };
    // Strings stay strings: exceljs writes them as text, never as formulas.
    sheet.addRow(
      row.map((cell, i) => {
        if (!(cell instanceof Date)) return cell;
        if (table.columns[i]!.type === 'datetime') return new Date(cell.getTime() + zoneOffsetMs(cell, timeZone));
        const d = localDateOf(cell, timeZone);
        return new Date(Date.UTC(d.year, d.month - 1, d.day));
      }),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
