// Everything the bot does in groups: noticing it was added (and what rights it lacks), /group to
// link a chat to a purpose, join requests to project discussions, the workshop card's buttons, and
// read-only /workshops and /slots. Personal flows stay in the private chat.
import { Composer, InlineKeyboard } from 'grammy';
import type { ChatMember } from 'grammy/types';
import { isGroupPurpose, type BotMembership, type GroupPurpose } from '../../domain/group-rights.ts';
import type { ChatFacts } from '../../services/groups/links.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { timetableText } from './slots.ts';
import { workshopButtons } from './workshops.ts';

const PURPOSE_WORDS: Record<string, GroupPurpose | 'off'> = {
  developers: 'developers', dev: 'developers', разработчики: 'developers', разработчиков: 'developers',
  discussion: 'discussion', discussions: 'discussion', обсуждения: 'discussion', обсуждение: 'discussion',
  off: 'off', отключить: 'off',
};

export function groupsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { groups, discussions, workshops, slots } = deps.services;

  feature.on('my_chat_member', async (ctx) => {
    const update = ctx.myChatMember;
    if (update.new_chat_member.user.id !== ctx.me.id) return;
    const chat = update.chat;
    const facts: ChatFacts = { id: chat.id, type: chat.type, title: 'title' in chat ? chat.title : undefined, isForum: 'is_forum' in chat && chat.is_forum === true };
    const result = await groups.botStatusChanged(facts, update.new_chat_member as ChatMember as BotMembership, ctx.person, ctx.effectKey);
    // In the group itself: one answer everyone there can act on (a removed bot cannot write).
    const say = (text: string) => ctx.api.sendMessage(chat.id, text, { parse_mode: 'HTML' }).catch(() => undefined);
    switch (result.kind) {
      case 'unsupported':
        if (result.chatType === 'group') await say(ctx.t('group-unsupported-group', { title: escapeHtml(facts.title ?? '') }));
        return;
      case 'missing':
        await say(ctx.t('group-missing', { missing: groups.missingText(ctx.person?.locale ?? null, result.missing) }));
        return;
      case 'ready':
        await say(ctx.t(result.purpose ? 'group-ready-linked' : 'group-ready', { purpose: result.purpose ? ctx.t(`group-purpose-${result.purpose}`) : '' }));
        return;
    }
  });

  feature.on('chat_join_request', async (ctx) => {
    const request = ctx.chatJoinRequest;
    await discussions.joinRequest(request.chat.id, request.from.id, request.invite_link?.invite_link, ctx.api, ctx.effectKey);
  });

  feature.command('group', async (ctx) => {
    if (ctx.chat.type === 'private') return void (await ctx.reply(ctx.t('group-only-in-group')));
    const person = ctx.person;
    const word = ctx.match.trim().toLowerCase();
    const wanted = word ? PURPOSE_WORDS[word] : undefined;
    if (word && !wanted) return void (await ctx.reply(ctx.t('group-usage')));
    if (ctx.chat.type !== 'supergroup') return void (await ctx.reply(ctx.t('group-unsupported-group', { title: escapeHtml(ctx.chat.title ?? '') }), { parse_mode: 'HTML' }));
    if (!wanted) {
      const state = await groups.refresh(ctx.chat.id, ctx.me.id, ctx.api);
      const keyboard = new InlineKeyboard().text(ctx.t('group-btn-developers'), 'grp:developers').text(ctx.t('group-btn-discussion'), 'grp:discussion').row().text(ctx.t('group-btn-off'), 'grp:off');
      return void (await ctx.reply(statusText(ctx, state.purpose, state.missing.length ? groups.missingText(person?.locale ?? null, state.missing) : null), { parse_mode: 'HTML', reply_markup: keyboard }));
    }
    await applyPurpose(ctx, wanted);
  });

  async function applyPurpose(ctx: BotContext, wanted: GroupPurpose | 'off'): Promise<string> {
    const person = ctx.person;
    const chatId = ctx.chat!.id;
    if (!person) return ctx.t('need-role', { role: ctx.t('role-moderator') });
    try {
      if (wanted === 'off') {
        await groups.unlink(person, chatId, ctx.effectKey);
        const text = ctx.t('group-unlinked');
        await ctx.reply(text);
        return text;
      }
      const state = await groups.refresh(chatId, ctx.me.id, ctx.api);
      const linked = await groups.link(person, chatId, wanted, state, ctx.effectKey);
      const text = statusText(ctx, linked.purpose, linked.missing.length ? groups.missingText(person.locale, linked.missing) : null);
      await ctx.reply(text, { parse_mode: 'HTML' });
      return text;
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const text = ctx.t(error.code, { role: ctx.t('role-moderator') });
      await ctx.reply(text);
      return text;
    }
  }

  feature.callbackQuery(/^grp:(developers|discussion|off)$/, async (ctx) => {
    if (ctx.chat?.type !== 'supergroup') return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    const wanted = ctx.match[1]!;
    // Only a moderator's press changes anything; the service checks, this only spares others a message.
    if (!ctx.person || !(ctx.person.roles.includes('moderator') || ctx.person.roles.includes('admin'))) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-moderator') }), show_alert: true }));
    }
    await ctx.answerCallbackQuery();
    await applyPurpose(ctx, isGroupPurpose(wanted) ? wanted : 'off');
  });

  feature.use(workshopButtons(deps));

  feature.command('workshops', async (ctx) => {
    const open = await workshops.listOpen();
    const lines = open.slice(0, 15).map((w) => `• ${w.link ? `<a href="${escapeHtml(w.link)}">${escapeHtml(w.title)}</a>` : escapeHtml(w.title)} — ${escapeHtml(w.authorName)}`);
    await ctx.reply([ctx.t('workshop-list-title'), lines.length ? lines.join('\n') : ctx.t('workshop-list-empty')].join('\n'), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  feature.command('slots', async (ctx) => {
    const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
    await ctx.reply(timetableText(ctx, await slots.timetable(), locale, deps.timeZone), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });

  return feature;
}

function statusText(ctx: BotContext, purpose: string | null, missing: string | null): string {
  const lines = [purpose ? ctx.t('group-status-linked', { purpose: ctx.t(`group-purpose-${purpose}`) }) : ctx.t('group-status-unlinked')];
  lines.push(missing ? ctx.t('group-missing', { missing }) : ctx.t('group-status-rights-ok'));
  return lines.join('\n\n');
}
