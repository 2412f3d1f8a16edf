// An institution's status from its members' achievements (DOMAIN.md: «достижения участников
// определяют статус и активность учреждения»). Bands are data: the highest band whose every
// threshold the institution meets. Inputs are the rating's own figures (src/domain/rating.ts), so
// the status and the place never disagree about who counts as active.
export const INSTITUTION_STATUSES = ['dormant', 'starting', 'active', 'advanced', 'leading'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export interface StatusFigures {
  /** Registered members. */
  members: number;
  /** Members with points or badges inside the rating window. */
  activeMembers: number;
  /** Σ member score (points + badge points) of the active members. */
  total: number;
}

export interface StatusBand {
  status: InstitutionStatus;
  minActive: number;
  /** Share of members who are active, 0..1. */
  minShare: number;
  /** Mean score per active member. */
  minMean: number;
}

/** Lowest first. «Начинающее» needs one active member; «Флагман» a large, broadly active staff. */
export const DEFAULT_STATUS_BANDS: readonly StatusBand[] = [
  { status: 'starting', minActive: 1, minShare: 0, minMean: 0 },
  { status: 'active', minActive: 3, minShare: 0.25, minMean: 0 },
  { status: 'advanced', minActive: 5, minShare: 0.4, minMean: 100 },
  { status: 'leading', minActive: 10, minShare: 0.5, minMean: 300 },
];

export function institutionStatus(f: StatusFigures, bands: readonly StatusBand[] = DEFAULT_STATUS_BANDS): InstitutionStatus {
  if (f.activeMembers <= 0) return 'dormant';
  const share = f.members > 0 ? f.activeMembers / f.members : 0;
  const mean = f.total / f.activeMembers;
  let status: InstitutionStatus = 'dormant';
  for (const band of bands) {
    if (f.activeMembers >= band.minActive && share >= band.minShare && mean >= band.minMean) status = band.status;
  }
  return status;
}
