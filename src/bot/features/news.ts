// News for everyone (/news, paged) and broadcasts for moderators: /news_new takes the post and its
// link buttons in a conversation, shows it exactly as it will arrive, then buttons that carry the
// draft and the audience (`bc:<verb>:<broadcastId>:<audience>`) count the recipients and send now
// or at a typed time; the status message gets pause, resume and cancel.
import { createConversation } from '@grammyjs/conversations';
import { Composer, InlineKeyboard, type Api } from 'grammy';
import type { Message } from 'grammy/types';
import { formatDay, type Locale } from '../../domain/dates.ts';
import { checkPost, decodeAudience, encodeAudience, formatSendTime, parseButtons, parseSendTime, type Audience, type Post } from '../../domain/broadcast.ts';
import { renderPost } from '../../messages/news.ts';
import { statusText } from '../../messages/broadcast-status.ts';
import { controlButtons } from '../../outbox/broadcast-monitor.ts';
import { canBroadcast, type AudienceKind, type BroadcastService } from '../../services/broadcasts.ts';
import { ServiceError, type UserService } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { escapeHtml } from '../html.ts';
import { ask, Cancelled } from '../conversations/ask.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { truncate } from '../../domain/text.ts';

export const NEWS_COMPOSE = 'newsCompose';
export const NEWS_SCHEDULE = 'newsSchedule';

const KIND_LETTERS: Record<string, AudienceKind> = { g: 'guild', d: 'direction', m: 'municipality', i: 'institution', p: 'project', r: 'role' };
const letterOf = (kind: AudienceKind) => Object.entries(KIND_LETTERS).find(([, k]) => k === kind)![0];
const NAME_IN_BUTTON = 40;

type T = { t(key: string, vars?: Record<string, string | number>): string };
type Outcome<V> = { ok: true; value: V } | { ok: false; code: string; vars: Record<string, string | number> };

async function outcome<V>(work: () => Promise<V>): Promise<Outcome<V>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, vars: error.vars };
    throw error;
  }
}

/** The post a moderator sent: text with its formatting, or a photo or document with its caption. */
export function postFromMessage(m: Message): Post | null {
  if (m.text !== undefined) return { text: m.text, entities: m.entities as Post['entities'], buttons: [] };
  const caption = { text: m.caption ?? '', entities: m.caption_entities as Post['entities'], buttons: [] };
  if (m.photo?.length) return { ...caption, photo: m.photo.at(-1)!.file_id };
  if (m.document) return { ...caption, document: m.document.file_id };
  return null;
}

interface AudienceFacts {
  nameRu: string;
  nameEn: string;
  step: number | null;
}

/** What the label of an audience needs from the database (null: the guild, project… is gone). */
async function audienceFacts(broadcasts: BroadcastService, a: Audience): Promise<AudienceFacts | null> {
  const name = await broadcasts.describe(a);
  if (!name) return null;
  const step = a.kind === 'project' && a.owing ? ((await broadcasts.currentStep(a.id))?.position ?? null) : null;
  return { ...name, step };
}

/** «гильдия «Педагоги»», «не сдавшие шаг 2 проекта «…»». */
function labelOf(ctx: T, locale: string, a: Audience, facts: AudienceFacts): string {
  const name = escapeHtml(locale === 'en' ? facts.nameEn : facts.nameRu);
  if (a.kind === 'all') return ctx.t('broadcast-aud-label-all');
  if (a.kind === 'role') return ctx.t('broadcast-aud-label-role', { name: ctx.t(`role-${a.role}`) });
  if (a.kind === 'project' && a.owing) return ctx.t('broadcast-aud-label-project-owing', { name, step: facts.step ?? '—' });
  return ctx.t(`broadcast-aud-label-${a.kind}`, { name });
}

/** Sends a rendered post (preview or /news item) to the chat, as the outbox would. */
async function sendPost(api: Api, chatId: number, post: Post, t: T['t']): Promise<void> {
  const { method, payload } = renderPost(post, t);
  const raw = api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<unknown>>;
  await raw[method]!.call(api.raw, { chat_id: chatId, ...payload });
}

