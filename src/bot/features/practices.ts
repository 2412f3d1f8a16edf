// The bank of best practices in the bot: `/practices [keyword]` with direction and guild filters
// (`pb:` buttons carry the whole search), cards with their files, `/start practice_<id>`; the
// author's consent (`pr:` buttons of the consent notice); moderators' `/practice_propose` and
// `/practice_withdraw` for the author or a moderator.
import { Composer, GrammyError, InlineKeyboard, type Context } from 'grammy';
import type { I18nFlavor } from '@grammyjs/i18n';
import { canModerate } from '../../domain/moderation.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { decodePracticeAction, emptySearch, type PracticeSearch } from '../practice-state.ts';
import { registeredPerson } from '../registered.ts';
import { cardScreen, listScreen, pickerScreen, PRACTICES_PAGE_SIZE, type PracticeScreen, type PracticeViewEnv } from '../views/practices-view.ts';

type AnyContext = Context & I18nFlavor;

const options = (screen: PracticeScreen) => ({ parse_mode: 'HTML' as const, reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });

async function show(ctx: BotContext, screen: PracticeScreen): Promise<void> {
  try {
    await ctx.editMessageText(screen.text, options(screen));
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    if (error.description.includes('message is not modified')) return;
    await ctx.reply(screen.text, options(screen));
  }
}

