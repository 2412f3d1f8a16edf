// Badge and quest rules as data: each metric counts something in a person's achievements snapshot;
// a rule { metric, threshold, ...options } is met when that count reaches the threshold.
export const PROJECT_KINDS = ['replicate', 'train', 'find', 'build'] as const;

/** One step of a project with an accepted result of the person (the latest grade counts). */
export interface AcceptedStep {
  stepId: number;
  projectId: number;
  points: number;
  maxPoints: number;
  /** An earlier attempt at this step was returned for rework. */
  reworked: boolean;
  /** When the accepted attempt was handed in. */
  submittedAt: Date | null;
  stepStartsOn: Date;
}

/** A project the person is enrolled in. */
export interface ProjectFacts {
  projectId: number;
  kind: string;
  guilds: string[];
  directions: string[];
  stepIds: number[];
  authorMunicipalityId: number | null;
}

/** A project the person authored. */
export interface AuthoredProject {
  projectId: number;
  kind: string;
  status: string;
  /** Other people with at least one accepted step in it. */
  activeParticipants: number;
}

/** Everything the rules look at, read from the database in one go (see services/rewards). */
export interface Achievements {
  municipalityId: number | null;
  acceptedSteps: AcceptedStep[];
  projects: ProjectFacts[];
  authored: AuthoredProject[];
  /** Submissions the person graded as an expert. */
  gradedSubmissions: number;
  workshopsOpened: number;
}

export const emptyAchievements = (): Achievements => ({
  municipalityId: null,
  acceptedSteps: [],
  projects: [],
  authored: [],
  gradedSubmissions: 0,
  workshopsOpened: 0,
});

type OptionValue = string | number;
type Options = Record<string, OptionValue>;

interface OptionSpec {
  type: 'int' | 'string';
  /** Used when the rule leaves the option out; no default means the option is required. */
  default?: OptionValue;
  min?: number;
  oneOf?: readonly string[];
}

interface MetricSpec {
  options: Record<string, OptionSpec>;
  measure(a: Achievements, options: Options): number;
}

const DAY_MS = 86_400_000;

const isFullMarks = (s: AcceptedStep) => s.maxPoints > 0 && s.points >= s.maxPoints;

/** Projects where every step has an accepted result of the person (a project without steps never is). */
export function completedProjects(a: Achievements): ProjectFacts[] {
  const accepted = new Set(a.acceptedSteps.map((s) => s.stepId));
  return a.projects.filter((p) => p.stepIds.length > 0 && p.stepIds.every((id) => accepted.has(id)));
}

/**
 * How many items can each be matched to a tag of its own (maximum bipartite matching): "projects in
 * 3 different guilds" means three projects, each standing for another guild, so one project tagged
 * with three guilds counts once and two projects of the same single guild count once.
 */
