// Renders a grade as HTML lines: the participant's card (outbox) and the expert's summary screen share it.
import { fitLines, type Change, type Decision, type RedoItem } from '../domain/grading.ts';
import { escapeHtml } from '../render/escape.ts';

export type T = (key: string, vars?: Record<string, string | number>) => string;

export interface CardItem {
  position: number;
  title: string;
  /** null while the expert has not looked at it yet (summary screen only). */
  ok: boolean | null;
  comment: string;
}

export interface CardCriterion {
  position: number;
  title: string;
  maxPoints: number;
  yesNo: boolean;
  points: number | null;
}

export interface CardData {
  gradeId: number | null;
  projectTitle: string;
  stepPosition: number;
  stepTitle: string;
  attempt: number;
  items: CardItem[];
  criteria: CardCriterion[];
  /** Token names in the reader's language. */
  tokens: string[];
  comment: string;
  decision: Decision | null;
  overrideReason: string | null;
  total: number;
  max: number;
  redo: RedoItem[];
}

/** Telegram's limit for a message text. */
export const MESSAGE_LIMIT = 4096;

/** Services render HTML for the outbox without depending on the bot layer. */

const quote = (text: string) => escapeHtml(text.replace(/\s+/g, ' ').trim());

function header(t: T, d: CardData, key: string): string {
  return t(key, { project: escapeHtml(d.projectTitle), position: d.stepPosition, step: escapeHtml(d.stepTitle), attempt: d.attempt });
}

function itemLines(t: T, d: CardData): string[] {
  const lines = [t('grading-card-items')];
  for (const item of d.items) {
    const mark = item.ok === null ? '▫️' : item.ok ? '✅' : '✖️';
    const comment = item.comment.trim() ? ` — <i>${quote(item.comment)}</i>` : '';
    lines.push(`${mark} ${item.position}. ${escapeHtml(item.title)}${comment}`);
  }
  return lines;
}

function criterionLines(t: T, d: CardData): string[] {
  const lines = [t('grading-card-criteria')];
  for (const c of d.criteria) {
    const title = escapeHtml(c.title);
    if (c.points === null) lines.push(t('grading-card-criterion-open', { title, max: c.maxPoints }));
    else if (c.yesNo) lines.push(t(c.points > 0 ? 'grading-card-criterion-yes' : 'grading-card-criterion-no', { title, points: c.points, max: c.maxPoints }));
    else lines.push(t('grading-card-criterion', { title, points: c.points, max: c.maxPoints }));
  }
  return lines;
}

function tail(t: T, d: CardData): string[] {
  const lines: string[] = [];
  if (d.tokens.length) lines.push(t('grading-card-tokens', { tokens: d.tokens.join(', ') }));
  if (d.comment.trim()) lines.push(t('grading-card-comment', { comment: quote(d.comment) }));
  if (d.overrideReason?.trim()) lines.push(t('grading-card-override', { reason: quote(d.overrideReason) }));
  return lines;
}

/** Points are credited only for accepted work: a returned card says what it would score, not a total. */
function totalLine(t: T, d: Pick<CardData, 'decision' | 'total' | 'max'>): string {
  return t(d.decision === 'returned' ? 'grading-card-total-returned' : 'grading-card-total', { total: d.total, max: d.max });
}

/** The card the participant receives when a grade is saved. */
export function participantCard(t: T, d: CardData): string {
  const lines = [header(t, d, 'grading-card-title')];
  lines.push(t(d.decision === 'accepted' ? 'grading-card-accepted' : 'grading-card-returned'));
  lines.push(totalLine(t, d));
  lines.push('', ...itemLines(t, d), '', ...criterionLines(t, d));
  const rest = tail(t, d);
  if (rest.length) lines.push('', ...rest);
  if (d.decision === 'returned') {
    if (d.redo.length) {
      lines.push('', t('grading-card-redo'));
      for (const r of d.redo) lines.push(`• ${r.position}. ${escapeHtml(r.title)}${r.comment.trim() ? ` — <i>${quote(r.comment)}</i>` : ''}`);
    }
    lines.push('', t('grading-card-resubmit'));
  } else {
    lines.push('', t('grading-card-points', { points: d.total }));
  }
  if (d.gradeId !== null) lines.push(t('grading-card-number', { id: String(d.gradeId) }));
  return fitLines(lines, MESSAGE_LIMIT);
}

/** The expert's (or moderator's) summary before saving: everything so far and the total. */
export function summaryCard(t: T, d: CardData): string {
  const lines = [header(t, d, 'grading-summary-title')];
  lines.push('', ...itemLines(t, d), '', ...criterionLines(t, d));
  const rest = tail(t, d);
  if (rest.length) lines.push('', ...rest);
  lines.push('', t('grading-card-total', { total: d.total, max: d.max }));
  return fitLines(lines, MESSAGE_LIMIT);
}

/** What a moderator's correction changed, for the participant. */
export function correctionNotice(t: T, d: Pick<CardData, 'projectTitle' | 'stepPosition' | 'stepTitle' | 'attempt' | 'gradeId' | 'total' | 'max' | 'decision'>, changes: Change[], reason: string, tokenName: (code: string) => string): string {
  const lines = [
    t('grading-correction-title', { project: escapeHtml(d.projectTitle), position: d.stepPosition, step: escapeHtml(d.stepTitle), attempt: d.attempt }),
  ];
  for (const c of changes) {
    if (c.kind === 'decision') lines.push(t(c.after === 'accepted' ? 'grading-change-decision-accepted' : 'grading-change-decision-returned'));
    else if (c.kind === 'item') {
      const comment = c.comment.trim() ? ` — <i>${quote(c.comment)}</i>` : '';
      lines.push(`${t(c.after ? 'grading-change-item-ok' : 'grading-change-item-rejected', { position: c.position, title: escapeHtml(c.title) })}${comment}`);
    } else if (c.kind === 'criterion') lines.push(t('grading-change-criterion', { title: escapeHtml(c.title), before: c.before, after: c.after, max: c.max }));
    else if (c.kind === 'tokens') {
      if (c.added.length) lines.push(t('grading-change-tokens-added', { tokens: c.added.map(tokenName).join(', ') }));
      if (c.removed.length) lines.push(t('grading-change-tokens-removed', { tokens: c.removed.map(tokenName).join(', ') }));
    } else if (c.kind === 'comment') lines.push(c.after.trim() ? t('grading-change-comment', { comment: quote(c.after) }) : t('grading-change-comment-removed'));
    else lines.push(t('grading-change-total', { before: c.before, after: c.after, max: c.max }));
  }
  lines.push(t('grading-correction-reason', { reason: quote(reason) }));
  lines.push(totalLine(t, d));
  if (d.gradeId !== null) lines.push(t('grading-card-number', { id: String(d.gradeId) }));
  return fitLines(lines, MESSAGE_LIMIT);
}
