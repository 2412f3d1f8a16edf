// Rules of workshops (мастерские): what a workshop idea must hold, who may join and when.

export const WORKSHOP_LIMITS = { title: 100, idea: 1500, outcome: 1000, path: 1000, capMax: 500 } as const;

export type WorkshopStatus = 'open' | 'closed' | 'project';

export type JoinRefusal = 'not-open' | 'forming-over' | 'full' | 'own';

export interface WorkshopFacts {
  status: string;
  authorId: number;
  formingUntil: Date | null;
  cap: number | null;
  memberCount: number;
}

/** Why the person may not join now, or null. Fullness is re-checked by the database at the moment of joining. */
export function joinRefusal(w: WorkshopFacts, userId: number, now: Date): JoinRefusal | null {
  if (w.status !== 'open') return 'not-open';
  if (w.authorId === userId) return 'own';
  if (w.formingUntil && w.formingUntil.getTime() < now.getTime()) return 'forming-over';
  if (w.cap !== null && w.memberCount >= w.cap) return 'full';
  return null;
}

/** A cap as typed: a whole number from 1 to the maximum; «0», «-», «нет», «no» mean no cap. */
export function parseCap(text: string): { cap: number | null } | null {
  const t = text.trim().toLowerCase();
  if (['0', '-', '—', 'нет', 'no', 'none', 'без ограничения', 'unlimited'].includes(t)) return { cap: null };
  if (!/^\d{1,4}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= WORKSHOP_LIMITS.capMax ? { cap: n } : null;
}
