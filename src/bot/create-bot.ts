// Builds the grammY bot from its dependencies; importing this file starts nothing.
import { Bot, Composer, type Middleware } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { conversations } from '@grammyjs/conversations';
import { sequentialize } from '@grammyjs/runner';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { isTransientError } from '../db/errors.ts';
import { dbStorage } from '../db/kv-storage.ts';
import type { Clock } from '../runtime/clock.ts';
import type { Services } from '../services/index.ts';
import type { BotContext, ConvContext } from './context.ts';
import { installProfileConversations } from './conversations/registration.ts';
import { DeepLinkRouter } from './deep-links.ts';
import { achievementsFeature, profileAchievements } from './features/achievements.ts';
import { authoringFeature } from './features/authoring.ts';
import { moderationFeature } from './features/moderation.ts';
import { catalogueFeature } from './features/catalogue.ts';
import { certificatesFeature } from './features/certificates.ts';
import { discussionsFeature } from './features/discussions.ts';
import { dashboardFeature } from './features/dashboard.ts';
import { fallbackFeature } from './features/fallback.ts';
import { groupsFeature } from './features/groups.ts';
import { helpFeature } from './features/help.ts';
import { languageFeature } from './features/language.ts';
import { moderatorEditsFeature } from './features/moderator-edits.ts';
import { settingsFeature } from './features/settings.ts';
import { newsFeature } from './features/news.ts';
import { roadmapFeature } from './features/roadmap.ts';
import { profileFeature } from './features/profile.ts';
import { proposalsFeature } from './features/proposals.ts';
import { reviewFeature } from './features/review.ts';
import { rolesFeature } from './features/roles.ts';
import { slotsFeature } from './features/slots.ts';
import { startFeature } from './features/start.ts';
import { submissionFeature } from './features/submission.ts';
import { webLoginFeature } from './features/web-login.ts';
import { workshopsFeature } from './features/workshops.ts';
import { teamFeature } from './features/team.ts';
import { practicesFeature } from './features/practices.ts';
import { createI18n, LocaleCache, type LocaleCode } from './i18n.ts';
import { UpdatePrefetch } from './update-prefetch.ts';
import { applyApiPolicy, botClientFetch, conversationApiPolicy } from '../telegram/api-policy.ts';
import { consumedAlready, MAX_CONVERSATION_STATE_CHARS, pluginState, recordConsumed, type StoredConversation } from './conversation-storage.ts';
import { privateChatsOnly } from './private-chats.ts';

export interface BotDeps {
  token: string;
  apiRoot: string;
  db: Db;
  services: Services;
  clock: Clock;
  timeZone: string;
  /** Base of public links (certificate checks, portfolio). */
  publicUrl: string;
  defaultLocale: LocaleCode;
  logger: Logger;
  /** Known bot identity (skips getMe in tests and benchmarks). */
  botInfo?: UserFromGetMe;
  /** How long an interactive reply may keep retrying after 429s and network errors. */
  maxRetrySeconds?: number;
}

/** What every feature module may use: services, time, links and the plugins conversations need. */
export interface FeatureDeps {
  services: Services;
  clock: Clock;
  timeZone: string;
  publicUrl: string;
  logger: Logger;
  deepLinks: DeepLinkRouter;
  localeCache: LocaleCache;
  /** Install on every conversation: i18n with the person's saved language. */
  conversationPlugins: Middleware<ConvContext>[];
}

export interface KodoBot {
  bot: Bot<BotContext>;
  localeCache: LocaleCache;
  deepLinks: DeepLinkRouter;
  i18n: ReturnType<typeof createI18n>;
  /** Give it to the UpdateProcessor: claimed batches then read the person and conversation state at once. */
  prefetch: UpdatePrefetch<unknown>;
}

/** Where a person's conversation state is kept: their private chat's id (conversations run nowhere else). */
const conversationKey = (ctx: { chatId?: number }) => ctx.chatId?.toString();

/**
 * Conversation state format version: bump when a conversation's questions change incompatibly.
 * 2: refused answers are no longer kept in the replay log.
 */
const CONVERSATION_VERSION = 2;

