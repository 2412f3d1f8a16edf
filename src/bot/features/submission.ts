// Handing in a step's results: the step card's `submit:<stepId>` button opens (or resumes) the
// draft in the submission conversation; buttons left on older messages get a clear answer.
import { Composer } from 'grammy';
import { ServiceError } from '../../services/users.ts';
import type { BotContext } from '../context.ts';
import { installSubmissionConversation, PREFIX, refusalText, SUBMISSION } from '../conversations/submission.ts';
import type { FeatureDeps } from '../create-bot.ts';
import { startConversation } from '../conversations/start-conversation.ts';
import { registeredPerson } from '../registered.ts';

export function submissionFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const { submissions } = deps.services;
  installSubmissionConversation(feature, { submissions, timeZone: deps.timeZone, plugins: deps.conversationPlugins });

  feature.callbackQuery(/^submit:(\d{1,9})$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    let submissionId: number;
    try {
      submissionId = (await submissions.open(person.id, Number(ctx.match[1]))).submissionId;
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      // A forged or vanished step is a stale button; a rule's refusal deserves a message that stays.
      if (error.code === 'submission-step-not-found') return void (await ctx.answerCallbackQuery({ text: ctx.t(error.code), show_alert: true }));
      await ctx.answerCallbackQuery();
      const locale = (await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru';
      await ctx.reply(refusalText(ctx, locale, deps.timeZone, error.code, error.vars), { parse_mode: 'HTML' });
      return;
    }
    await ctx.answerCallbackQuery();
    await startConversation(ctx, SUBMISSION, submissionId, person.id);
  });

  // Reached only when no submission conversation is waiting: the summary was already dealt with.
  feature.callbackQuery(new RegExp(`^${PREFIX}send:(\\d{1,9})$`), async (ctx) => {
    const status = ctx.person ? await submissions.statusOf(ctx.person.id, Number(ctx.match[1])) : null;
    const sent = status === 'submitted' || status === 'returned' || status === 'accepted';
    await ctx.answerCallbackQuery({ text: ctx.t(sent ? 'submission-already-sent' : 'stale-button'), show_alert: sent });
  });

  feature.callbackQuery(new RegExp(`^${PREFIX}discard:(\\d{1,9})$`), async (ctx) => {
    const deleted = ctx.person ? await submissions.discard(ctx.person.id, Number(ctx.match[1])) : false;
    if (!deleted) return void (await ctx.answerCallbackQuery({ text: ctx.t('submission-discard-gone') }));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t('submission-discarded')).catch(() => ctx.reply(ctx.t('submission-discarded')));
  });

  feature.callbackQuery(new RegExp(`^${PREFIX}`), (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));
  return feature;
}