export function distinctTagMatching(items: readonly (readonly string[])[]): number {
  const owner = new Map<string, number>();
  const tryAssign = (item: number, seen: Set<string>): boolean => {
    for (const tag of items[item]!) {
      if (seen.has(tag)) continue;
      seen.add(tag);
      const holder = owner.get(tag);
      if (holder === undefined || tryAssign(holder, seen)) {
        owner.set(tag, item);
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let i = 0; i < items.length; i++) if (tryAssign(i, new Set())) matched++;
  return matched;
}

const tagsWithout = (tags: readonly string[], ignore: OptionValue) => tags.filter((t) => t !== ignore);

export const METRICS = {
  /** Steps with an accepted result. */
  accepted_steps: {
    options: {},
    measure: (a) => new Set(a.acceptedSteps.map((s) => s.stepId)).size,
  },
  /** Projects with every step accepted. */
  completed_projects: {
    options: {},
    measure: (a) => completedProjects(a).length,
  },
  /** Completed projects standing for different guilds (`ignore`: a guild that does not count, e.g. "any"). */
  completed_project_guilds: {
    options: { ignore: { type: 'string', default: '' } },
    measure: (a, o) => distinctTagMatching(completedProjects(a).map((p) => tagsWithout(p.guilds, o.ignore!))),
  },
  /** Completed projects standing for different directions. */
  completed_project_directions: {
    options: { ignore: { type: 'string', default: '' } },
    measure: (a, o) => distinctTagMatching(completedProjects(a).map((p) => tagsWithout(p.directions, o.ignore!))),
  },
  /** Accepted steps graded with every available point. */
  full_mark_steps: {
    options: {},
    measure: (a) => a.acceptedSteps.filter(isFullMarks).length,
  },
  /** Accepted steps that had been returned for rework first. */
  accepted_after_rework: {
    options: {},
    measure: (a) => a.acceptedSteps.filter((s) => s.reworked).length,
  },
  /** Completed projects with full marks on every step. */
  perfect_projects: {
    options: {},
    measure: (a) => {
      const full = new Set(a.acceptedSteps.filter(isFullMarks).map((s) => s.stepId));
      return completedProjects(a).filter((p) => p.stepIds.every((id) => full.has(id))).length;
    },
  },
  /** Municipalities other than the person's own whose authors' projects got an accepted step of the person. */
  other_municipality_projects: {
    options: {},
    measure: (a) => {
      const worked = new Set(a.acceptedSteps.map((s) => s.projectId));
      const places = new Set<number>();
      for (const p of a.projects) {
        if (!worked.has(p.projectId) || p.authorMunicipalityId === null || p.authorMunicipalityId === a.municipalityId) continue;
        places.add(p.authorMunicipalityId);
      }
      return places.size;
    },
  },
  /** Accepted steps whose accepted attempt was handed in within `days` days of the step opening. */
  early_accepted_steps: {
    options: { days: { type: 'int', default: 3, min: 0 } },
    measure: (a, o) =>
      a.acceptedSteps.filter((s) => s.submittedAt !== null && s.submittedAt.getTime() - s.stepStartsOn.getTime() <= Number(o.days) * DAY_MS).length,
  },
  /** Completed projects of one kind (replicate, train, find, build). */
  completed_projects_of_kind: {
    options: { kind: { type: 'string', oneOf: PROJECT_KINDS } },
    measure: (a, o) => completedProjects(a).filter((p) => p.kind === o.kind).length,
  },
  /** Participants' results the person graded as an expert. */
  graded_submissions: {
    options: {},
    measure: (a) => a.gradedSubmissions,
  },
  /** The person's launched (not draft) projects in which at least `participants` others got a step accepted. */
  authored_projects_with_participants: {
    options: { participants: { type: 'int', default: 5, min: 1 } },
    measure: (a, o) => a.authored.filter((p) => p.status !== 'draft' && p.activeParticipants >= Number(o.participants)).length,
  },
  /** Workshops opened plus launched projects that build a tool. */
  workshops_or_build_projects: {
    options: {},
    measure: (a) => a.workshopsOpened + a.authored.filter((p) => p.status !== 'draft' && p.kind === 'build').length,
  },
} satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof METRICS;

export const isMetric = (name: unknown): name is MetricName => typeof name === 'string' && Object.hasOwn(METRICS, name);

export interface Rule {
  metric: MetricName;
  threshold: number;
  /** Every option of the metric, defaults filled in. */
  options: Options;
}

export type RuleCheck = { ok: true; rule: Rule } | { ok: false; reason: string };

/** Reads a rule stored as JSON (moderators may edit it), refusing anything the metric cannot use. */
export function parseRule(raw: unknown): RuleCheck {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  const { metric, threshold, ...given } = raw as Record<string, unknown>;
  if (!isMetric(metric)) return { ok: false, reason: `unknown metric ${JSON.stringify(metric)}` };
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1) return { ok: false, reason: 'threshold must be a whole number ≥ 1' };
  const specs: Record<string, OptionSpec> = METRICS[metric].options;
  const options: Options = {};
  for (const key of Object.keys(given)) if (!Object.hasOwn(specs, key)) return { ok: false, reason: `unknown option ${key}` };
  for (const [key, spec] of Object.entries(specs)) {
    const value = given[key] ?? spec.default;
    if (value === undefined) return { ok: false, reason: `option ${key} is required` };
    if (spec.type === 'int') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < (spec.min ?? -Infinity)) return { ok: false, reason: `option ${key} must be a whole number ≥ ${spec.min ?? 0}` };
    } else if (typeof value !== 'string' || (spec.oneOf && !spec.oneOf.includes(value))) {
      return { ok: false, reason: `option ${key} must be ${spec.oneOf ? spec.oneOf.join(' | ') : 'text'}` };
    }
    options[key] = value;
  }
  return { ok: true, rule: { metric, threshold, options } };
}

/** The rule back as stored JSON (options after metric and threshold). */
export function ruleToJson(rule: Rule): Record<string, OptionValue> {
  return { metric: rule.metric, threshold: rule.threshold, ...rule.options };
}

export function measure(a: Achievements, rule: Rule): number {
  return (METRICS[rule.metric] as MetricSpec).measure(a, rule.options);
}

export interface Progress {
  /** Toward the threshold, never past it: «2 из 3». */
  current: number;
  threshold: number;
  met: boolean;
}

export function progress(a: Achievements, rule: Rule): Progress {
  const value = measure(a, rule);
  return { current: Math.min(value, rule.threshold), threshold: rule.threshold, met: value >= rule.threshold };
}

export interface BadgeDefinition {
  code: string;
  /** Null when the stored rule does not parse: such a badge is never awarded automatically. */
  rule: Rule | null;
  ruleVersion: number;
}

export interface AwardDecision {
  code: string;
  ruleVersion: number;
}

/**
 * Badges to award now: rule met and the person has no award row for it. A revoked award still
 * counts as held — a moderator's revocation is not undone by the next event.
 */
export function awardsDue(badges: readonly BadgeDefinition[], a: Achievements, held: ReadonlySet<string>): AwardDecision[] {
  const due: AwardDecision[] = [];
  for (const badge of badges) {
    if (!badge.rule || held.has(badge.code)) continue;
    if (measure(a, badge.rule) >= badge.rule.threshold) due.push({ code: badge.code, ruleVersion: badge.ruleVersion });
  }
  return due;
}

/** Per tag (guild or direction): completed projects and accepted steps in projects carrying it. */
export interface TagTally {
  tag: string;
  completedProjects: number;
  acceptedSteps: number;
}

export function tallyByTag(a: Achievements, tagsOf: (p: ProjectFacts) => readonly string[]): TagTally[] {
  const done = new Set(completedProjects(a).map((p) => p.projectId));
  const stepsByProject = new Map<number, number>();
  for (const s of a.acceptedSteps) stepsByProject.set(s.projectId, (stepsByProject.get(s.projectId) ?? 0) + 1);
  const tally = new Map<string, TagTally>();
  for (const p of a.projects) {
    const steps = stepsByProject.get(p.projectId) ?? 0;
    if (!steps) continue;
    for (const tag of tagsOf(p)) {
      const t = tally.get(tag) ?? { tag, completedProjects: 0, acceptedSteps: 0 };
      t.acceptedSteps += steps;
      if (done.has(p.projectId)) t.completedProjects++;
      tally.set(tag, t);
    }
  }
  return [...tally.values()];
}