export function createBot(deps: BotDeps): KodoBot {
  const apiPolicy = { apiRoot: deps.apiRoot, token: deps.token, maxRetrySeconds: deps.maxRetrySeconds ?? 10 };
  const bot = new Bot<BotContext>(deps.token, { botInfo: deps.botInfo, client: { apiRoot: deps.apiRoot, fetch: botClientFetch(apiPolicy) as never } });
  applyApiPolicy(bot.api, apiPolicy);

  const { users, directory } = deps.services;
  const localeCache = new LocaleCache(users);
  const i18n = createI18n(deps.defaultLocale, localeCache);
  const deepLinks = new DeepLinkRouter();
  const conversationStates = dbStorage<StoredConversation>(deps.db, 'conversation');
  /** What the chat's row held when its update started: read once, before the conversations plugin. */
  const storedConversation = new WeakMap<object, StoredConversation | undefined>();
  const prefetch = new UpdatePrefetch(users, conversationStates, bot);

  // Outermost: a failure that would repeat gets an apology and is logged; a passing database
  // failure propagates so the update is stored for a retry instead of being answered wrongly.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (isTransientError(error)) throw error;
      deps.logger.error({ err: error, update: ctx.update.update_id }, 'update handler failed');
      const text = typeof ctx.t === 'function' ? ctx.t('error-generic') : i18n.t(deps.defaultLocale, 'error-generic');
      // Only in the private chat: a group should not read one member's apology.
      if (ctx.chat?.type === 'private') await ctx.api.sendMessage(ctx.chat.id, text).catch(() => undefined);
      else if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text }).catch(() => undefined);
    }
  });
  bot.use(sequentialize((ctx) => ctx.chatId?.toString() ?? ctx.from?.id.toString()));
  bot.use(async (ctx, next) => {
    ctx.effectKey = `update:${ctx.update.update_id}`;
    ctx.person = ctx.from && !ctx.from.is_bot ? await users.identify({ id: ctx.from.id, username: ctx.from.username }, prefetch.takePerson(ctx.update.update_id)) : null;
    if (ctx.person?.locale) localeCache.set(ctx.from!.id, ctx.person.locale);
    await next();
  });
  bot.use(i18n);
  // Group features are added to this composer; in a group nothing else runs (see private-chats.ts).
  const groupFeatures = new Composer<BotContext>();
  // Read at each update: groupFeatures.middleware() taken now would be the empty handler, before
  // the group features are added below.
  bot.use(privateChatsOnly((ctx, next) => groupFeatures.middleware()(ctx, next)));
  bot.use(async (ctx, next) => {
    const key = conversationKey(ctx);
    if (key === undefined) return next();
    const prefetched = prefetch.takeConversation(ctx.update.update_id);
    const stored = prefetched ? prefetched.value : await conversationStates.read(key);
    // Handled before a crash that came between the state write and the inbox's done mark.
    if (consumedAlready(stored, ctx.update.update_id)) return;
    storedConversation.set(ctx.update, stored);
    await next();
  });
  bot.use(
    conversations<BotContext, ConvContext>({
      storage: {
        type: 'context',
        version: CONVERSATION_VERSION,
        // Keyed per chat like grammY's default; private chats are where conversations happen.
        adapter: {
          read: async (ctx) => pluginState(storedConversation.get(ctx.update)),
          write: async (ctx, state) => {
            const key = conversationKey(ctx);
            if (key === undefined) return;
            const row = recordConsumed(storedConversation.get(ctx.update), ctx.update.update_id, state);
            if (JSON.stringify(row).length > MAX_CONVERSATION_STATE_CHARS) {
              deps.logger.warn({ update: ctx.update.update_id }, 'conversation state over its limit; the conversation ends');
              await conversationStates.write(key, recordConsumed(row, ctx.update.update_id, undefined));
              await ctx.reply(ctx.t('conversation-too-long')).catch(() => undefined);
              return;
            }
            await conversationStates.write(key, row);
          },
          // A finished conversation leaves the ids it consumed: the update that finished it may come again.
          delete: async (ctx) => {
            const key = conversationKey(ctx);
            if (key !== undefined) await conversationStates.write(key, recordConsumed(storedConversation.get(ctx.update), ctx.update.update_id, undefined));
          },
        },
      },
    }),
  );

  const conversationPlugins: Middleware<ConvContext>[] = [
    // Each conversation builds its own Api from the bot's client options (so its fetch waits out 429s).
    (ctx, next) => {
      conversationApiPolicy(ctx.api);
      return next();
    },
    i18n as unknown as Middleware<ConvContext>,
  ];
  const features: FeatureDeps = {
    services: deps.services,
    clock: deps.clock,
    timeZone: deps.timeZone,
    publicUrl: deps.publicUrl,
    logger: deps.logger,
    deepLinks,
    localeCache,
    conversationPlugins,
  };
  installProfileConversations(bot, {
    users,
    directory,
    plugins: conversationPlugins,
    openDeepLink: (ctx, payload) => deepLinks.open(ctx, payload),
  });

  // Feature modules, one Composer each (conversations are installed inside their feature).
  const catalogue = catalogueFeature(features);
  const submission = submissionFeature(features);
  const certificates = certificatesFeature(features);
  const achievements = achievementsFeature(features);
  const review = reviewFeature(features);
  const language = languageFeature(users, localeCache);
  const profile = profileFeature(users, directory, profileAchievements(features));
  const roles = rolesFeature(users);
  const team = teamFeature(features);
  const dashboard = dashboardFeature(features);
  const workshops = workshopsFeature(features);
  const slots = slotsFeature(features);
  const proposals = proposalsFeature(features);
  const discussions = discussionsFeature(features);
  const news = newsFeature(features);
  const roadmap = roadmapFeature(features);
  const settings = settingsFeature(deps.services.preferences, users, localeCache);
  const moderatorEdits = moderatorEditsFeature(deps.services.moderation, users, deps.timeZone);
  const webLogin = webLoginFeature(features);
  const authoring = authoringFeature(features, { apiRoot: deps.apiRoot, token: deps.token });
  const moderation = moderationFeature(features);
  const practices = practicesFeature(features);
  const everyFeature = new Composer<BotContext>(startFeature(deepLinks), helpFeature(), language, profile, roles, catalogue, submission, certificates, achievements, review, authoring, moderation, moderatorEdits, settings, webLogin, workshops, slots, proposals, discussions, team, dashboard, news, roadmap, practices).middleware();
  // Groups and the bot's membership reach only this (through privateChatsOnly above).
  groupFeatures.use(groupsFeature(features));
  // A button press goes straight to the feature owning its callback prefix (the part before ':'),
  // instead of passing every other feature's handlers: each costs a closure and a promise per
  // update, and catalogue browsing is most of the traffic. Only with no conversation active — a
  // conversation takes presses first — and only for the prefixes listed; others take the long way.
  const routes: [prefix: string, feature: Composer<BotContext>][] = [
    ['lang', language],
    ['profile', profile],
    ['roles', roles],
    ['cat', catalogue],
    ['submit', submission],
    ['subm', submission],
    ['cert', certificates],
    ['portfolio', certificates],
    ['ach', achievements],
    ['rv', review],
    ['gr', review],
    ['au', authoring],
    ['aq', authoring],
    ['mod', moderation],
    ['set', settings],
    ['mg', moderatorEdits],
    ['aud', moderatorEdits],
    ['ws', workshops],
    ['slot', slots],
    ['prop', proposals],
    ['disc', discussions],
    ['team', team],
    ['dash', dashboard],
    ['bc', news],
    ['news', news],
    ['rm', roadmap],
    ['pb', practices],
    ['pr', practices],
  ];
  const byCallbackPrefix = new Map(routes.map(([prefix, feature]) => [prefix, feature.middleware()]));
  bot.use((ctx, next) => {
    const data = ctx.callbackQuery?.data;
    const route = data === undefined ? undefined : byCallbackPrefix.get(data.slice(0, Math.max(0, data.indexOf(':'))));
    if (route && Object.keys(ctx.conversation.active()).length === 0) return route(ctx, next);
    return everyFeature(ctx, next);
  });
  // Unhandled updates last.
  bot.use(fallbackFeature());

  return { bot, localeCache, deepLinks, i18n, prefetch };
}

/** The command menu in each language, so Telegram shows it in the person's language. */
export async function publishCommands(kodo: KodoBot, defaultLocale: LocaleCode): Promise<void> {
  const commands = (locale: string) =>
    (['start', 'projects', 'my', 'myprojects', 'review', 'dashboard', 'certificates', 'portfolio', 'badges', 'rating', 'news', 'roadmap', 'practices', 'workshops', 'slots', 'discuss', 'propose', 'proposals', 'profile', 'settings', 'language', 'help'] as const).map((command) => ({ command, description: kodo.i18n.t(locale, `cmd-${command}`) }));
  await kodo.bot.api.setMyCommands(commands(defaultLocale));
  for (const locale of ['ru', 'en'] as const) await kodo.bot.api.setMyCommands(commands(locale), { language_code: locale });
}
