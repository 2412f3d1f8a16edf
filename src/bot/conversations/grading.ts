// The expert's grading conversation and a moderator's correction of a saved grade: the work's items
// re-sent by file_id, each item's check, each criterion's points, tokens and a comment, a summary
// with the total, the decision. Back works on every screen; nothing is saved before the decision.
import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Composer, type Middleware } from 'grammy';
import {
  checkPoints,
  COMMENT_MAX,
  decisionProblem,
  ITEM_COMMENT_MAX,
  parsePoints,
  pointsChoices,
  REASON_MAX,
  totals,
  whatToRedo,
  type Decision,
  type GradeDraft,
} from '../../domain/grading.ts';
import { summaryCard, type CardData } from '../../services/grade-card.ts';
import type { GradingItemView, GradingService, GradingView } from '../../services/grading/index.ts';
import { ServiceError, type UserService } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { ask, Cancelled, type Answer, type Prompt } from './ask.ts';

export const GRADING = 'grading';

export type GradingArgs = { mode: 'grade'; submissionId: number } | { mode: 'correct'; gradeId: number };

export interface GradingConversationDeps {
  grading: GradingService;
  users: UserService;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
}

type Screen =
  | { k: 'overview' }
  | { k: 'item'; i: number }
  | { k: 'itemComment'; i: number }
  | { k: 'criterion'; j: number }
  | { k: 'finish'; problem?: string }
  | { k: 'summary' }
  | { k: 'override' }
  | { k: 'why'; decision: Decision };

type Failure = { code: string; vars: Record<string, string | number> };
type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

const TEXT_SHOWN_MAX = 3500;
const SNIPPET_LABEL_MAX = 40;
const POINTS_PER_ROW = 6;

const label = (text: string, max = SNIPPET_LABEL_MAX) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
const attr = (text: string) => escapeHtml(text).replace(/"/g, '&quot;');

/** Runs a service call inside `external`, turning its refusals into JSON-safe values. */
async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, error: { code: error.code, vars: error.vars } };
    throw error;
  }
}

/**
 * Waits for the answer to one screen. Buttons count only from this screen's message and with this
 * screen's prefix (which names the submission and the screen), so a stale, doubled or forged
 * button — or one naming another submission — is answered and changes nothing.
 */
async function askScreen(conversation: KodoConversation, ctx: ConvContext, prompt: Prompt, o: { prefix: string; acceptText: boolean; edit?: number }): Promise<Answer & { messageId: number }> {
  return ask(conversation, ctx, prompt, {
    prefix: o.prefix,
    acceptText: o.acceptText,
    editMessageId: o.edit,
    texts: { busy: 'grading-busy', expectText: 'grading-expect-text', expectButtons: 'grading-expect-buttons' },
    // Another queue entry pressed mid-grading: say to finish this one first, loudly.
    foreignButton: (data) => (data.startsWith('rv:') ? { key: 'grading-finish-first', alert: true } : { key: 'stale-button' }),
  });
}

/** Re-sends a handed-in item the way the participant sent it: the same file by its file_id, a link or a text. */
async function sendItem(ctx: ConvContext, item: GradingItemView, attemptNo: number): Promise<void> {
  const chatId = ctx.chat!.id;
  const note = attemptNo > 1 ? `\n${ctx.t(item.carried ? 'grading-item-carried' : 'grading-item-new')}` : '';
  const title = `<b>${item.position}. ${escapeHtml(item.title)}</b>${note}`;
  const c = item.content;
  if (!c) return void (await ctx.reply(`${title}\n${ctx.t(item.required ? 'grading-item-missing' : 'grading-item-skipped')}`, { parse_mode: 'HTML' }));
  try {
    if (c.kind === 'document' && c.fileId) return void (await ctx.api.sendDocument(chatId, c.fileId, { caption: title, parse_mode: 'HTML' }));
    if (c.kind === 'photo' && c.fileId) return void (await ctx.api.sendPhoto(chatId, c.fileId, { caption: title, parse_mode: 'HTML' }));
  } catch {
    // A file Telegram no longer serves is reported instead of stopping the whole review.
    return void (await ctx.reply(`${title}\n${ctx.t('grading-item-file-gone', { name: escapeHtml(c.fileName ?? '') })}`, { parse_mode: 'HTML' }));
  }
  if (c.kind === 'link' && c.url) return void (await ctx.reply(`${title}\n🔗 <a href="${attr(c.url)}">${escapeHtml(c.url)}</a>`, { parse_mode: 'HTML' }));
  const text = c.text ?? '';
  await ctx.reply(`${title}\n${escapeHtml(text.length > TEXT_SHOWN_MAX ? `${text.slice(0, TEXT_SHOWN_MAX)}…` : text)}`, { parse_mode: 'HTML' });
}

