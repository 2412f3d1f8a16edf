// The expert's grading conversation and a moderator's correction of a saved grade: the work's items
// re-sent by file_id, each item's check, each criterion's points, tokens and a comment, a summary
// with the total, the decision. Back works on every screen; nothing is saved before the decision.
// Each screen is its own module; this one loads the work and runs the screens in turn.
import { createConversation } from '@grammyjs/conversations';
import type { Composer } from 'grammy';
import type { BotContext, ConvContext, KodoConversation } from '../../context.ts';
import { escapeHtml } from '../../html.ts';
import { Cancelled } from '../ask.ts';
import { correctionReasonScreen } from './correction-reason.ts';
import { criterionScreen } from './criterion.ts';
import { GradeDraftState } from './draft.ts';
import { finishScreen } from './finish.ts';
import { itemCommentScreen } from './item-comment.ts';
import { itemScreen } from './item.ts';
import { sendItem } from './items.ts';
import { overrideScreen } from './override.ts';
import { overviewScreen } from './overview.ts';
import { attempt, type GradingConversationDeps, type GradingSession, type Screen, type ScreenFn } from './session.ts';
import { summaryScreen } from './summary.ts';

export type { GradingConversationDeps } from './session.ts';

export const GRADING = 'grading';

export type GradingArgs = { mode: 'grade'; submissionId: number } | { mode: 'correct'; gradeId: number };

const screens: { [K in Screen['k']]: ScreenFn<K> } = {
  overview: overviewScreen,
  item: itemScreen,
  itemComment: itemCommentScreen,
  criterion: criterionScreen,
  finish: finishScreen,
  summary: summaryScreen,
  override: overrideScreen,
  why: correctionReasonScreen,
};

function runScreen(s: GradingSession, screen: Screen): Promise<boolean> {
  return (screens[screen.k] as ScreenFn<Screen['k']>)(s, screen);
}

export function installGradingConversation(composer: Composer<BotContext>, deps: GradingConversationDeps): void {
  const { grading, users } = deps;

  async function gradingConversation(conversation: KodoConversation, ctx: ConvContext, args: GradingArgs) {
    const telegramId = ctx.from!.id;
    const correcting = args.mode === 'correct';
    const loaded = await conversation.external(async () => {
      const person = await users.byTelegramId(telegramId);
      if (!person) return { ok: false as const, error: { code: 'not-registered', vars: {} } };
      const view = await attempt(() => (args.mode === 'grade' ? grading.view(person.id, args.submissionId) : grading.correctionView(person.id, args.gradeId)));
      return view.ok ? { ok: true as const, actorId: person.id, view: view.value } : view;
    });
    if (!loaded.ok) {
      await ctx.reply(ctx.t(loaded.error.code, loaded.error.vars));
      return;
    }
    const { actorId, view } = loaded;
    const locale = await ctx.i18n.getLocale();
    const token = correcting ? `c${view.gradeId}` : String(view.submissionId);
    const s: GradingSession = {
      conversation,
      ctx,
      deps,
      view,
      actorId,
      correcting,
      locale,
      draft: new GradeDraftState(view, locale),
      screen: correcting ? { k: 'summary' } : { k: 'overview' },
      history: [],
      edit: undefined,
      prefix: (tag) => `gr:${token}:${tag}:`,
      release: () => (correcting ? Promise.resolve() : conversation.external(() => grading.release(actorId, view.submissionId))),
    };

    try {
      await ctx.reply(
        ctx.t(correcting ? 'grading-correct-intro' : 'grading-intro', {
          project: escapeHtml(view.projectTitle),
          position: view.stepPosition,
          step: escapeHtml(view.stepTitle),
          attempt: view.attempt,
          id: String(view.gradeId ?? ''),
        }),
        { parse_mode: 'HTML' },
      );
      for (const item of view.items) await sendItem(ctx, item, view.attempt);
      while (!(await runScreen(s, s.screen)));
    } catch (error) {
      if (error instanceof Cancelled) {
        await s.release();
        await ctx.reply(ctx.t(correcting ? 'grading-correct-cancelled' : 'grading-cancelled'));
        return;
      }
      throw error;
    }
  }

  composer.use(createConversation(gradingConversation, { id: GRADING, plugins: deps.plugins }));
}
