// Rules of an expert's grade: what a complete grade is, totals, points bounds, the decision, claims,
// what the participant must redo, corrections and review-notice windows. Pure: time is passed in.

export type Decision = 'accepted' | 'returned';

export interface RubricItem {
  id: number;
  position: number;
  title: string;
}

export interface RubricCriterion {
  id: number;
  position: number;
  title: string;
  maxPoints: number;
  /** A yes/no criterion: "yes" is worth maxPoints, "no" nothing. */
  yesNo: boolean;
}

export interface Rubric {
  items: RubricItem[];
  criteria: RubricCriterion[];
}

export interface ItemCheck {
  checklistItemId: number;
  ok: boolean;
  comment: string;
}

export interface CriterionScore {
  criterionId: number;
  points: number;
}

export interface GradeDraft {
  items: ItemCheck[];
  criteria: CriterionScore[];
  tokens: string[];
  comment: string;
  decision: Decision;
  /** Why the work is accepted although an item is not: required in that case only. */
  overrideReason: string | null;
}

export const ITEM_COMMENT_MAX = 300;
export const COMMENT_MAX = 1500;
export const REASON_MAX = 500;
/** Comments longer than this are not offered back as one-tap snippets. */
export const SNIPPET_MAX = 120;
export const DEFAULT_CLAIM_MINUTES = 30;
export const NOTICE_INTERVAL_MINUTES = 15;
/** Up to this maximum every value gets a button; above it a few steps and typed numbers. */
export const ALL_POINTS_BUTTONS_MAX = 12;

export type PointsCheck = { ok: true } | { ok: false; reason: 'not-integer' | 'out-of-range' | 'yes-no' };

/** Points for one criterion: a whole number within 0..max, and for yes/no only 0 or max. */
export function checkPoints(criterion: Pick<RubricCriterion, 'maxPoints' | 'yesNo'>, points: number): PointsCheck {
  if (!Number.isInteger(points)) return { ok: false, reason: 'not-integer' };
  if (points < 0 || points > criterion.maxPoints) return { ok: false, reason: 'out-of-range' };
  if (criterion.yesNo && points !== 0 && points !== criterion.maxPoints) return { ok: false, reason: 'yes-no' };
  return { ok: true };
}