function audienceMenu(ctx: T, id: number, title: string): { text: string; keyboard: InlineKeyboard } {
  const kb = new InlineKeyboard().text(ctx.t('broadcast-aud-all'), `bc:a:${id}:a`).row();
  (['guild', 'direction', 'municipality', 'institution', 'project', 'role'] as AudienceKind[]).forEach((kind, i) => {
    kb.text(ctx.t(`broadcast-aud-${kind}`), `bc:k:${id}:${letterOf(kind)}:0`);
    if (i % 2 === 1) kb.row();
  });
  kb.text(ctx.t('broadcast-btn-discard'), `bc:drop:${id}`);
  return { text: ctx.t('broadcast-audience-title', { title: escapeHtml(title) }), keyboard: kb };
}

export function newsFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { broadcasts, users } = deps.services;
  installNewsConversations(feature, { broadcasts, users, clock: deps.clock, timeZone: deps.timeZone, plugins: deps.conversationPlugins });
  const localeOf = async (ctx: BotContext): Promise<Locale> => ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru');

  // ── /news for everyone ──
  const newsPage = async (ctx: BotContext, page: number) => {
    const { items, pages } = await broadcasts.news(page);
    const locale = await localeOf(ctx);
    if (!items.length) return { text: ctx.t('news-empty'), keyboard: undefined };
    const kb = new InlineKeyboard();
    const lines = items.map((n) => {
      kb.text(`${formatDay(n.publishedAt, locale, deps.timeZone)} · ${truncate(n.title || '📎', NAME_IN_BUTTON)}`, `news:open:${n.id}`).row();
      return ctx.t('news-line', { date: formatDay(n.publishedAt, locale, deps.timeZone), title: escapeHtml(n.title || '📎') });
    });
    if (page > 0) kb.text(ctx.t('news-btn-prev'), `news:list:${page - 1}`);
    if (page + 1 < pages) kb.text(ctx.t('news-btn-next'), `news:list:${page + 1}`);
    return { text: [ctx.t('news-title', { page: page + 1, pages }), '', ...lines].join('\n'), keyboard: kb };
  };
  feature.command('news', async (ctx) => {
    const { text, keyboard } = await newsPage(ctx, 0);
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
  });
  feature.callbackQuery(/^news:list:(\d{1,5})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const { text, keyboard } = await newsPage(ctx, Number(ctx.match[1]));
    // From under a broadcast post the list comes as a new message; in the list it pages in place.
    if (ctx.callbackQuery.message?.text?.startsWith('📰') && !ctx.callbackQuery.message.reply_markup?.inline_keyboard.some((r) => r.some((b) => 'url' in b))) {
      await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: keyboard }).catch(() => undefined);
    } else await ctx.reply(text, { parse_mode: 'HTML', reply_markup: keyboard });
  });
  feature.callbackQuery(/^news:open:(\d{1,9})$/, async (ctx) => {
    const item = await broadcasts.newsItem(Number(ctx.match[1]));
    if (!item?.post) return void (await ctx.answerCallbackQuery({ text: ctx.t('news-gone') }));
    await ctx.answerCallbackQuery();
    await sendPost(ctx.api, ctx.chat!.id, item.post, (k, v) => ctx.t(k, v));
  });
  feature.callbackQuery(/^news:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));

  // ── broadcasts, moderators only (the service checks again) ──
  feature.command('news_new', async (ctx) => {
    if (!canBroadcast(ctx.person)) return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    await startConversation(ctx, NEWS_COMPOSE, ctx.person!.id);
  });

  const moderator = feature.filter((ctx) => Boolean(ctx.callbackQuery?.data?.startsWith('bc:')));
  moderator.use(async (ctx, next) => {
    if (canBroadcast(ctx.person)) return next();
    await ctx.answerCallbackQuery({ text: ctx.t('need-role', { role: ctx.t('role-moderator') }), show_alert: true });
  });
  const refuse = async (ctx: BotContext, error: unknown) => {
    if (!(error instanceof ServiceError)) throw error;
    await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars), show_alert: true });
  };
  const edit = (ctx: BotContext, text: string, keyboard?: InlineKeyboard) =>
    ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: keyboard }).catch((error: Error) => {
      if (!String(error.message).includes('not modified')) throw error;
    });
  /** The draft behind a draft-stage button, or an answer why the button no longer works. */
  const draftOf = async (ctx: BotContext, id: number) => {
    const b = await broadcasts.get(id);
    if (!b) return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-not-found'), show_alert: true }));
    if (b.status !== 'draft') return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-already-confirmed'), show_alert: true }));
    return b;
  };
  const audienceLabel = async (ctx: BotContext, a: Audience): Promise<string | null> => {
    const facts = await audienceFacts(broadcasts, a);
    return facts && labelOf(ctx, await localeOf(ctx), a, facts);
  };

  moderator.callbackQuery(/^bc:menu:(\d{1,9})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    await ctx.answerCallbackQuery();
    const menu = audienceMenu(ctx, b.id, b.title);
    await edit(ctx, menu.text, menu.keyboard);
  });

  moderator.callbackQuery(/^bc:k:(\d{1,9}):([gdmipr]):(\d{1,4})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    const kind = KIND_LETTERS[ctx.match[2]!]!;
    const page = Number(ctx.match[3]);
    const { options, pages } = await broadcasts.options(kind, page);
    await ctx.answerCallbackQuery();
    const locale = await localeOf(ctx);
    const kb = new InlineKeyboard();
    for (const o of options) {
      const name = o.audience.kind === 'role' ? ctx.t(`role-${o.audience.role}`) : locale === 'en' ? o.nameEn : o.nameRu;
      kb.text(truncate(name, NAME_IN_BUTTON), `bc:a:${b.id}:${encodeAudience(o.audience)}`).row();
    }
    if (page > 0) kb.text(ctx.t('broadcast-btn-back'), `bc:k:${b.id}:${ctx.match[2]}:${page - 1}`);
    if (page + 1 < pages) kb.text(ctx.t('broadcast-btn-more'), `bc:k:${b.id}:${ctx.match[2]}:${page + 1}`);
    kb.row().text(ctx.t('broadcast-btn-other-audience'), `bc:menu:${b.id}`);
    await edit(ctx, options.length ? ctx.t(`broadcast-pick-${kind}`) : ctx.t('broadcast-pick-none'), kb);
  });

  moderator.callbackQuery(/^bc:a:(\d{1,9}):([a-z0-9.]{1,24})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    const audience = decodeAudience(ctx.match[2]!);
    const label = audience && (await audienceLabel(ctx, audience));
    if (!audience || !label) return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-audience-gone'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const { total, unreachable } = await broadcasts.count(audience);
    const code = encodeAudience(audience);
    const kb = new InlineKeyboard();
    const lines = [ctx.t('broadcast-audience-summary', { audience: label, count: total })];
    if (unreachable) lines.push(ctx.t('broadcast-audience-unreachable', { count: unreachable }));
    if (!total) lines.push(ctx.t('broadcast-audience-empty'));
    else kb.text(ctx.t('broadcast-btn-now'), `bc:go:${b.id}:${code}`).text(ctx.t('broadcast-btn-later'), `bc:at:${b.id}:${code}`).row();
    if (audience.kind === 'project' && !audience.owing) {
      const step = await broadcasts.currentStep(audience.id);
      if (step) kb.text(ctx.t('broadcast-btn-owing', { step: step.position }), `bc:a:${b.id}:${encodeAudience({ ...audience, owing: true })}`).row();
    }
    kb.text(ctx.t('broadcast-btn-other-audience'), `bc:menu:${b.id}`);
    await edit(ctx, lines.join('\n'), kb);
  });

  moderator.callbackQuery(/^bc:go:(\d{1,9}):([a-z0-9.]{1,24})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    const audience = decodeAudience(ctx.match[2]!);
    const label = audience && (await audienceLabel(ctx, audience));
    if (!audience || !label) return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-audience-gone'), show_alert: true }));
    const { total } = await broadcasts.count(audience);
    if (!total) return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-audience-empty'), show_alert: true }));
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard().text(ctx.t('broadcast-btn-yes-send'), `bc:now:${b.id}:${ctx.match[2]}`).row().text(ctx.t('broadcast-btn-back'), `bc:a:${b.id}:${ctx.match[2]}`);
    await edit(ctx, ctx.t('broadcast-confirm-now', { title: escapeHtml(b.title), count: total, audience: label }), kb);
  });

  moderator.callbackQuery(/^bc:now:(\d{1,9}):([a-z0-9.]{1,24})$/, async (ctx) => {
    const id = Number(ctx.match[1]);
    const audience = decodeAudience(ctx.match[2]!);
    if (!audience) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    try {
      await broadcasts.confirm(ctx.person!, id, audience, null, { chatId: ctx.chat!.id, messageId: ctx.callbackQuery.message!.message_id });
    } catch (error) {
      return refuse(ctx, error);
    }
    await ctx.answerCallbackQuery();
    await showStatus(ctx, broadcasts, id);
  });

  moderator.callbackQuery(/^bc:at:(\d{1,9}):([a-z0-9.]{1,24})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    await ctx.answerCallbackQuery();
    await startConversation(ctx, NEWS_SCHEDULE, b.id, ctx.match[2], ctx.callbackQuery.message!.message_id, ctx.person!.id);
  });

  moderator.callbackQuery(/^bc:drop:(\d{1,9})$/, async (ctx) => {
    const b = await draftOf(ctx, Number(ctx.match[1]));
    if (!b) return;
    try {
      await broadcasts.cancel(ctx.person!, b.id);
    } catch (error) {
      return refuse(ctx, error);
    }
    await ctx.answerCallbackQuery();
    await edit(ctx, ctx.t('broadcast-draft-discarded'));
  });

  const control = (verb: string, action: (actor: NonNullable<BotContext['person']>, id: number) => Promise<void>, done: string) =>
    moderator.callbackQuery(new RegExp(`^bc:${verb}:(\\d{1,9})$`), async (ctx) => {
      const id = Number(ctx.match![1]);
      try {
        await action(ctx.person!, id);
      } catch (error) {
        return refuse(ctx, error);
      }
      await ctx.answerCallbackQuery({ text: ctx.t(done) });
      await showStatus(ctx, broadcasts, id);
    });
  control('pause', (actor, id) => broadcasts.pause(actor, id), 'broadcast-paused');
  control('resume', (actor, id) => broadcasts.resume(actor, id), 'broadcast-resumed');
  control('cxy', (actor, id) => broadcasts.cancel(actor, id), 'broadcast-cancelled');

  moderator.callbackQuery(/^bc:cx:(\d{1,9})$/, async (ctx) => {
    const b = await broadcasts.get(Number(ctx.match[1]));
    if (!b) return void (await ctx.answerCallbackQuery({ text: ctx.t('broadcast-not-found'), show_alert: true }));
    if (b.status === 'cancelled' || b.status === 'done') return void (await ctx.answerCallbackQuery({ text: ctx.t(`broadcast-is-${b.status}`), show_alert: true }));
    await ctx.answerCallbackQuery();
    const kb = new InlineKeyboard().text(ctx.t('broadcast-btn-cancel-yes'), `bc:cxy:${b.id}`).text(ctx.t('broadcast-btn-cancel-no'), `bc:st:${b.id}`);
    await edit(ctx, ctx.t('broadcast-cancel-confirm', { title: escapeHtml(b.title) }), kb);
  });
  moderator.callbackQuery(/^bc:st:(\d{1,9})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showStatus(ctx, broadcasts, Number(ctx.match[1]));
  });
  moderator.callbackQuery(/^bc:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));

  return feature;
}

