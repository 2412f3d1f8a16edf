// The builder's questions about a step: a new step (title, task, dates), one field at a time, a
// material (a link or a file sent to the bot, kept by file_id), a checklist item (what to hand in,
// then what it takes), its hint, a criterion (name, then points or «да N») and its points. Each
// change names the step version it was made on, so a co-author's change meanwhile is not overwritten.
import { createConversation } from '@grammyjs/conversations';
import type { Composer } from 'grammy';
import { parseRange, startOfLocalDay } from '../../domain/date-input.ts';
import { formatRange, toLocalDate } from '../../domain/dates.ts';
import { checkText, ITEM_ACCEPTS, parsePoints } from '../../domain/project-draft.ts';
import type { StepChange } from '../../services/authoring/step-edit.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import type { StepField } from '../authoring-data.ts';
import { escapeHtml } from '../html.ts';
import { stepEditScreen } from '../views/authoring-view.ts';
import { Cancelled } from './ask.ts';
import { envOf, FINAL_REFUSALS, outcome, plain, question, refusal, sendScreen, type AuthoringConversationDeps, type Outcome } from './authoring-common.ts';

export const AUTHORING_STEP = 'authoring-step';

export type StepMode =
  | { kind: 'new'; projectId: number }
  | { kind: 'field'; stepId: number; version: number; field: StepField }
  | { kind: 'material'; stepId: number; version: number }
  | { kind: 'item'; stepId: number; version: number }
  | { kind: 'hint'; stepId: number; version: number; itemId: number }
  | { kind: 'criterion'; stepId: number; version: number }
  | { kind: 'points'; stepId: number; version: number; criterionId: number };

/** Telegram's 20 MB download limit does not matter here (files are kept by file_id), but a name does. */
const LINK_WITH_TITLE = /^(.*?)\s*[—–-]?\s*(https?:\/\/\S+)\s*$/s;

