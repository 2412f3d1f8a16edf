// A moderator returns a draft to its author: one question for the comment, then the queue again.
import { createConversation } from '@grammyjs/conversations';
import type { Composer } from 'grammy';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { queueScreen } from '../views/authoring-view.ts';
import { Cancelled } from './ask.ts';
import { envOf, FINAL_REFUSALS, outcome, plain, question, refusal, sendScreen, type AuthoringConversationDeps, type Outcome } from './authoring-common.ts';

export const AUTHORING_RETURN = 'authoring-return';

export function installReturnConversation(composer: Composer<BotContext>, deps: AuthoringConversationDeps): void {
  const { authoring } = deps.services;

  async function run(conversation: KodoConversation, ctx: ConvContext, moderatorId: number, projectId: number, version: number): Promise<void> {
    try {
      for (;;) {
        const answer = await question(conversation, ctx, ctx.t('moderation-ask-comment'));
        if (answer.kind !== 'text') continue;
        const result: Outcome<void> = await conversation.external(() => outcome(() => authoring.review.returnToAuthor(moderatorId, projectId, version, answer.text)));
        if (result.ok) {
          await ctx.reply(ctx.t('moderation-returned'));
          break;
        }
        await ctx.reply(refusal(ctx, result), { parse_mode: 'HTML' });
        if (FINAL_REFUSALS.has(result.code) || result.code.startsWith('authoring-err-already') || result.code === 'authoring-err-being-edited' || result.code === 'authoring-err-changed-since') break;
      }
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      await ctx.reply(ctx.t('authoring-cancelled'));
    }
    const screen = await conversation.external(async () => {
      const queue = await outcome(() => authoring.read.reviewQueue(moderatorId));
      return queue.ok ? plain(queueScreen(await envOf(ctx, deps), queue.value)) : null;
    });
    if (screen) await sendScreen(ctx, screen);
  }

  composer.use(createConversation(run, { id: AUTHORING_RETURN, plugins: deps.plugins }));
}