/** The status message: what the broadcast is doing, the counts, and the buttons for its state. */
async function showStatus(ctx: BotContext, broadcasts: BroadcastService, id: number): Promise<void> {
  const b = await broadcasts.get(id);
  if (!b || b.status === 'draft') return;
  const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
  const t = (k: string, v?: Record<string, string | number>) => ctx.t(k, v);
  const counts = await broadcasts.counts(id, b.total);
  const text = statusText(t, locale, b.title, b.status, counts);
  const markup = { inline_keyboard: controlButtons(t, id, b.status) };
  await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: markup }).catch((error: Error) => {
    if (!String(error.message).includes('not modified')) throw error;
  });
}

interface NewsConversationDeps {
  broadcasts: BroadcastService;
  users: UserService;
  clock: FeatureDeps['clock'];
  timeZone: string;
  plugins: FeatureDeps['conversationPlugins'];
}

function installNewsConversations(composer: Composer<BotContext>, deps: NewsConversationDeps): void {
  const { broadcasts, users } = deps;

  async function compose(conversation: KodoConversation, ctx: ConvContext, actorId: number) {
    await ctx.reply(ctx.t('news-compose-prompt'), { parse_mode: 'HTML' });
    let post: Post;
    for (;;) {
      const next = await conversation.wait();
      if (next.callbackQuery) {
        await next.answerCallbackQuery({ text: next.t('news-compose-busy') });
        continue;
      }
      const message = next.message;
      if (!message) continue;
      if (message.text?.startsWith('/')) {
        if (message.text.slice(1).split(/[\s@]/, 1)[0]!.toLowerCase() === 'cancel') return void (await next.reply(next.t('news-compose-cancelled')));
        await next.reply(next.t('news-compose-busy'));
        continue;
      }
      const candidate = postFromMessage(message);
      if (!candidate) {
        await next.reply(next.t('news-compose-unsupported'));
        continue;
      }
      const problem = checkPost(candidate);
      if (problem) {
        const vars: Record<string, number> = problem.problem === 'too-long' ? { limit: problem.limit, length: problem.length } : {};
        await next.reply(next.t(`broadcast-post-${problem.problem}`, vars));
        continue;
      }
      post = candidate;
      break;
    }

    let buttonsPrompt = { text: ctx.t('news-buttons-prompt'), keyboard: new InlineKeyboard().text(ctx.t('news-buttons-none'), 'nb:none') };
    for (;;) {
      let answer;
      try {
        answer = await ask(conversation, ctx, buttonsPrompt, { prefix: 'nb:', acceptText: true });
      } catch (error) {
        if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('news-compose-cancelled')));
        throw error;
      }
      if (answer.kind === 'button') break;
      const parsed = parseButtons(answer.text);
      if (parsed.ok) {
        post.buttons = parsed.buttons;
        break;
      }
      buttonsPrompt = { ...buttonsPrompt, text: `${ctx.t(`news-buttons-${parsed.problem}`, { line: escapeHtml(truncate(parsed.line, 80)) })}\n\n${ctx.t('news-buttons-prompt')}` };
    }

    const draft = await conversation.external(() =>
      outcome(async () => {
        const actor = await users.byId(actorId);
        if (!actor) throw new ServiceError('need-role', { role: 'moderator' });
        const id = await broadcasts.createDraft(actor, post);
        return { id, title: (await broadcasts.get(id))!.title };
      }),
    );
    if (!draft.ok) return void (await ctx.reply(ctx.t(draft.code, draft.vars)));
    await ctx.reply(ctx.t('news-preview-title'));
    await sendPost(ctx.api, ctx.chat!.id, post, (k, v) => ctx.t(k, v));
    const menu = audienceMenu(ctx, draft.value.id, draft.value.title);
    await ctx.reply(menu.text, { parse_mode: 'HTML', reply_markup: menu.keyboard });
  }

  async function schedule(conversation: KodoConversation, ctx: ConvContext, id: number, audienceCode: string, cardMessageId: number, actorId: number) {
    const audience = decodeAudience(audienceCode);
    if (!audience) return;
    const zone = deps.timeZone.split('/').at(-1)!.replace(/_/g, ' ');
    let prompt = { text: ctx.t('broadcast-time-prompt', { zone }) };
    const again = (key: string) => ({ text: `${ctx.t(key)}\n\n${ctx.t('broadcast-time-prompt', { zone })}` });
    for (;;) {
      let answer;
      try {
        answer = await ask(conversation, ctx, prompt, { prefix: 'bt:', acceptText: true });
      } catch (error) {
        if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('broadcast-time-cancelled')));
        throw error;
      }
      if (answer.kind !== 'text') continue;
      const now = new Date(await conversation.external(() => deps.clock.now().toISOString()));
      const parsed = parseSendTime(answer.text, now, deps.timeZone);
      if (!parsed.ok) {
        prompt = again(`broadcast-time-${parsed.problem}`);
        continue;
      }
      const at = parsed.at.toISOString();
      const done = await conversation.external(() =>
        outcome(async () => {
          const actor = await users.byId(actorId);
          if (!actor) throw new ServiceError('need-role', { role: 'moderator' });
          const result = await broadcasts.confirm(actor, id, audience, new Date(at), { chatId: ctx.chat!.id, messageId: cardMessageId });
          return { total: result.total, title: (await broadcasts.get(id))!.title, facts: await audienceFacts(broadcasts, audience) };
        }),
      );
      if (!done.ok) {
        if (done.code === 'broadcast-time-past') {
          prompt = again('broadcast-time-past');
          continue;
        }
        return void (await ctx.reply(ctx.t(done.code, done.vars)));
      }
      const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
      const label = done.value.facts ? labelOf(ctx, locale, audience, done.value.facts) : '';
      const text = ctx.t('broadcast-scheduled', { title: escapeHtml(done.value.title), at: formatSendTime(parsed.at, deps.timeZone), count: done.value.total, audience: label });
      await ctx.api.editMessageText(ctx.chat!.id, cardMessageId, text, { parse_mode: 'HTML', reply_markup: { inline_keyboard: controlButtons((k) => ctx.t(k), id, 'scheduled') } }).catch(() => undefined);
      return;
    }
  }

  composer.use(createConversation(compose, { id: NEWS_COMPOSE, plugins: deps.plugins }));
  composer.use(createConversation(schedule, { id: NEWS_SCHEDULE, plugins: deps.plugins }));
}
