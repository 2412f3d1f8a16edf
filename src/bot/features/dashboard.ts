// The author's dashboard in chat: `/dashboard` lists the projects I manage; `dash:<projectId>` shows
// enrolled, handed in, waiting and accepted per step with the slowest step flagged, and a reminder
// to everyone who owes the current step (confirmed first; once a day per project).
import { Composer, GrammyError, InlineKeyboard, type CallbackQueryContext } from 'grammy';
import { formatRange, type Locale } from '../../domain/dates.ts';
import type { DashboardView, ManagedProjectLine } from '../../services/project-dashboard.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';
import { truncate } from '../../domain/text.ts';

const TITLE_IN_BUTTON = 30;
const TITLE_MAX = 120;
const MESSAGE_MAX = 4096;

export function dashboardText(ctx: BotContext, view: DashboardView, locale: Locale, timeZone: string): string {
  const lines = [
    ctx.t('dash-title', { project: escapeHtml(truncate(view.title, TITLE_MAX)), id: String(view.projectId) }),
    ctx.t('dash-summary', {
      status: ctx.t(`dash-status-${view.status}`),
      dates: formatRange(view.startsOn, view.endsOn, locale, timeZone),
      enrolled: view.enrolled,
      completed: view.completed,
    }),
  ];
  if (!view.steps.length) lines.push('', ctx.t('dash-no-steps'));
  for (const s of view.steps) {
    lines.push(
      '',
      ctx.t('dash-step', { position: s.position, title: escapeHtml(truncate(s.title, TITLE_MAX)), dates: formatRange(s.startsOn, s.endsOn, locale, timeZone) }) +
        (s.stepId === view.slowestStepId ? ` ${ctx.t('dash-slowest')}` : ''),
      ctx.t('dash-step-counts', { enrolled: s.enrolled, handedIn: s.handedIn, waiting: s.waiting, accepted: s.accepted, returned: s.returned }),
    );
  }
  lines.push('');
  if (view.current) {
    lines.push(ctx.t('dash-current', { position: view.current.position, title: escapeHtml(truncate(view.current.title, TITLE_MAX)), owing: view.current.owing }));
    if (view.remindedToday) lines.push(ctx.t('dash-reminded-today'));
  } else lines.push(ctx.t('dash-no-current'));
  if (view.slowestStepId !== null) lines.push(ctx.t('dash-slowest-hint'));
  const text = lines.join('\n');
  return text.length <= MESSAGE_MAX ? text : `${text.slice(0, MESSAGE_MAX - 1)}…`;
}

