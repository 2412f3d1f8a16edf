// Rules of the bank of best practices: which graded work may be proposed, who may withdraw it,
// and the lower-cased search text a keyword is matched against on both databases.

export type PracticeStatus = 'proposed' | 'published' | 'declined' | 'withdrawn';
export const PRACTICE_STATUSES: readonly PracticeStatus[] = ['proposed', 'published', 'declined', 'withdrawn'];

/** A result is "highly graded" at this share of its rubric's maximum or more (the source's 19 of 21 passes, 16 of 21 does not). */
export const HIGH_GRADE_SHARE = 0.8; // = 4/5, compared in whole numbers below

/** Whole-number arithmetic, so 16.8 of 21 is not rounded into passing. */
export function isHighGrade(totalPoints: number, maxPoints: number): boolean {
  if (!(maxPoints > 0) || totalPoints < 0) return false;
  return totalPoints * 5 >= maxPoints * 4;
}

/** The least points that pass for a rubric of `maxPoints` (shown when a proposal is refused). */
export function highGradeMinimum(maxPoints: number): number {
  return Math.ceil((maxPoints * 4) / 5);
}

export type ProposeRefusal = 'practice-not-accepted' | 'practice-grade-low' | null;

/** Only an accepted submission whose grade is high may go to the bank. */
export function proposeRefusal(sub: { status: string; grade: { decision: string; totalPoints: number; maxPoints: number } | null }): ProposeRefusal {
  if (sub.status !== 'accepted' || !sub.grade || sub.grade.decision !== 'accepted') return 'practice-not-accepted';
  if (!isHighGrade(sub.grade.totalPoints, sub.grade.maxPoints)) return 'practice-grade-low';
  return null;
}

/** Its author or a moderator takes a proposed or published practice out; nothing else can be withdrawn. */
export function canWithdraw(practice: { userId: number; status: PracticeStatus }, actor: { id: number; moderator: boolean }): boolean {
  if (practice.status !== 'published' && practice.status !== 'proposed') return false;
  return actor.moderator || practice.userId === actor.id;
}

/** Lower case (ё as е) with runs of anything but letters and digits made one space. */
export function normalizeSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words a practice is found by, stored with it (SQLite's LIKE folds only ASCII letters). */
export function buildSearchText(parts: readonly (string | null | undefined)[]): string {
  return ` ${normalizeSearch(parts.filter(Boolean).join(' '))} `.slice(0, 8000);
}

/** A typed keyword as it is matched: normalized and at most 40 characters; empty means none. */
export function normalizeKeyword(text: string | null | undefined): string {
  return normalizeSearch(text ?? '').slice(0, 40).trim();
}

/** A moderator may ask again after the author said no or the practice was taken out. */
export function canProposeAgain(status: PracticeStatus): boolean {
  return status === 'declined' || status === 'withdrawn';
}

/** A practice's title from its project and step when a moderator gives none. */
export function defaultPracticeTitle(projectTitle: string, stepTitle: string): string {
  return `${projectTitle.trim()} — ${stepTitle.trim()}`.slice(0, PRACTICE_TITLE_MAX);
}

export const PRACTICE_TITLE_MAX = 200;

/**
 * The title a moderator gave (what the practice is about, which the project and step do not say:
 * two practices of one step would otherwise look alike), spaces collapsed; null when none was given.
 */
export function givenPracticeTitle(text: string | null | undefined): string | null {
  const title = (text ?? '').replace(/\s+/g, ' ').trim();
  // Cut by characters, not UTF-16 units: half an emoji would be stored as a replacement character.
  return title ? Array.from(title).slice(0, PRACTICE_TITLE_MAX).join('') : null;
}
