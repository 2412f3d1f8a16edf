// The builder's questions about a project: the new-project walk-through (title, summary,
// description, kind, level, guilds, directions, dates, hours) saving each answer into the draft as it
// comes, and the same questions one at a time from the project screen.
import { createConversation } from '@grammyjs/conversations';
import type { Composer } from 'grammy';
import { parseRange, startOfLocalDay } from '../../domain/date-input.ts';
import { formatRange, toLocalDate } from '../../domain/dates.ts';
import { parseHours, PROJECT_KINDS, PROJECT_LEVELS } from '../../domain/project-draft.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import type { ProjectField } from '../authoring-data.ts';
import { escapeHtml } from '../html.ts';
import { refName } from '../views/catalogue-view.ts';
import { projectScreen } from '../views/authoring-view.ts';
import { Cancelled } from './ask.ts';
import { envOf, FINAL_REFUSALS, outcome, plain, question, refusal, sendScreen, type AuthoringConversationDeps, type Outcome } from './authoring-common.ts';

export const AUTHORING_PROJECT = 'authoring-project';

export type ProjectMode = { kind: 'new' } | { kind: 'field'; projectId: number; field: ProjectField };

export function installProjectConversation(composer: Composer<BotContext>, deps: AuthoringConversationDeps): void {
  const { authoring, catalogue } = deps.services;

  async function run(conversation: KodoConversation, ctx: ConvContext, userId: number, mode: ProjectMode): Promise<void> {
    let projectId = mode.kind === 'field' ? mode.projectId : 0;
    const show = async (c: ConvContext) => {
      const screen = await conversation.external(async () => {
        const found = await outcome(() => authoring.read.project(userId, projectId));
        return found.ok ? plain(projectScreen(await envOf(c, deps), found.value)) : null;
      });
      if (screen) await sendScreen(c, screen);
    };
    /** Saves one answer; false when the question must be asked again, null when the walk-through must end. */
    const save = async (c: ConvContext, work: () => Promise<unknown>): Promise<boolean | null> => {
      const result: Outcome<unknown> = await conversation.external(() => outcome(work));
      if (result.ok) return true;
      await c.reply(refusal(c, result), { parse_mode: 'HTML' });
      return FINAL_REFUSALS.has(result.code) ? null : false;
    };
    const text = async (c: ConvContext, promptKey: string, field: 'title' | 'summary' | 'description', optional: boolean): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t(promptKey), { skip: optional });
        if (answer.kind === 'button') return true; // skipped
        if (answer.kind !== 'text') continue;
        if (field === 'title' && projectId === 0) {
          // The new draft's id comes back from `external`, so a replay learns it too.
          const created: Outcome<number> = await conversation.external(() => outcome(() => authoring.projects.createDraft(userId, answer.text)));
          if (created.ok) {
            projectId = created.value;
            return true;
          }
          await c.reply(refusal(c, created), { parse_mode: 'HTML' });
          if (FINAL_REFUSALS.has(created.code)) return false;
          continue;
        }
        const ok = await save(c, () => authoring.projects.setText(userId, projectId, field, answer.text));
        if (ok === null) return false;
        if (ok) return true;
      }
    };
    const choose = async (c: ConvContext, promptKey: string, values: readonly string[], labelKey: string, set: (value: string) => Promise<unknown>): Promise<boolean> => {
      const answer = await question(conversation, c, c.t(promptKey), { choices: values.map((v, i) => [c.t(`${labelKey}-${v}`), `v:${i}`]), perRow: 1 });
      if (answer.kind !== 'button' || !answer.data.startsWith('v:')) return true;
      return (await save(c, () => set(values[Number(answer.data.slice(2))]!))) !== null;
    };
    const pick = async (c: ConvContext, which: 'guilds' | 'directions'): Promise<boolean> => {
      const ref = await conversation.external(() => catalogue.reference());
      const items = which === 'guilds' ? ref.guilds : ref.directions;
      const locale = await conversation.external(async () => ((await c.i18n.getLocale()) === 'en' ? 'en' : 'ru'));
      const chosen = new Set<string>();
      for (;;) {
        const answer = await question(conversation, c, c.t(which === 'guilds' ? 'authoring-ask-guilds' : 'authoring-ask-directions'), {
          choices: [...items.map((item, i): [string, string] => [`${chosen.has(item.code) ? '✅ ' : ''}${refName(item, locale)}`, `t:${i}`]), [c.t('authoring-btn-done'), 'done']],
          perRow: 2,
        });
        if (answer.kind !== 'button') continue;
        if (answer.data === 'done' || answer.data === 'skip') break;
        const item = items[Number(answer.data.slice(2))];
        if (!item) continue;
        if (chosen.has(item.code)) chosen.delete(item.code);
        else {
          // «Любая» stands alone.
          if (item.code === 'any') chosen.clear();
          else chosen.delete('any');
          chosen.add(item.code);
        }
      }
      const codes = [...chosen];
      return (await save(c, () => (which === 'guilds' ? authoring.projects.setGuilds(userId, projectId, codes) : authoring.projects.setDirections(userId, projectId, codes)))) !== null;
    };
    const datesQ = async (c: ConvContext): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t('authoring-ask-project-dates'));
        if (answer.kind !== 'text') continue;
        const today = await conversation.external(() => toLocalDate(deps.now(), deps.timeZone));
        const range = parseRange(answer.text, today);
        if (!range.ok) {
          await c.reply(c.t(range.reason === 'order' ? 'authoring-err-dates-order' : 'authoring-err-dates-format'));
          continue;
        }
        const from = startOfLocalDay(range.from, deps.timeZone);
        const to = startOfLocalDay(range.to, deps.timeZone);
        const ok = await save(c, () => authoring.projects.setDates(userId, projectId, from, to));
        if (ok === null) return false;
        if (ok) {
          const locale = (await conversation.external(async () => c.i18n.getLocale())) === 'en' ? 'en' : 'ru';
          await c.reply(c.t('authoring-dates-read', { dates: escapeHtml(formatRange(from, to, locale, deps.timeZone)) }));
          return true;
        }
      }
    };
    const hoursQ = async (c: ConvContext): Promise<boolean> => {
      for (;;) {
        const answer = await question(conversation, c, c.t('authoring-ask-hours'), { skip: true });
        if (answer.kind === 'button') return true;
        if (answer.kind !== 'text') continue;
        const hours = parseHours(answer.text);
        if (!hours.ok) {
          await c.reply(c.t('authoring-err-hours', { max: hours.max }));
          continue;
        }
        const ok = await save(c, () => authoring.projects.setHours(userId, projectId, hours.hours));
        if (ok !== false) return ok === true;
      }
    };

    try {
      if (mode.kind === 'field') {
        const field = mode.field;
        if (field === 'dates') await datesQ(ctx);
        else if (field === 'hours') await hoursQ(ctx);
        else await text(ctx, `authoring-ask-${field}`, field, field === 'description');
        await show(ctx);
        return;
      }
      if (!(await text(ctx, 'authoring-ask-title-new', 'title', false))) return;
      const steps: (() => Promise<boolean>)[] = [
        () => text(ctx, 'authoring-ask-summary', 'summary', true),
        () => text(ctx, 'authoring-ask-description', 'description', true),
        () => choose(ctx, 'authoring-ask-kind', PROJECT_KINDS, 'authoring-kind', (kind) => authoring.projects.setKind(userId, projectId, kind)),
        () => choose(ctx, 'authoring-ask-level', PROJECT_LEVELS, 'authoring-level', (level) => authoring.projects.setLevel(userId, projectId, level)),
        () => pick(ctx, 'guilds'),
        () => pick(ctx, 'directions'),
        () => datesQ(ctx),
      ];
      for (const ask of steps) if (!(await ask())) return;
      const kind = await conversation.external(async () => (await authoring.read.project(userId, projectId)).kind);
      if (kind === 'train' && !(await hoursQ(ctx))) return;
      await ctx.reply(ctx.t('authoring-new-saved'));
      await show(ctx);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      if (projectId) {
        await ctx.reply(ctx.t('authoring-cancelled-saved'));
        await show(ctx);
      } else await ctx.reply(ctx.t('authoring-cancelled'));
    }
  }

  composer.use(createConversation(run, { id: AUTHORING_PROJECT, plugins: deps.plugins }));
}