export function dashboardFeature(deps: FeatureDeps): Composer<BotContext> {
  const { dashboard } = deps.services;
  const feature = new Composer<BotContext>();
  const localeOf = async (ctx: BotContext): Promise<Locale> => ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru');

  async function show(ctx: BotContext, text: string, keyboard: InlineKeyboard, inPlace: boolean): Promise<void> {
    const options = { parse_mode: 'HTML' as const, reply_markup: keyboard, link_preview_options: { is_disabled: true } };
    if (inPlace) {
      try {
        await ctx.editMessageText(text, options);
        return;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (error.description.includes('message is not modified')) return;
      }
    }
    await ctx.reply(text, options);
  }

  const listScreen = (ctx: BotContext, projects: ManagedProjectLine[], locale: Locale) => {
    const kb = new InlineKeyboard();
    const lines = [ctx.t('dash-list-title'), ''];
    projects.forEach((p, i) => {
      lines.push(ctx.t('dash-list-line', { n: i + 1, title: escapeHtml(truncate(p.title, TITLE_MAX)), status: ctx.t(`dash-status-${p.status}`), dates: formatRange(p.startsOn, p.endsOn, locale, deps.timeZone), enrolled: p.enrolled }));
      kb.text(`📊 ${i + 1}. ${truncate(p.title, TITLE_IN_BUTTON)}`, `dash:v:${p.id}`).text('👥', `team:v:${p.id}`).row();
    });
    return { text: lines.join('\n'), keyboard: kb };
  };

  async function renderDashboard(ctx: BotContext, projectId: number, inPlace: boolean): Promise<void> {
    const view = await dashboard.view(ctx.person!.id, projectId);
    const kb = new InlineKeyboard();
    if (view.current && view.current.owing > 0 && !view.remindedToday && (view.status === 'published' || view.status === 'running')) {
      kb.text(ctx.t('dash-btn-remind', { count: view.current.owing }), `dash:rq:${projectId}:${view.current.stepId}`).row();
    }
    kb.text(ctx.t('dash-btn-team'), `team:v:${projectId}`).text(ctx.t('dash-btn-refresh'), `dash:v:${projectId}`).row();
    kb.text(ctx.t('dash-btn-list'), 'dash:list');
    await show(ctx, dashboardText(ctx, view, await localeOf(ctx), deps.timeZone), kb, inPlace);
  }

  feature.command('dashboard', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const projects = await dashboard.managedProjects(person.id);
    if (!projects.length) return void (await ctx.reply(ctx.t('dash-list-empty')));
    const { text, keyboard } = listScreen(ctx, projects, await localeOf(ctx));
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
  });

  const press = (handler: (ctx: CallbackQueryContext<BotContext>) => Promise<void>) => async (ctx: CallbackQueryContext<BotContext>) => {
    if (!(await registeredPerson(ctx))) return;
    try {
      await handler(ctx);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars), show_alert: true });
    }
  };

  feature.callbackQuery('dash:list', press(async (ctx) => {
    const projects = await dashboard.managedProjects(ctx.person!.id);
    await ctx.answerCallbackQuery();
    if (!projects.length) return void (await ctx.reply(ctx.t('dash-list-empty')));
    const { text, keyboard } = listScreen(ctx, projects, await localeOf(ctx));
    await show(ctx, text, keyboard, true);
  }));

  // `dash:<id>` comes from other screens (/myprojects): a new message; `dash:v:<id>` edits in place.
  feature.callbackQuery(/^dash:(v:)?(\d{1,9})$/, press(async (ctx) => {
    await renderDashboard(ctx, Number(ctx.match[2]), Boolean(ctx.match[1]));
    await ctx.answerCallbackQuery();
  }));

  // Reminder: first the question (who and how many), then the sending. The step travels in the
  // button, so a confirmation pressed after the current step changed sends nothing.
  feature.callbackQuery(/^dash:rq:(\d{1,9}):(\d{1,9})$/, press(async (ctx) => {
    const projectId = Number(ctx.match[1]);
    const view = await dashboard.view(ctx.person!.id, projectId);
    if (!view.current || view.current.stepId !== Number(ctx.match[2])) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button'), show_alert: true }));
    const kb = new InlineKeyboard().text(ctx.t('dash-btn-remind-yes'), `dash:rs:${projectId}:${view.current.stepId}`).text(ctx.t('dash-btn-back'), `dash:v:${projectId}`);
    await ctx.answerCallbackQuery();
    await show(ctx, ctx.t('dash-remind-confirm', { count: view.current.owing, position: view.current.position, title: escapeHtml(truncate(view.current.title, TITLE_MAX)), project: escapeHtml(truncate(view.title, TITLE_MAX)) }), kb, true);
  }));

  feature.callbackQuery(/^dash:rs:(\d{1,9}):(\d{1,9})$/, press(async (ctx) => {
    const projectId = Number(ctx.match[1]);
    const outcome = await dashboard.remind(ctx.person!.id, projectId, Number(ctx.match[2]));
    const text =
      outcome.kind === 'sent' ? ctx.t('dash-reminded', { count: outcome.count })
      : outcome.kind === 'already-today' ? ctx.t('dash-remind-already-today')
      : outcome.kind === 'nobody' ? ctx.t('dash-remind-nobody')
      : ctx.t('stale-button');
    await ctx.answerCallbackQuery({ text, show_alert: outcome.kind !== 'sent' });
    await renderDashboard(ctx, projectId, true);
  }));

  feature.callbackQuery(/^dash:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
