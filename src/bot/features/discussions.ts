// /discuss: the person's projects that have a discussion topic, with its invite link; an author (or a
// moderator) opens the topic (`disc:o:<id>`) and switches the posting of step deadlines there (`disc:n:<id>:<0|1>`).
import { Composer, InlineKeyboard } from 'grammy';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';

export function discussionsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { discussions } = deps.services;
  const priv = feature.chatType('private');

  async function screen(ctx: BotContext): Promise<{ text: string; keyboard: InlineKeyboard }> {
    const list = await discussions.list(ctx.person!);
    const keyboard = new InlineKeyboard();
    const lines = [ctx.t('discussion-title')];
    if (!list.length) lines.push(ctx.t('discussion-empty'));
    for (const d of list.slice(0, 20)) {
      const title = escapeHtml(d.title);
      lines.push(d.invite ? ctx.t('discussion-line-link', { title, link: escapeHtml(d.invite) }) : ctx.t('discussion-line-none', { title }));
      if (d.manage && !d.invite) keyboard.text(ctx.t('discussion-btn-open', { title: d.title.slice(0, 30) }), `disc:o:${d.projectId}`).row();
      if (d.manage && d.invite) keyboard.text(ctx.t(d.posts ? 'discussion-btn-posts-off' : 'discussion-btn-posts-on', { title: d.title.slice(0, 24) }), `disc:n:${d.projectId}:${d.posts ? 0 : 1}`).row();
    }
    return { text: lines.join('\n').slice(0, 4096), keyboard };
  }

  const show = async (ctx: BotContext, edit: boolean) => {
    const { text, keyboard } = await screen(ctx);
    const options = { parse_mode: 'HTML' as const, reply_markup: keyboard, link_preview_options: { is_disabled: true } };
    if (edit) await ctx.editMessageText(text, options).catch(() => ctx.reply(text, options));
    else await ctx.reply(text, options);
  };

  priv.command('discuss', async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    await show(ctx, false);
  });

  priv.callbackQuery(/^disc:o:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      const { invite } = await discussions.open(person, Number(ctx.match[1]), ctx.api, ctx.effectKey);
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.t('discussion-opened', { link: escapeHtml(invite) }), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      await show(ctx, true);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code).slice(0, 200), show_alert: true });
    }
  });

  priv.callbackQuery(/^disc:n:(\d{1,9}):([01])$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      await discussions.setPosts(person, Number(ctx.match[1]), ctx.match[2] === '1', ctx.effectKey);
      await ctx.answerCallbackQuery({ text: ctx.t(ctx.match[2] === '1' ? 'discussion-posts-on' : 'discussion-posts-off') });
      await show(ctx, true);
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code).slice(0, 200), show_alert: true });
    }
  });

  feature.callbackQuery(/^disc:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