/** Reads points a person typed ("7", " 7 ", "7 баллов" is refused: only the number). */
export function parsePoints(text: string): number | null {
  const t = text.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

/** The point buttons offered for a criterion, lowest first. */
export function pointsChoices(criterion: Pick<RubricCriterion, 'maxPoints' | 'yesNo'>): number[] {
  const max = criterion.maxPoints;
  if (criterion.yesNo) return max === 0 ? [0] : [max, 0];
  if (max <= ALL_POINTS_BUTTONS_MAX) return Array.from({ length: max + 1 }, (_, i) => i);
  return [...new Set([0, Math.round(max / 4), Math.round(max / 2), Math.round((3 * max) / 4), max])];
}

export function maxTotal(criteria: readonly Pick<RubricCriterion, 'maxPoints'>[]): number {
  return criteria.reduce((sum, c) => sum + c.maxPoints, 0);
}

export interface Totals {
  total: number;
  max: number;
}

/** "19 из 21": the points given and the most the rubric allows (unscored criteria count as 0). */
export function totals(criteria: readonly RubricCriterion[], scores: readonly CriterionScore[]): Totals {
  const byId = new Map(scores.map((s) => [s.criterionId, s.points]));
  return { total: criteria.reduce((sum, c) => sum + (byId.get(c.id) ?? 0), 0), max: maxTotal(criteria) };
}

export function rejectedItems(checks: readonly ItemCheck[]): ItemCheck[] {
  return checks.filter((c) => !c.ok);
}

export interface RedoItem {
  position: number;
  title: string;
  comment: string;
}

/** What the participant must redo: the items not accepted, in checklist order, with the expert's words. */
export function whatToRedo(rubric: Pick<Rubric, 'items'>, checks: readonly ItemCheck[]): RedoItem[] {
  const byId = new Map(checks.map((c) => [c.checklistItemId, c]));
  return [...rubric.items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => byId.get(item.id)?.ok === false)
    .map((item) => ({ position: item.position, title: item.title, comment: byId.get(item.id)!.comment }));
}

export type DecisionProblem = 'accept-with-rejected-items' | 'return-without-reason';

/**
 * Accepting while an item is not accepted needs a stated reason; returning needs something to redo
 * (a rejected item or a comment), or the participant would not know what to change.
 */
export function decisionProblem(draft: Pick<GradeDraft, 'items' | 'comment' | 'decision' | 'overrideReason'>): DecisionProblem | null {
  const rejected = rejectedItems(draft.items).length > 0;
  if (draft.decision === 'accepted' && rejected && !draft.overrideReason?.trim()) return 'accept-with-rejected-items';
  if (draft.decision === 'returned' && !rejected && !draft.comment.trim()) return 'return-without-reason';
  return null;
}

export type DraftProblem =
  | { kind: 'item-missing'; checklistItemId: number }
  | { kind: 'item-unknown'; checklistItemId: number }
  | { kind: 'item-comment-too-long'; checklistItemId: number }
  | { kind: 'criterion-missing'; criterionId: number }
  | { kind: 'criterion-unknown'; criterionId: number }
  | { kind: 'points'; criterionId: number; max: number; reason: Exclude<PointsCheck, { ok: true }>['reason'] }
  | { kind: 'token-unknown'; code: string }
  | { kind: 'comment-too-long' }
  | { kind: 'reason-too-long' }
  | { kind: 'decision'; problem: DecisionProblem };

/** Every problem of a draft against the rubric it is graded by; an empty list means it can be saved. */
export function draftProblems(rubric: Rubric, tokenCodes: readonly string[], draft: GradeDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const itemIds = new Set(rubric.items.map((i) => i.id));
  const checked = new Set<number>();
  for (const check of draft.items) {
    if (!itemIds.has(check.checklistItemId) || checked.has(check.checklistItemId)) problems.push({ kind: 'item-unknown', checklistItemId: check.checklistItemId });
    else if (check.comment.length > ITEM_COMMENT_MAX) problems.push({ kind: 'item-comment-too-long', checklistItemId: check.checklistItemId });
    checked.add(check.checklistItemId);
  }
  for (const item of rubric.items) if (!checked.has(item.id)) problems.push({ kind: 'item-missing', checklistItemId: item.id });

  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const scored = new Set<number>();
  for (const score of draft.criteria) {
    const criterion = criteria.get(score.criterionId);
    if (!criterion || scored.has(score.criterionId)) {
      problems.push({ kind: 'criterion-unknown', criterionId: score.criterionId });
      continue;
    }
    scored.add(score.criterionId);
    const check = checkPoints(criterion, score.points);
    if (!check.ok) problems.push({ kind: 'points', criterionId: criterion.id, max: criterion.maxPoints, reason: check.reason });
  }
  for (const c of rubric.criteria) if (!scored.has(c.id)) problems.push({ kind: 'criterion-missing', criterionId: c.id });

  const known = new Set(tokenCodes);
  for (const code of new Set(draft.tokens)) if (!known.has(code)) problems.push({ kind: 'token-unknown', code });
  if (draft.comment.length > COMMENT_MAX) problems.push({ kind: 'comment-too-long' });
  if ((draft.overrideReason ?? '').length > REASON_MAX) problems.push({ kind: 'reason-too-long' });
  const decision = decisionProblem(draft);
  if (decision) problems.push({ kind: 'decision', problem: decision });
  return problems;
}

/** Points the participant is credited for a decision: the total when accepted, nothing when returned. */
export function creditFor(decision: Decision, total: number): number {
  return decision === 'accepted' ? total : 0;
}

/** The ledger reason of the n-th correction of a grade ("correction:1", "correction:2", …). */
export function correctionReason(existingReasons: readonly string[]): string {
  const used = existingReasons.map((r) => /^correction:(\d+)$/.exec(r)).filter(Boolean).map((m) => Number(m![1]));
  return `correction:${(used.length ? Math.max(...used) : 0) + 1}`;
}

export type ClaimState = 'free' | 'mine' | 'expired-mine' | 'held';

export interface Claim {
  claimedById: number | null;
  claimExpiresAt: Date | null;
}

/** Who holds a submission now; an expired claim belongs to nobody (but its holder is told so). */
export function claimState(claim: Claim, expertId: number, now: Date): ClaimState {
  if (claim.claimedById === null || claim.claimExpiresAt === null) return 'free';
  const live = claim.claimExpiresAt.getTime() > now.getTime();
  if (claim.claimedById === expertId) return live ? 'mine' : 'expired-mine';
  return live ? 'held' : 'free';
}

export function claimExpiry(now: Date, minutes = DEFAULT_CLAIM_MINUTES): Date {
  return new Date(now.getTime() + minutes * 60_000);
}

export interface Waiting {
  days: number;
  hours: number;
  minutes: number;
}

/** How long a submission has waited, in whole minutes (never negative). */
export function waitingTime(since: Date, now: Date): Waiting {
  const total = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** The 15-minute window `now` falls in: one review notice per expert per window at most. */
export function noticeWindow(now: Date, intervalMinutes = NOTICE_INTERVAL_MINUTES): number {
  return Math.floor(now.getTime() / (intervalMinutes * 60_000));
}

/** True when enough time has passed since the expert's last review notice to send another. */
export function noticeDue(lastNoticeAt: Date | null, now: Date, intervalMinutes = NOTICE_INTERVAL_MINUTES): boolean {
  return lastNoticeAt === null || now.getTime() - lastNoticeAt.getTime() >= intervalMinutes * 60_000;
}

export type Change =
  | { kind: 'decision'; before: Decision; after: Decision }
  | { kind: 'item'; position: number; title: string; before: boolean; after: boolean; comment: string }
  | { kind: 'criterion'; position: number; title: string; before: number; after: number; max: number }
  | { kind: 'tokens'; added: string[]; removed: string[] }
  | { kind: 'comment'; after: string }
  | { kind: 'total'; before: number; after: number; max: number };

/** What a moderator's correction changed, in the order a participant reads a grade card. */
export function describeChanges(rubric: Rubric, before: GradeDraft, after: GradeDraft): Change[] {
  const changes: Change[] = [];
  if (before.decision !== after.decision) changes.push({ kind: 'decision', before: before.decision, after: after.decision });
  const beforeItems = new Map(before.items.map((i) => [i.checklistItemId, i]));
  const afterItems = new Map(after.items.map((i) => [i.checklistItemId, i]));
  for (const item of [...rubric.items].sort((a, b) => a.position - b.position)) {
    const b = beforeItems.get(item.id);
    const a = afterItems.get(item.id);
    if (a && b && (a.ok !== b.ok || a.comment !== b.comment)) changes.push({ kind: 'item', position: item.position, title: item.title, before: b.ok, after: a.ok, comment: a.comment });
  }
  const beforeScores = new Map(before.criteria.map((c) => [c.criterionId, c.points]));
  const afterScores = new Map(after.criteria.map((c) => [c.criterionId, c.points]));
  for (const c of [...rubric.criteria].sort((a, b) => a.position - b.position)) {
    const b = beforeScores.get(c.id) ?? 0;
    const a = afterScores.get(c.id) ?? 0;
    if (a !== b) changes.push({ kind: 'criterion', position: c.position, title: c.title, before: b, after: a, max: c.maxPoints });
  }
  const added = after.tokens.filter((t) => !before.tokens.includes(t));
  const removed = before.tokens.filter((t) => !after.tokens.includes(t));
  if (added.length || removed.length) changes.push({ kind: 'tokens', added, removed });
  if (before.comment.trim() !== after.comment.trim()) changes.push({ kind: 'comment', after: after.comment });
  const tb = totals(rubric.criteria, before.criteria);
  const ta = totals(rubric.criteria, after.criteria);
  if (tb.total !== ta.total) changes.push({ kind: 'total', before: tb.total, after: ta.total, max: ta.max });
  return changes;
}

/** Joins card lines, dropping whole lines from the end so HTML tags (opened and closed per line) stay balanced. */
export function fitLines(lines: readonly string[], limit: number, ellipsis = '…'): string {
  const out: string[] = [];
  let length = 0;
  for (const line of lines) {
    const extra = (out.length ? 1 : 0) + line.length;
    if (length + extra + ellipsis.length + 1 > limit) {
      out.push(ellipsis);
      break;
    }
    out.push(line);
    length += extra;
  }
  return out.join('\n');
}
