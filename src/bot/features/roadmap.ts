// /roadmap for everyone registered: the current revision of the year's plan with each row's progress,
// paged in place by buttons that carry the revision and the page (`rm:<revisionId>:<page>`), so an
// old message still shows the revision it was made from and a forged page changes nothing.
import { Composer, InlineKeyboard } from 'grammy';
import { formatDay, type Locale } from '../../domain/dates.ts';
import { pageBounds, progressBar } from '../../domain/roadmap.ts';
import type { RoadmapService, RoadmapView } from '../../services/roadmap.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';
import { truncate } from '../../domain/text.ts';

/** Rows per message: four long rows stay well inside Telegram's 4096 characters. */
export const ROADMAP_PAGE = 4;

interface Screen {
  text: string;
  keyboard: InlineKeyboard;
}

function render(ctx: BotContext, view: RoadmapView, page: number, currentId: number, locale: Locale, timeZone: string): Screen | null {
  const bounds = pageBounds(view.rows.length, page, ROADMAP_PAGE);
  if (!bounds) return null;
  const r = view.revision;
  const head = [
    ctx.t('roadmap-chat-title', { year: String(r.year), number: r.number, quarter: r.quarter, date: formatDay(r.createdAt, locale, timeZone, true), page: page + 1, pages: bounds.pages }),
  ];
  if (r.id !== currentId) head.push(ctx.t('roadmap-chat-old'));
  if (!view.rows.length) head.push('', ctx.t('roadmap-chat-empty'));
  let direction: number | null | undefined;
  for (const row of view.rows.slice(bounds.from, bounds.to)) {
    const dir = row.direction?.id ?? null;
    if (dir !== direction) {
      direction = dir;
      head.push('', `<b>— ${escapeHtml(row.direction ? (locale === 'en' ? row.direction.nameEn : row.direction.nameRu) : ctx.t('roadmap-no-direction'))} —</b>`);
    }
    const progress =
      row.progress === null
        ? ctx.t('roadmap-chat-no-projects')
        : ctx.t('roadmap-chat-progress', { bar: progressBar(row.progress), percent: Math.round(row.progress * 100), projects: row.projects.filter((p) => p.status !== 'draft').length });
    head.push(
      '',
      ctx.t('roadmap-chat-row', {
        number: row.number,
        event: escapeHtml(truncate(row.event, 300)),
        deadline: escapeHtml(row.deadline),
        responsible: escapeHtml(truncate(row.responsible, 120)),
        result: escapeHtml(truncate(row.resultForm || '—', 200)),
      }),
      row.overdue ? `${ctx.t('roadmap-chat-overdue')} · ${progress}` : progress,
    );
  }
  const kb = new InlineKeyboard();
  if (page > 0) kb.text(ctx.t('roadmap-btn-prev'), `rm:${r.id}:${page - 1}`);
  if (page + 1 < bounds.pages) kb.text(ctx.t('roadmap-btn-next'), `rm:${r.id}:${page + 1}`);
  if (r.id !== currentId) kb.row().text(ctx.t('roadmap-btn-current'), `rm:${currentId}:0`);
  return { text: head.join('\n'), keyboard: kb };
}

async function screen(ctx: BotContext, roadmap: RoadmapService, revisionId: number, page: number, timeZone: string): Promise<Screen | null> {
  const [view, currentId] = await Promise.all([roadmap.view(revisionId), roadmap.currentRevisionId()]);
  if (!view || currentId === null) return null;
  const locale: Locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
  return render(ctx, view, page, currentId, locale, timeZone);
}

export function roadmapFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { roadmap } = deps.services;

  feature.command('roadmap', async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    const currentId = await roadmap.currentRevisionId();
    const shown = currentId === null ? null : await screen(ctx, roadmap, currentId, 0, deps.timeZone);
    if (!shown) return void (await ctx.reply(ctx.t('roadmap-chat-none')));
    await ctx.reply(shown.text, { parse_mode: 'HTML', reply_markup: shown.keyboard, link_preview_options: { is_disabled: true } });
  });

  feature.callbackQuery(/^rm:/, async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    const m = /^rm:(\d{1,9}):(\d{1,4})$/.exec(ctx.callbackQuery.data);
    const shown = m ? await screen(ctx, roadmap, Number(m[1]), Number(m[2]), deps.timeZone) : null;
    // A revision that is gone or a page past the end (the plan got shorter, or the data was forged).
    if (!shown) return void (await ctx.answerCallbackQuery({ text: ctx.t('roadmap-chat-stale'), show_alert: true }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(shown.text, { parse_mode: 'HTML', reply_markup: shown.keyboard, link_preview_options: { is_disabled: true } }).catch(() => undefined);
  });

  return feature;
}