function clock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
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
    const { actorId } = loaded;
    const view: GradingView = loaded.view;
    const locale = await ctx.i18n.getLocale();
    const token = correcting ? `c${view.gradeId}` : String(view.submissionId);
    const prefix = (tag: string) => `gr:${token}:${tag}:`;
    const release = () => (correcting ? Promise.resolve() : conversation.external(() => grading.release(actorId, view.submissionId)));

    const checks = new Map<number, { ok: boolean; comment: string }>();
    const scores = new Map<number, number>();
    const tokens = new Set<string>();
    let comment = '';
    let overrideReason: string | null = null;
    if (view.initial) {
      for (const i of view.initial.items) checks.set(i.checklistItemId, { ok: i.ok, comment: i.comment });
      for (const c of view.initial.criteria) scores.set(c.criterionId, c.points);
      for (const t of view.initial.tokens) tokens.add(t);
      comment = view.initial.comment;
      overrideReason = view.initial.overrideReason;
    }
    const items = view.items;
    const criteria = view.criteria;
    const tokenName = (code: string) => {
      const t = view.tokens.find((x) => x.code === code);
      return t ? (locale === 'en' ? t.nameEn : t.nameRu) : code;
    };
    const draft = (decision: Decision): GradeDraft => ({
      items: items.map((i) => ({ checklistItemId: i.checklistItemId, ok: checks.get(i.checklistItemId)?.ok ?? false, comment: checks.get(i.checklistItemId)?.comment ?? '' })),
      criteria: criteria.map((c) => ({ criterionId: c.id, points: scores.get(c.id) ?? 0 })),
      tokens: view.tokens.map((t) => t.code).filter((c) => tokens.has(c)),
      comment,
      decision,
      overrideReason: decision === 'accepted' ? overrideReason : null,
    });
    const card = (): CardData => {
      const d = draft('returned');
      return {
        gradeId: view.gradeId,
        projectTitle: view.projectTitle,
        stepPosition: view.stepPosition,
        stepTitle: view.stepTitle,
        attempt: view.attempt,
        items: items.map((i) => ({ position: i.position, title: i.title, ok: checks.get(i.checklistItemId)?.ok ?? null, comment: checks.get(i.checklistItemId)?.comment ?? '' })),
        criteria: criteria.map((c) => ({ ...c, points: scores.has(c.id) ? scores.get(c.id)! : null })),
        tokens: [...tokens].map(tokenName),
        comment,
        decision: null,
        overrideReason,
        ...totals(criteria, d.criteria),
        redo: whatToRedo({ items: items.map((i) => ({ id: i.checklistItemId, position: i.position, title: i.title })) }, d.items),
      };
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
      for (const item of items) await sendItem(ctx, item, view.attempt);

      let screen = (correcting ? { k: 'summary' } : { k: 'overview' }) as Screen;
      const history: Screen[] = [];
      let edit: number | undefined;
      const go = (next: Screen) => {
        history.push(screen);
        screen = next;
      };
      const back = () => {
        screen = history.pop() ?? screen;
      };
      // A correction returns to the summary after each section; a grading goes on to the next one.
      const afterItems = (): Screen => (correcting ? { k: 'summary' } : criteria.length ? { k: 'criterion', j: 0 } : { k: 'finish' });
      const afterCriteria = (): Screen => (correcting ? { k: 'summary' } : { k: 'finish' });
      const nextItem = (i: number): Screen => (i + 1 < items.length ? { k: 'item', i: i + 1 } : afterItems());
      const nextCriterion = (j: number): Screen => (j + 1 < criteria.length ? { k: 'criterion', j: j + 1 } : afterCriteria());
      const snippetRows = (tag: string, count: number) => view.snippets.slice(0, count).map((s) => [InlineKeyboard.text(`💬 ${label(s.text)}`, `${prefix(tag)}s:${s.id}`)]);
      const backRow = (tag: string) => [InlineKeyboard.text(ctx.t('btn-back'), `${prefix(tag)}back`)];

      for (;;) {
        const s: Screen = screen;
        if (s.k === 'overview') {
          const lines = items.map((i) => {
            const c = checks.get(i.checklistItemId);
            const mark = c === undefined ? '▫️' : c.ok ? '✅' : '✖️';
            const prev = i.previous ? ` ${ctx.t(i.previous.ok ? 'grading-prev-ok' : 'grading-prev-rejected')}` : '';
            return `${mark} ${i.position}. ${escapeHtml(i.title)}${prev}`;
          });
          const until = view.claimExpiresAt && !correcting ? `\n\n${ctx.t('grading-claimed-until', { time: clock(view.claimExpiresAt, deps.timeZone), minutes: grading.claimMinutes })}` : '';
          const kb = new InlineKeyboard([
            [InlineKeyboard.text(ctx.t('grading-btn-all-ok'), `${prefix('o')}all`)],
            [InlineKeyboard.text(ctx.t('grading-btn-by-item'), `${prefix('o')}items`)],
            correcting ? backRow('o') : [InlineKeyboard.text(ctx.t('grading-btn-to-queue'), `${prefix('o')}leave`)],
          ]);
          const a = await askScreen(conversation, ctx, { text: `${ctx.t('grading-overview', { count: items.length })}\n${lines.join('\n')}${until}`, keyboard: kb }, { prefix: prefix('o'), acceptText: false, edit });
          edit = a.messageId;
          if (a.kind !== 'button') continue;
          if (a.data === 'all') {
            for (const i of items) checks.set(i.checklistItemId, { ok: true, comment: '' });
            go(afterItems());
          } else if (a.data === 'items') go(items.length ? { k: 'item', i: 0 } : afterItems());
          else if (a.data === 'back') back();
          else if (a.data === 'leave') {
            await release();
            const markup = { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') };
            await a.ctx.editMessageText(ctx.t('grading-left'), markup).catch(() => ctx.reply(ctx.t('grading-left'), markup));
            return;
          }
        } else if (s.k === 'item') {
          const item = items[s.i]!;
          const c = checks.get(item.checklistItemId);
          const parts = [ctx.t('grading-item-head', { n: s.i + 1, count: items.length, position: item.position, title: escapeHtml(item.title) })];
          if (item.hint) parts.push(`<i>${escapeHtml(item.hint)}</i>`);
          if (item.previous) parts.push(ctx.t(item.previous.ok ? 'grading-prev-ok-long' : 'grading-prev-rejected-long', { comment: escapeHtml(item.previous.comment || '—') }));
          if (c) parts.push(ctx.t(c.ok ? 'grading-item-now-ok' : 'grading-item-now-rejected', { comment: escapeHtml(c.comment || '—') }));
          const rows = [[InlineKeyboard.text(ctx.t('grading-btn-ok'), `${prefix(`i${s.i}`)}ok`), InlineKeyboard.text(ctx.t('grading-btn-rejected'), `${prefix(`i${s.i}`)}no`)]];
          if (s.i + 1 < items.length) rows.push([InlineKeyboard.text(ctx.t('grading-btn-rest-ok'), `${prefix(`i${s.i}`)}rest`)]);
          rows.push(backRow(`i${s.i}`));
          const a = await askScreen(conversation, ctx, { text: parts.join('\n'), keyboard: new InlineKeyboard(rows) }, { prefix: prefix(`i${s.i}`), acceptText: false, edit });
          edit = a.messageId;
          if (a.kind !== 'button') continue;
          if (a.data === 'ok') {
            checks.set(item.checklistItemId, { ok: true, comment: '' });
            go(nextItem(s.i));
          } else if (a.data === 'no') go({ k: 'itemComment', i: s.i });
          else if (a.data === 'rest') {
            for (const i of items.slice(s.i)) checks.set(i.checklistItemId, { ok: true, comment: '' });
            go(afterItems());
          } else if (a.data === 'back') back();
        } else if (s.k === 'itemComment') {
          const item = items[s.i]!;
          const tag = `m${s.i}`;
          const kb = new InlineKeyboard([...snippetRows(tag, 5), [InlineKeyboard.text(ctx.t('grading-btn-no-comment'), `${prefix(tag)}none`)], backRow(tag)]);
          let problem = '';
          for (;;) {
            const text = `${problem}${ctx.t('grading-ask-item-comment', { position: item.position, title: escapeHtml(item.title) })}`;
            const a = await askScreen(conversation, ctx, { text, keyboard: kb }, { prefix: prefix(tag), acceptText: true, edit });
            edit = a.kind === 'button' ? a.messageId : undefined;
            if (a.kind === 'text') {
              const typed = a.text.trim();
              if (!typed || typed.length > ITEM_COMMENT_MAX) {
                problem = `${ctx.t('grading-comment-too-long', { max: ITEM_COMMENT_MAX })}\n\n`;
                continue;
              }
              checks.set(item.checklistItemId, { ok: false, comment: typed });
              go(nextItem(s.i));
            } else if (a.data === 'none') {
              checks.set(item.checklistItemId, { ok: false, comment: '' });
              go(nextItem(s.i));
            } else if (a.data === 'back') back();
            else {
              const snippet = view.snippets.find((x) => `s:${x.id}` === a.data);
              if (!snippet) continue;
              checks.set(item.checklistItemId, { ok: false, comment: snippet.text });
              go(nextItem(s.i));
            }
            break;
          }
        } else if (s.k === 'criterion') {
          const c = criteria[s.j]!;
          const tag = `c${s.j}`;
          const choices = pointsChoices(c);
          const buttons = choices.map((p) =>
            InlineKeyboard.text(c.yesNo ? ctx.t(p > 0 || c.maxPoints === 0 ? 'grading-btn-yes' : 'grading-btn-no', { points: p }) : String(p), `${prefix(tag)}p:${p}`),
          );
          const rows: ReturnType<typeof InlineKeyboard.text>[][] = [];
          for (let k = 0; k < buttons.length; k += POINTS_PER_ROW) rows.push(buttons.slice(k, k + POINTS_PER_ROW));
          if (!correcting && s.j + 1 < criteria.length) rows.push([InlineKeyboard.text(ctx.t('grading-btn-rest-max'), `${prefix(tag)}max`)]);
          rows.push(backRow(tag));
          const typed = !c.yesNo;
          let problem = '';
          for (;;) {
            const head = ctx.t(c.yesNo ? 'grading-criterion-yes-no' : typed && choices.length < c.maxPoints + 1 ? 'grading-criterion-typed' : 'grading-criterion', {
              n: s.j + 1,
              count: criteria.length,
              title: escapeHtml(c.title),
              max: c.maxPoints,
            });
            const now = scores.has(c.id) ? `\n${ctx.t('grading-criterion-now', { points: scores.get(c.id)! })}` : '';
            const a = await askScreen(conversation, ctx, { text: `${problem}${head}${now}`, keyboard: new InlineKeyboard(rows) }, { prefix: prefix(tag), acceptText: typed, edit });
            edit = a.kind === 'button' ? a.messageId : undefined;
            let points: number | null = null;
            if (a.kind === 'text') points = parsePoints(a.text);
            else if (a.data === 'back') {
              back();
              break;
            } else if (a.data === 'max') {
              for (const rest of criteria.slice(s.j)) scores.set(rest.id, rest.maxPoints);
              go(afterCriteria());
              break;
            } else if (a.data.startsWith('p:')) points = parsePoints(a.data.slice(2));
            if (points === null || !checkPoints(c, points).ok) {
              problem = `${ctx.t('grading-points-out-of-range', { max: c.maxPoints })}\n\n`;
              continue;
            }
            scores.set(c.id, points);
            go(nextCriterion(s.j));
            break;
          }
        } else if (s.k === 'finish') {
          const rows: ReturnType<typeof InlineKeyboard.text>[][] = [];
          const toggles = view.tokens.map((t) => InlineKeyboard.text(`${tokens.has(t.code) ? '✅ ' : ''}${locale === 'en' ? t.nameEn : t.nameRu}`, `${prefix('f')}t:${t.code}`));
          for (let k = 0; k < toggles.length; k += 3) rows.push(toggles.slice(k, k + 3));
          rows.push(...snippetRows('f', 3));
          if (comment) rows.push([InlineKeyboard.text(ctx.t('grading-btn-clear-comment'), `${prefix('f')}clear`)]);
          rows.push([InlineKeyboard.text(ctx.t(comment ? 'grading-btn-next' : 'grading-btn-next-no-comment'), `${prefix('f')}next`)]);
          rows.push(backRow('f'));
          const current = comment ? `\n\n${ctx.t('grading-comment-now', { comment: escapeHtml(comment) })}` : '';
          const problem = s.problem ? `${s.problem}\n\n` : '';
          const a = await askScreen(conversation, ctx, { text: `${problem}${ctx.t('grading-finish')}${current}`, keyboard: new InlineKeyboard(rows) }, { prefix: prefix('f'), acceptText: true, edit });
          edit = a.kind === 'button' ? a.messageId : undefined;
          if (a.kind === 'text') {
            const typed = a.text.trim();
            if (typed.length > COMMENT_MAX) {
              screen = { k: 'finish', problem: ctx.t('grading-comment-too-long', { max: COMMENT_MAX }) };
              continue;
            }
            comment = typed;
            go({ k: 'summary' });
          } else if (a.data.startsWith('t:')) {
            const code = a.data.slice(2);
            if (view.tokens.some((t) => t.code === code)) {
              if (tokens.has(code)) tokens.delete(code);
              else tokens.add(code);
            }
            screen = { k: 'finish' };
          } else if (a.data === 'clear') {
            comment = '';
            screen = { k: 'finish' };
          } else if (a.data === 'next') go({ k: 'summary' });
          else if (a.data === 'back') back();
          else {
            const snippet = view.snippets.find((x) => `s:${x.id}` === a.data);
            if (!snippet) continue;
            comment = snippet.text;
            go({ k: 'summary' });
          }
        } else if (s.k === 'summary') {
          const rows = correcting
            ? [
                [
                  InlineKeyboard.text(ctx.t('grading-btn-edit-items'), `${prefix('s')}go:o`),
                  InlineKeyboard.text(ctx.t('grading-btn-edit-criteria'), `${prefix('s')}go:c`),
                  InlineKeyboard.text(ctx.t('grading-btn-edit-finish'), `${prefix('s')}go:f`),
                ],
                [InlineKeyboard.text(ctx.t('grading-btn-save-accepted'), `${prefix('s')}acc`), InlineKeyboard.text(ctx.t('grading-btn-save-returned'), `${prefix('s')}ret`)],
                [InlineKeyboard.text(ctx.t('grading-btn-quit'), `${prefix('s')}quit`)],
              ]
            : [[InlineKeyboard.text(ctx.t('grading-btn-accept'), `${prefix('s')}acc`), InlineKeyboard.text(ctx.t('grading-btn-return'), `${prefix('s')}ret`)], backRow('s')];
          const a = await askScreen(conversation, ctx, { text: summaryCard(ctx.t.bind(ctx), card()), keyboard: new InlineKeyboard(rows) }, { prefix: prefix('s'), acceptText: false, edit });
          edit = a.messageId;
          if (a.kind !== 'button') continue;
          if (a.data === 'back') back();
          else if (a.data === 'quit') {
            await a.ctx.editMessageText(ctx.t('grading-correct-cancelled')).catch(() => ctx.reply(ctx.t('grading-correct-cancelled')));
            return;
          } else if (a.data === 'go:o') go({ k: 'overview' });
          else if (a.data === 'go:c') go(criteria.length ? { k: 'criterion', j: 0 } : { k: 'summary' });
          else if (a.data === 'go:f') go({ k: 'finish' });
          else if (a.data === 'acc' || a.data === 'ret') {
            const decision: Decision = a.data === 'acc' ? 'accepted' : 'returned';
            const problem = decisionProblem(draft(decision));
            if (problem === 'accept-with-rejected-items') go({ k: 'override' });
            else if (problem === 'return-without-reason') go({ k: 'finish', problem: ctx.t('grading-return-needs-reason') });
            else if (correcting) go({ k: 'why', decision });
            else {
              if (await save(a.ctx, decision)) return;
              edit = undefined;
            }
          }
        } else if (s.k === 'override') {
          const rejected = items.filter((i) => checks.get(i.checklistItemId)?.ok === false).map((i) => i.position).join(', ');
          const a = await askScreen(conversation, ctx, { text: ctx.t('grading-ask-override', { items: rejected }), keyboard: new InlineKeyboard([backRow('r')]) }, { prefix: prefix('r'), acceptText: true, edit });
          edit = a.kind === 'button' ? a.messageId : undefined;
          if (a.kind === 'button') {
            back();
            continue;
          }
          const typed = a.text.trim();
          if (!typed || typed.length > REASON_MAX) {
            await ctx.reply(ctx.t('grading-comment-too-long', { max: REASON_MAX }));
            continue;
          }
          overrideReason = typed;
          if (correcting) {
            screen = { k: 'why', decision: 'accepted' };
            continue;
          }
          if (await save(a.ctx, 'accepted')) return;
          screen = { k: 'summary' };
        } else {
          const decision = s.decision;
          const a = await askScreen(conversation, ctx, { text: ctx.t('grading-ask-correction-reason'), keyboard: new InlineKeyboard([backRow('w')]) }, { prefix: prefix('w'), acceptText: true, edit });
          edit = a.kind === 'button' ? a.messageId : undefined;
          if (a.kind === 'button') {
            back();
            continue;
          }
          const reason = a.text.trim();
          if (!reason || reason.length > REASON_MAX) {
            await ctx.reply(ctx.t('grading-comment-too-long', { max: REASON_MAX }));
            continue;
          }
          const effectKey = `update:${a.ctx.update.update_id}`;
          const d = draft(decision);
          const result = await conversation.external(() => attempt(() => grading.correctGrade(actorId, view.gradeId!, d, reason, view.version!, effectKey)));
          if (result.ok) {
            const delta = result.value.pointsDelta;
            await ctx.reply(ctx.t('grading-corrected', { id: String(view.gradeId), total: result.value.total, max: result.value.max, delta: delta > 0 ? `+${delta}` : String(delta) }), { parse_mode: 'HTML' });
            return;
          }
          await ctx.reply(ctx.t(result.error.code, result.error.vars));
          if (result.error.code === 'grading-err-correction-conflict' || result.error.code === 'grading-err-not-moderator') return;
          screen = { k: 'summary' };
          history.length = 0;
        }
      }
    } catch (error) {
      if (error instanceof Cancelled) {
        await release();
        await ctx.reply(ctx.t(correcting ? 'grading-correct-cancelled' : 'grading-cancelled'));
        return;
      }
      throw error;
    }

    /** Saves the grade; true when the conversation is over (saved, or lost to another expert). */
    async function save(answerCtx: ConvContext, decision: Decision): Promise<boolean> {
      const d = draft(decision);
      const effectKey = `update:${answerCtx.update.update_id}`;
      let result = await conversation.external(() => attempt(() => grading.saveGrade(actorId, view.submissionId, d, effectKey)));
      if (!result.ok && result.error.code === 'grading-err-claim-expired') {
        const free = await conversation.external(() => grading.claimable(actorId, view.submissionId));
        if (!free) {
          await ctx.reply(ctx.t('grading-claim-lost'), { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') });
          return true;
        }
        const a = await askScreen(
          conversation,
          ctx,
          {
            text: ctx.t('grading-claim-expired', { minutes: grading.claimMinutes }),
            keyboard: new InlineKeyboard().text(ctx.t('grading-btn-reclaim-save'), `${prefix('x')}again`).row().text(ctx.t('grading-btn-drop'), `${prefix('x')}drop`),
          },
          { prefix: prefix('x'), acceptText: false },
        );
        if (a.kind !== 'button' || a.data !== 'again') {
          await ctx.reply(ctx.t('grading-cancelled'));
          return true;
        }
        const again = `update:${a.ctx.update.update_id}`;
        result = await conversation.external(async () => {
          const claimed = await attempt(() => grading.claim(actorId, view.submissionId));
          if (!claimed.ok) return claimed;
          return attempt(() => grading.saveGrade(actorId, view.submissionId, d, again));
        });
      }
      if (result.ok) {
        const r = result.value;
        await ctx.reply(ctx.t(r.decision === 'accepted' ? 'grading-saved-accepted' : 'grading-saved-returned', { total: r.total, max: r.max, id: String(r.gradeId) }), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-next-work'), 'rv:next').text(ctx.t('grading-btn-queue'), 'rv:queue'),
        });
        return true;
      }
      const final = ['grading-err-already-graded', 'grading-err-taken', 'grading-err-not-waiting', 'grading-err-not-found', 'grading-err-not-assigned', 'grading-err-not-expert', 'grading-err-own'];
      if (final.includes(result.error.code)) {
        await ctx.reply(ctx.t(result.error.code, result.error.vars), { reply_markup: new InlineKeyboard().text(ctx.t('grading-btn-queue'), 'rv:queue') });
        return true;
      }
      await ctx.reply(ctx.t(result.error.code, result.error.vars));
      return false;
    }
  }

  composer.use(createConversation(gradingConversation, { id: GRADING, plugins: deps.plugins }));
}