export function installStepConversation(composer: Composer<BotContext>, deps: AuthoringConversationDeps): void {
  const { authoring } = deps.services;

  async function run(conversation: KodoConversation, ctx: ConvContext, userId: number, mode: StepMode): Promise<void> {
    let stepId = mode.kind === 'new' ? 0 : mode.stepId;
    let version = mode.kind === 'new' ? 0 : mode.version;
    const show = async (c: ConvContext) => {
      const screen = await conversation.external(async () => {
        const found = await outcome(() => authoring.read.step(userId, stepId));
        return found.ok ? plain(stepEditScreen(await envOf(c, deps), found.value)) : null;
      });
      if (screen) await sendScreen(c, screen);
    };
    /** Saves a step change: true when saved, false to ask again, null to stop (not allowed, conflict). */
    const save = async (c: ConvContext, work: () => Promise<StepChange>): Promise<boolean | null> => {
      const result: Outcome<StepChange> = await conversation.external(() => outcome(work));
      if (result.ok) {
        stepId = result.value.stepId;
        version = result.value.version;
        return true;
      }
      await c.reply(refusal(c, result), { parse_mode: 'HTML' });
      return FINAL_REFUSALS.has(result.code) ? null : false;
    };
    const textQ = async (c: ConvContext, promptKey: string, optional: boolean, apply: (value: string) => Promise<StepChange>): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t(promptKey), { skip: optional });
        if (answer.kind === 'button') return true;
        if (answer.kind !== 'text') continue;
        const ok = await save(c, () => apply(answer.text));
        if (ok !== false) return ok === true;
      }
    };
    const datesQ = async (c: ConvContext, optional: boolean): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t('authoring-ask-step-dates'), { skip: optional });
        if (answer.kind === 'button') return true;
        if (answer.kind !== 'text') continue;
        const today = await conversation.external(() => toLocalDate(deps.now(), deps.timeZone));
        const range = parseRange(answer.text, today);
        if (!range.ok) {
          await c.reply(c.t(range.reason === 'order' ? 'authoring-err-dates-order' : 'authoring-err-dates-format'));
          continue;
        }
        const from = startOfLocalDay(range.from, deps.timeZone);
        const to = startOfLocalDay(range.to, deps.timeZone);
        const ok = await save(c, () => authoring.steps.setDates(userId, stepId, version, from, to));
        if (ok === null) return false;
        if (ok) {
          const locale = (await conversation.external(async () => c.i18n.getLocale())) === 'en' ? 'en' : 'ru';
          await c.reply(c.t('authoring-dates-read', { dates: escapeHtml(formatRange(from, to, locale, deps.timeZone)) }));
          return true;
        }
      }
    };
    const pointsQ = async (c: ConvContext, apply: (yesNo: boolean, points: number) => Promise<StepChange>): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t('authoring-ask-points'), { choices: [['1', 'p:1'], ['2', 'p:2'], ['3', 'p:3'], ['5', 'p:5'], [c.t('authoring-btn-yes-no', { points: 1 }), 'y:1']], perRow: 5 });
        let yesNo: boolean;
        let points: number;
        if (answer.kind === 'button') {
          yesNo = answer.data.startsWith('y:');
          points = Number(answer.data.slice(2));
        } else if (answer.kind === 'text') {
          const parsed = parsePoints(answer.text);
          if (!parsed.ok) {
            await c.reply(c.t(`authoring-err-points-${parsed.reason}`, { max: parsed.max }));
            continue;
          }
          yesNo = parsed.yesNo;
          points = parsed.maxPoints;
        } else continue;
        const ok = await save(c, () => apply(yesNo, points));
        if (ok !== false) return ok === true;
      }
    };

    try {
      switch (mode.kind) {
        case 'new': {
          for (;;) {
            const answer = await question(conversation, ctx, ctx.t('authoring-ask-step-title'));
            if (answer.kind !== 'text') continue;
            const ok = await save(ctx, () => authoring.steps.addStep(userId, mode.projectId, answer.text));
            if (ok === null) return;
            if (ok) break;
          }
          if (!(await textQ(ctx, 'authoring-ask-task', true, (v) => authoring.steps.setText(userId, stepId, version, 'task', v)))) return;
          if (!(await datesQ(ctx, true))) return;
          break;
        }
        case 'field':
          if (mode.field === 'dates') await datesQ(ctx, false);
          else await textQ(ctx, mode.field === 'title' ? 'authoring-ask-step-title' : 'authoring-ask-task', mode.field === 'task', (v) => authoring.steps.setText(userId, stepId, version, mode.field as 'title' | 'task', v));
          break;
        case 'material':
          for (;;) {
            const answer = await question(conversation, ctx, ctx.t('authoring-ask-material'), { files: true });
            if (answer.kind === 'button') continue;
            let material: { title: string; url?: string; fileId?: string };
            if (answer.kind === 'file') material = { title: answer.name.slice(0, 200), fileId: answer.fileId };
            else {
              const m = LINK_WITH_TITLE.exec(answer.text.trim());
              if (!m) {
                await ctx.reply(ctx.t('authoring-err-link'));
                continue;
              }
              material = { title: m[1]!.trim() || m[2]!, url: m[2]! };
            }
            const ok = await save(ctx, () => authoring.steps.addMaterial(userId, stepId, version, material));
            if (ok !== false) break;
          }
          break;
        case 'item': {
          let title = '';
          for (;;) {
            const answer = await question(conversation, ctx, ctx.t('authoring-ask-item'));
            if (answer.kind !== 'text') continue;
            const checked = checkText('itemTitle', answer.text);
            if (checked.ok) {
              title = checked.value;
              break;
            }
            await ctx.reply(ctx.t(`authoring-err-${checked.reason}`, { max: checked.max }));
          }
          for (;;) {
            const answer = await question(conversation, ctx, ctx.t('authoring-ask-accepts', { title: escapeHtml(title) }), {
              choices: ITEM_ACCEPTS.map((a, i): [string, string] => [ctx.t(`authoring-accepts-${a}`), `a:${i}`]),
              perRow: 2,
            });
            if (answer.kind !== 'button' || !answer.data.startsWith('a:')) continue;
            const accepts = ITEM_ACCEPTS[Number(answer.data.slice(2))] ?? 'any';
            const ok = await save(ctx, () => authoring.steps.addItem(userId, stepId, version, { title, accepts, required: true, hint: '' }));
            if (ok !== false) break;
          }
          break;
        }
        case 'hint':
          await textQ(ctx, 'authoring-ask-hint', false, (v) => authoring.steps.updateItem(userId, stepId, version, mode.itemId, { hint: v }));
          break;
        case 'criterion': {
          let title = '';
          for (;;) {
            const answer = await question(conversation, ctx, ctx.t('authoring-ask-criterion'));
            if (answer.kind !== 'text') continue;
            const checked = checkText('criterionTitle', answer.text);
            if (checked.ok) {
              title = checked.value;
              break;
            }
            await ctx.reply(ctx.t(`authoring-err-${checked.reason}`, { max: checked.max }));
          }
          await pointsQ(ctx, (yesNo, maxPoints) => authoring.steps.addCriterion(userId, stepId, version, { title, yesNo, maxPoints }));
          break;
        }
        case 'points':
          await pointsQ(ctx, (yesNo, maxPoints) => authoring.steps.updateCriterion(userId, stepId, version, mode.criterionId, { yesNo, maxPoints }));
          break;
      }
      await show(ctx);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      await ctx.reply(ctx.t('authoring-cancelled-saved'));
      if (stepId) await show(ctx);
    }
  }

  composer.use(createConversation(run, { id: AUTHORING_STEP, plugins: deps.plugins }));
}