export function practicesFeature(deps: FeatureDeps): Composer<BotContext> {
  const { practices } = deps.services;
  const feature = new Composer<BotContext>();

  const envOf = async (ctx: AnyContext): Promise<PracticeViewEnv> => ({ t: (key, vars) => ctx.t(key, vars), locale: (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru' });
  const botUsername = (ctx: AnyContext): string | undefined => {
    try {
      return ctx.me.username;
    } catch {
      return undefined;
    }
  };
  const errorText = (ctx: AnyContext, error: unknown): string => {
    if (!(error instanceof ServiceError)) throw error;
    const vars = error.code === 'need-role' ? { role: ctx.t(`role-${error.vars.role}`) } : error.vars;
    return ctx.t(error.code, vars);
  };
  const list = async (ctx: AnyContext, state: PracticeSearch): Promise<PracticeScreen> => {
    const [found, ref] = await Promise.all([
      practices.search({ keyword: state.keyword, directionId: state.direction || null, guildId: state.guild || null, page: state.page, pageSize: PRACTICES_PAGE_SIZE }),
      practices.filters(),
    ]);
    // A page past the end (practices withdrawn since the button was made) shows the last one.
    const last = Math.max(0, Math.ceil(found.total / PRACTICES_PAGE_SIZE) - 1);
    if (state.page > last) return list(ctx, { ...state, page: last });
    return listScreen(await envOf(ctx), state, found, ref);
  };

  // Open to everyone, registered or not: the bank is public, as its web page is.
  feature.command('practices', async (ctx) => {
    const screen = await list(ctx, emptySearch(ctx.match));
    await ctx.reply(screen.text, options(screen));
  });

  feature.callbackQuery(/^pb:/, async (ctx) => {
    const action = decodePracticeAction(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery({ text: ctx.t('practices-stale'), show_alert: true }));
    switch (action.verb) {
      case 'list':
        await ctx.answerCallbackQuery();
        return show(ctx, await list(ctx, action.state));
      case 'directions':
      case 'guilds': {
        await ctx.answerCallbackQuery();
        const ref = await practices.filters();
        return show(ctx, pickerScreen(await envOf(ctx), action.state, action.verb === 'directions' ? 'direction' : 'guild', action.verb === 'directions' ? ref.directions : ref.guilds));
      }
      case 'keyword':
        return void (await ctx.answerCallbackQuery({ text: ctx.t('practices-keyword-hint'), show_alert: true }));
      case 'card': {
        const card = await practices.published(action.id);
        if (!card) {
          await ctx.answerCallbackQuery({ text: ctx.t('practices-gone'), show_alert: true });
          return show(ctx, await list(ctx, action.state));
        }
        await ctx.answerCallbackQuery();
        return show(ctx, cardScreen(await envOf(ctx), card, action.state, botUsername(ctx)));
      }
      case 'files': {
        const card = await practices.published(action.id);
        if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('practices-gone'), show_alert: true }));
        await ctx.answerCallbackQuery();
        for (const item of card.items) {
          if (!item.fileId) continue;
          const caption = escapeHtml(item.title);
          if (item.kind === 'photo') await ctx.replyWithPhoto(item.fileId, { caption, parse_mode: 'HTML' });
          else if (item.kind === 'document') await ctx.replyWithDocument(item.fileId, { caption, parse_mode: 'HTML' });
        }
        return;
      }
    }
  });

  deps.deepLinks.on('practice', async (ctx, link) => {
    const card = await practices.published(link.id);
    if (!card) return void (await ctx.reply(ctx.t('practices-gone')));
    const screen = cardScreen(await envOf(ctx), card, emptySearch(), botUsername(ctx));
    await ctx.reply(screen.text, options(screen));
  });

  // ── the author's consent ──
  feature.callbackQuery(/^pr:([yn]):(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const consent = ctx.match[1] === 'y';
    try {
      const r = await practices.answer(person, Number(ctx.match[2]), consent, 'bot', ctx.effectKey);
      if (!r.changed) {
        await ctx.answerCallbackQuery({ text: ctx.t('practice-answer-stale', { status: ctx.t(`practice-status-${r.status}`) }), show_alert: true });
        await ctx.editMessageReplyMarkup().catch(() => undefined);
        return;
      }
      await ctx.answerCallbackQuery();
      const text = consent ? ctx.t('practice-consented', { id: Number(ctx.match[2]), title: escapeHtml(r.title), link: botUsername(ctx) ? `https://t.me/${botUsername(ctx)}?start=practice_${ctx.match[2]}` : '' }) : ctx.t('practice-declined', { title: escapeHtml(r.title) });
      await ctx.editMessageText(text, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } }).catch(() => ctx.reply(text, { parse_mode: 'HTML' }));
    } catch (error) {
      await ctx.answerCallbackQuery({ text: errorText(ctx, error), show_alert: true });
    }
  });

  // ── moderators propose; the author or a moderator withdraws ──
  feature.command('practice_propose', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    if (!canModerate(person.roles)) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    const m = /^\s*#?(\d{1,9})(?:\s+(.+))?$/s.exec(ctx.match);
    if (!m) return void (await ctx.reply(ctx.t('practice-propose-usage')));
    try {
      const r = await practices.propose(person, Number(m[1]), ctx.effectKey, m[2] ?? null);
      await ctx.reply(r.created ? ctx.t('practice-proposed', { id: r.id }) : ctx.t('practice-proposed-already', { id: r.id, status: ctx.t(`practice-status-${r.status}`) }));
    } catch (error) {
      await ctx.reply(errorText(ctx, error), { parse_mode: 'HTML' });
    }
  });

  feature.command('practice_withdraw', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const m = /^\s*#?(\d{1,9})(?:\s+(.+))?$/s.exec(ctx.match);
    if (!m) {
      const mine = await practices.mine(person);
      const lines = mine.map((p) => `${p.id} · ${escapeHtml(p.title)} — ${ctx.t(`practice-status-${p.status}`)}`);
      const kb = new InlineKeyboard();
      for (const p of mine) kb.text(ctx.t('practice-withdraw-button', { id: p.id }), `pr:w:${p.id}`).row();
      return void (await ctx.reply([ctx.t('practice-withdraw-usage'), ...(lines.length ? ['', ...lines] : [])].join('\n'), { parse_mode: 'HTML', reply_markup: mine.length ? kb : undefined }));
    }
    try {
      const r = await practices.withdraw(person, Number(m[1]), m[2] ?? '', ctx.effectKey);
      await ctx.reply(ctx.t(r.changed ? 'practice-withdrawn' : 'practice-withdraw-nothing', { title: escapeHtml(r.title) }), { parse_mode: 'HTML' });
    } catch (error) {
      await ctx.reply(errorText(ctx, error), { parse_mode: 'HTML' });
    }
  });

  // A withdrawal by button asks once more: it cannot be undone by the author.
  feature.callbackQuery(/^pr:w:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const card = await practices.forActor(person, Number(ctx.match[1]));
    if (!card) return void (await ctx.answerCallbackQuery({ text: ctx.t('practice-not-yours'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard().text(ctx.t('practice-withdraw-yes'), `pr:wy:${card.id}`).text(ctx.t('practice-withdraw-no'), 'pr:wn');
    await ctx.editMessageText(ctx.t('practice-withdraw-confirm', { title: escapeHtml(card.title) }), { parse_mode: 'HTML', reply_markup: kb }).catch(() => undefined);
  });

  feature.callbackQuery('pr:wn', async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('practice-withdraw-cancelled')).catch(() => undefined);
  });

  feature.callbackQuery(/^pr:wy:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      const r = await practices.withdraw(person, Number(ctx.match[1]), '', ctx.effectKey);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t(r.changed ? 'practice-withdrawn' : 'practice-withdraw-nothing', { title: escapeHtml(r.title) }), { parse_mode: 'HTML' }).catch(() => undefined);
    } catch (error) {
      await ctx.answerCallbackQuery({ text: errorText(ctx, error), show_alert: true });
    }
  });

  return feature;
}
