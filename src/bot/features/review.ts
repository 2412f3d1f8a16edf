// Expert review in chat: /review (the queue, oldest first; opening a work claims it and starts the
// grading conversation), /experts (authors and moderators assign experts), /regrade (moderators).
import { Composer, InlineKeyboard } from 'grammy';
import type { QueueEntry } from '../../services/grading/index.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { GRADING, installGradingConversation } from '../conversations/grading/index.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { registeredPerson } from '../registered.ts';
import { truncate } from '../../domain/text.ts';

const TITLE_IN_BUTTON = 28;

function waitingText(ctx: BotContext, e: QueueEntry): string {
  const { days, hours, minutes } = e.waiting;
  if (days > 0) return ctx.t('review-wait-days', { days, hours });
  if (hours > 0) return ctx.t('review-wait-hours', { hours, minutes });
  return ctx.t('review-wait-minutes', { minutes });
}

const personName = (p: { fullName: string | null; username: string | null; id: number }) =>
  escapeHtml(p.fullName ?? (p.username ? `@${p.username}` : `#${p.id}`));

export function reviewFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { grading, users } = deps.services;
  // First, so a running grading conversation receives this chat's messages and buttons.
  installGradingConversation(feature, { grading, users, timeZone: deps.timeZone, plugins: deps.conversationPlugins });

  const refusal = (ctx: BotContext, error: unknown) => {
    if (error instanceof ServiceError) return ctx.t(error.code, error.vars);
    throw error;
  };

  async function showQueue(ctx: BotContext): Promise<void> {
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!person.roles.includes('expert')) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-expert') })));
    const { entries, total } = await grading.queue(person.id);
    if (!entries.length) return void (await ctx.reply(ctx.t('review-queue-empty')));
    const lines = entries.map((e, n) =>
      ctx.t(e.claimedByMe ? 'review-queue-line-mine' : 'review-queue-line', {
        n: n + 1,
        project: escapeHtml(e.projectTitle),
        position: e.stepPosition,
        step: escapeHtml(e.stepTitle),
        attempt: e.attempt,
        waiting: waitingText(ctx, e),
      }),
    );
    const more = total > entries.length ? `\n${ctx.t('review-queue-more', { count: total - entries.length })}` : '';
    const kb = new InlineKeyboard();
    entries.forEach((e, n) => kb.text(`${n + 1}. ${truncate(e.projectTitle, TITLE_IN_BUTTON)} · ${e.stepPosition}`, `rv:open:${e.submissionId}`).row());
    await ctx.reply(`${ctx.t('review-queue-title', { count: total })}\n\n${lines.join('\n')}${more}\n\n${ctx.t('review-queue-hint')}`, { parse_mode: 'HTML', reply_markup: kb });
  }

  async function open(ctx: BotContext, submissionId: number): Promise<void> {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      await grading.claim(person.id, submissionId);
    } catch (error) {
      return void (await ctx.answerCallbackQuery({ text: refusal(ctx, error), show_alert: true }));
    }
    await ctx.answerCallbackQuery();
    await startConversation(ctx, GRADING, { mode: 'grade', submissionId });
  }

  feature.command('review', showQueue);

  feature.callbackQuery(/^rv:open:(\d{1,9})$/, (ctx) => open(ctx, Number(ctx.match[1])));

  feature.callbackQuery('rv:next', async (ctx) => {
    const person = ctx.person;
    if (!person?.roles.includes('expert')) return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-expert') }), show_alert: true }));
    const next = await grading.nextInQueue(person.id);
    if (next === null) return void (await ctx.answerCallbackQuery({ text: ctx.t('review-queue-empty'), show_alert: true }));
    await open(ctx, next);
  });

  feature.callbackQuery('rv:queue', async (ctx) => {
    await ctx.answerCallbackQuery();
    await showQueue(ctx);
  });

  // ── assignment ───────────────────────────────────────────────────────────

  async function expertsCard(ctx: BotContext, actorId: number, projectId: number) {
    const list = await grading.projectExperts(actorId, projectId);
    const lines = list.experts.map((e, n) => `${n + 1}. ${personName(e)}`);
    const kb = new InlineKeyboard();
    for (const e of list.experts) kb.text(`✖️ ${truncate(e.fullName ?? e.username ?? String(e.id), 30)}`, `rv:unassign:${projectId}:${e.id}`).row();
    const text = [
      ctx.t('review-experts-title', { project: escapeHtml(list.projectTitle), id: String(projectId) }),
      lines.length ? lines.join('\n') : ctx.t('review-experts-none'),
      '',
      ctx.t('review-experts-hint', { id: String(projectId) }),
    ].join('\n');
    return { text, kb };
  }

  feature.command('experts', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const [target, handle] = ctx.match.trim().split(/\s+/).filter(Boolean);
    if (!target) return void (await ctx.reply(ctx.t('review-experts-usage')));
    try {
      const tag = /^(guild|direction):([a-z0-9-]{1,40})$/.exec(target);
      if (tag) {
        if (!handle) return void (await ctx.reply(ctx.t('review-experts-usage')));
        const expert = await users.byHandle(handle);
        if (!expert) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(handle) }), { parse_mode: 'HTML' }));
        const filter = tag[1] === 'guild' ? { guildCode: tag[2]! } : { directionCode: tag[2]! };
        const r = await grading.assignExpertByTag(person.id, expert.id, filter, ctx.effectKey);
        await ctx.reply(ctx.t('review-assigned-tag', { name: personName(expert), tag: escapeHtml(r.tagName), added: r.added, matched: r.matched }), { parse_mode: 'HTML' });
        return;
      }
      if (!/^\d{1,9}$/.test(target)) return void (await ctx.reply(ctx.t('review-experts-usage')));
      const projectId = Number(target);
      if (handle) {
        const expert = await users.byHandle(handle);
        if (!expert) return void (await ctx.reply(ctx.t('roles-user-not-found', { who: escapeHtml(handle) }), { parse_mode: 'HTML' }));
        const r = await grading.assignExpert(person.id, projectId, expert.id, ctx.effectKey);
        await ctx.reply(ctx.t(r.changed ? 'review-assigned' : 'review-already-assigned', { name: personName(expert), project: escapeHtml(r.projectTitle) }), { parse_mode: 'HTML' });
      }
      const { text, kb } = await expertsCard(ctx, person.id, projectId);
      await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb });
    } catch (error) {
      // Refusals carry names as typed: plain text, no markup to break.
      await ctx.reply(refusal(ctx, error));
    }
  });

  feature.callbackQuery(/^rv:unassign:(\d{1,9}):(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const projectId = Number(ctx.match[1]);
    try {
      const { changed } = await grading.unassignExpert(person.id, projectId, Number(ctx.match[2]), ctx.effectKey);
      await ctx.answerCallbackQuery({ text: ctx.t(changed ? 'review-unassigned' : 'stale-button') });
      const { text, kb } = await expertsCard(ctx, person.id, projectId);
      await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: kb }).catch(() => undefined);
    } catch (error) {
      await ctx.answerCallbackQuery({ text: refusal(ctx, error), show_alert: true });
    }
  });

  // ── moderators' corrections ──────────────────────────────────────────────

  feature.command('regrade', async (ctx) => {
    const person = ctx.person;
    if (!person?.roles.includes('moderator')) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    const id = ctx.match.trim().replace(/^№/, '');
    if (!/^\d{1,9}$/.test(id)) return void (await ctx.reply(ctx.t('review-regrade-usage')));
    await startConversation(ctx, GRADING, { mode: 'correct', gradeId: Number(id) });
  });

  // Buttons of a finished review or forged data.
  feature.callbackQuery(/^(rv|gr):/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
