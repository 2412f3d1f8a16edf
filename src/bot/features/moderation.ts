// /moderation: drafts waiting for review, oldest first; a moderator opens one, previews it as a
// participant would, and publishes it or returns it with a comment (`mod:` buttons).
import { Composer } from 'grammy';
import { ServiceError } from '../../services/users.ts';
import { decodeModeration, MODERATION_PREFIX } from '../authoring-data.ts';
import type { BotContext } from '../context.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { AUTHORING_RETURN } from '../conversations/authoring-return.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import type { ViewEnv } from '../views/catalogue-view.ts';
import { queueScreen, reviewScreen } from '../views/authoring-view.ts';
import { showScreen } from './authoring.ts';
import { registeredPerson } from '../registered.ts';

export function moderationFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { authoring, catalogue } = deps.services;
  const envOf = async (ctx: BotContext): Promise<ViewEnv> => ({
    t: (key, vars) => ctx.t(key, vars),
    locale: (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru',
    timeZone: deps.timeZone,
    now: deps.clock.now(),
    ref: await catalogue.reference(),
  });

  feature.command('moderation', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    try {
      const screen = queueScreen(await envOf(ctx), await authoring.read.reviewQueue(person.id));
      await ctx.reply(screen.text, { parse_mode: 'HTML', reply_markup: screen.keyboard });
    } catch (error) {
      if (error instanceof ServiceError) return void (await ctx.reply(ctx.t(error.code, error.vars)));
      throw error;
    }
  });

  feature.callbackQuery(new RegExp(`^${MODERATION_PREFIX}:`), async (ctx) => {
    const action = decodeModeration(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
    const person = await registeredPerson(ctx);
    if (!person) return;
    const [projectId = 0, version = 0] = action.args;
    const env = await envOf(ctx);
    const open = async (notice?: string) => {
      const view = await authoring.read.project(person.id, projectId);
      await ctx.answerCallbackQuery(notice ? { text: notice, show_alert: true } : undefined);
      await showScreen(ctx, reviewScreen(env, view));
    };
    try {
      switch (action.verb) {
        case 'q':
          await ctx.answerCallbackQuery();
          return showScreen(ctx, queueScreen(env, await authoring.read.reviewQueue(person.id)));
        case 'o':
          await authoring.read.reviewQueue(person.id); // moderators only
          return open();
        case 'p':
          try {
            await authoring.review.publish(person.id, projectId, version);
          } catch (error) {
            // Changed since it was opened, or taken back to edit: the moderator sees the fresh state.
            if (error instanceof ServiceError && (error.code === 'authoring-err-changed-since' || error.code === 'authoring-err-being-edited' || error.code === 'authoring-err-already-decided')) {
              return open(ctx.t(error.code));
            }
            throw error;
          }
          await ctx.answerCallbackQuery({ text: ctx.t('moderation-published') });
          return showScreen(ctx, queueScreen(env, await authoring.read.reviewQueue(person.id)));
        case 'r': {
          const view = await authoring.read.project(person.id, projectId);
          await authoring.read.reviewQueue(person.id); // moderators only
          if (!view.inReview || view.version !== version) return open(ctx.t(view.inReview ? 'authoring-err-changed-since' : 'authoring-err-being-edited'));
          await ctx.answerCallbackQuery();
          await startConversation(ctx, AUTHORING_RETURN, person.id, projectId, version);
          return;
        }
      }
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      await ctx.answerCallbackQuery({ text: ctx.t(error.code, error.vars).slice(0, 200), show_alert: true });
    }
  });

  return feature;
}
