// The analytics filter form (period, guild, direction, municipality): parsed from the query string
// into an AnalyticsFilter, and drawn back with the current choices.
import type { AnalyticsFilter } from '../../services/analytics.ts';
import { idOf, type PageContext } from './context.ts';
import { html, type Html } from './html.ts';

/** The offset of a time zone from UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant.getTime();
}

/** The instant a local calendar day starts in the time zone. */
export function localDayStart(year: number, month: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, month - 1, day);
  return new Date(guess - zoneOffsetMs(new Date(guess), timeZone));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseFilter(query: Record<string, string>, timeZone: string): AnalyticsFilter {
  const day = (value: string | undefined, end: boolean): Date | null => {
    const m = value ? DAY.exec(value) : null;
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    const start = localDayStart(y, mo, d, timeZone);
    return end ? new Date(localDayStart(y, mo, d + 1, timeZone).getTime() - 1) : start;
  };
  return { from: day(query.from, false), to: day(query.to, true), guildId: idOf(query.guild) || null, directionId: idOf(query.direction) || null, municipalityId: idOf(query.municipality) || null };
}

/** The query string of the current filters (for download links and the language switch). */
export function filterQuery(query: Record<string, string>): string {
  const keep = new URLSearchParams();
  for (const key of ['from', 'to', 'guild', 'direction', 'municipality', 'status', 'project', 'q', 'role', 'action', 'entity', 'entityId', 'actor', 'page']) {
    if (query[key]) keep.set(key, query[key]);
  }
  const text = keep.toString();
  return text ? `?${text}` : '';
}

export async function filterForm(ctx: PageContext, options: { municipality?: boolean; tags?: boolean } = {}): Promise<Html> {
  const { guilds, directions } = await ctx.deps.services.catalogue.reference();
  const municipalities = await ctx.deps.services.directory.municipalities();
  const name = (r: { nameRu: string; nameEn: string }) => (ctx.locale === 'en' ? r.nameEn : r.nameRu);
  const q = ctx.query;
  const select = (field: string, label: string, items: { id: number; label: string }[]) =>
    html`<label>${label}<select name="${field}"><option value="">${ctx.t('web-filter-all')}</option>${items.map(
      (i) => html`<option value="${i.id}" ${String(i.id) === q[field] ? html`selected` : ''}>${i.label}</option>`,
    )}</select></label>`;
  return html`<form method="get" class="filters">
  <label>${ctx.t('web-filter-from')}<input type="date" name="from" value="${q.from ?? ''}"></label>
  <label>${ctx.t('web-filter-to')}<input type="date" name="to" value="${q.to ?? ''}"></label>
  ${options.tags === false ? '' : select('guild', ctx.t('web-filter-guild'), guilds.map((g) => ({ id: g.id, label: name(g) })))}
  ${options.tags === false ? '' : select('direction', ctx.t('web-filter-direction'), directions.map((d) => ({ id: d.id, label: name(d) })))}
  ${options.municipality === false ? '' : select('municipality', ctx.t('web-filter-municipality'), municipalities.map((m) => ({ id: m.id, label: m.name })))}
  <button type="submit">${ctx.t('web-filter-apply')}</button>
</form>`;
}
