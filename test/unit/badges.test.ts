// Every badge rule of the seeded reference data: just below its threshold → no award; at it → one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  awardsDue,
  completedProjects,
  distinctTagMatching,
  emptyAchievements,
  measure,
  METRICS,
  parseRule,
  PROJECT_KINDS,
  progress,
  type AcceptedStep,
  type Achievements,
  type BadgeDefinition,
  type ProjectFacts,
  type Rule,
} from '../../src/domain/badges.ts';
import { BADGES, QUESTS } from '../../src/db/seed/reference-data.ts';

const DAY = 86_400_000;
const START = new Date('2026-05-14T00:00:00Z');

const definitions: BadgeDefinition[] = BADGES.map((b) => {
  const check = parseRule(b.rule);
  if (!check.ok) throw new Error(`${b.code}: ${check.reason}`);
  return { code: b.code, rule: check.rule, ruleVersion: 1 };
});
const ruleOf = (code: string): Rule => definitions.find((d) => d.code === code)!.rule!;

let nextId = 1;
const id = () => nextId++;

/** Builds snapshots the way the rewards service reads them from the database. */
class Person {
  readonly a: Achievements = { ...emptyAchievements(), municipalityId: 1 };

  /** A project with `steps` steps; `accepted` of them accepted with the given grade facts. */
  project(opts: { steps?: number; accepted?: number; guilds?: string[]; directions?: string[]; kind?: string; authorMunicipalityId?: number | null; points?: number; maxPoints?: number; reworked?: boolean; submittedAfterDays?: number } = {}): ProjectFacts {
    const steps = opts.steps ?? 1;
    const accepted = opts.accepted ?? steps;
    const project: ProjectFacts = {
      projectId: id(),
      kind: opts.kind ?? 'train',
      guilds: opts.guilds ?? ['teacher'],
      directions: opts.directions ?? ['distance'],
      stepIds: Array.from({ length: steps }, () => id()),
      authorMunicipalityId: opts.authorMunicipalityId === undefined ? 1 : opts.authorMunicipalityId,
    };
    this.a.projects.push(project);
    for (const stepId of project.stepIds.slice(0, accepted)) {
      const step: AcceptedStep = {
        stepId,
        projectId: project.projectId,
        points: opts.points ?? 10,
        maxPoints: opts.maxPoints ?? 19,
        reworked: opts.reworked ?? false,
        submittedAt: new Date(START.getTime() + (opts.submittedAfterDays ?? 10) * DAY),
        stepStartsOn: START,
      };
      this.a.acceptedSteps.push(step);
    }
    return project;
  }

  due(held: string[] = []): string[] {
    return awardsDue(definitions, this.a, new Set(held)).map((d) => d.code);
  }
}

/** For each badge: a person with the measured value at threshold − 1 and one at the threshold. */
const scenarios: Record<string, (p: Person, n: number) => void> = {
  leader: (p, n) => {
    // A draft never counts, however many people are in it.
    p.a.authored.push({ projectId: id(), kind: 'train', status: 'draft', activeParticipants: 50 });
    p.a.authored.push({ projectId: id(), kind: 'train', status: 'running', activeParticipants: n === 1 ? 5 : 4 });
  },
  craftsman: (p, n) => {
    const guilds = ['teacher', 'methodologist', 'mentor', 'designer'].slice(0, n);
    for (const g of guilds) p.project({ guilds: [g] });
    // Neither a second project of the same guild, nor «Любая», nor an unfinished one adds a guild.
    p.project({ guilds: [guilds[0]!] });
    p.project({ guilds: ['any'] });
    p.project({ guilds: ['programmer'], steps: 2, accepted: 1 });
  },
  'all-rounder': (p, n) => {
    const directions = ['distance', 'mentoring', 'ovz', 'podod'].slice(0, n);
    for (const d of directions) p.project({ directions: [d] });
    p.project({ directions: [directions[0]!] });
    p.project({ directions: ['network'], steps: 3, accepted: 2 });
  },
  marathoner: (p, n) => {
    p.project({ steps: n });
    p.project({ steps: 3, accepted: 0 });
  },
  'top-student': (p, n) => {
    p.project({ steps: n, points: 19, maxPoints: 19 });
    p.project({ steps: 3, points: 18, maxPoints: 19 });
  },
  optimist: (p, n) => {
    p.project({ steps: n, reworked: true });
    p.project({ steps: 2, reworked: false });
  },
  perfectionist: (p, n) => {
    p.project({ steps: 2, points: 5, maxPoints: 5, accepted: 1 }); // unfinished, though perfect so far
    if (n >= 1) p.project({ steps: 3, points: 5, maxPoints: 5 });
    else {
      // Completed, full marks on all but one step.
      const project = p.project({ steps: 3, points: 5, maxPoints: 5 });
      p.a.acceptedSteps.find((s) => s.stepId === project.stepIds[2])!.points = 4;
    }
  },
  pilgrim: (p, n) => {
    for (let m = 0; m < n; m++) p.project({ authorMunicipalityId: 10 + m });
    p.project({ authorMunicipalityId: 10 }); // the same other municipality again
    p.project({ authorMunicipalityId: 1 }); // the person's own
    p.project({ authorMunicipalityId: null });
    p.project({ authorMunicipalityId: 99, accepted: 0 }); // enrolled, nothing accepted
  },
  express: (p, n) => {
    p.project({ steps: n, submittedAfterDays: 3 }); // exactly three days after opening still counts
    p.project({ steps: 4, submittedAfterDays: 3.01 });
  },
  explorer: (p, n) => {
    for (let i = 0; i < n; i++) p.project({ kind: 'find' });
    p.project({ kind: 'find', steps: 2, accepted: 1 });
    p.project({ kind: 'train' });
  },
  coordinator: (p, n) => {
    p.a.gradedSubmissions = n;
  },
  innovator: (p, n) => {
    p.a.authored.push({ projectId: id(), kind: 'build', status: 'draft', activeParticipants: 0 });
    p.a.authored.push({ projectId: id(), kind: 'find', status: 'published', activeParticipants: 0 });
    p.a.workshopsOpened = n;
  },
};

describe('badge rules (seeded thresholds)', () => {
  it('the twelve badges of the original are all seeded with a valid rule', () => {
    expect(BADGES.map((b) => b.nameRu)).toEqual(['ЛИДЕР', 'УМЕЛЕЦ', 'УНИВЕРСАЛ', 'МАРАФОНЕЦ', 'ОТЛИЧНИК', 'ОПТИМИСТ', 'ПЕРФЕКЦИОНИСТ', 'ПИЛИГРИМ', 'ЭКСПРЕСС', 'ИССЛЕДОВАТЕЛЬ', 'КООРДИНАТОР', 'ИННОВАТОР']);
    expect(Object.keys(scenarios).sort()).toEqual(BADGES.map((b) => b.code).sort());
    expect(ruleOf('craftsman')).toEqual({ metric: 'completed_project_guilds', threshold: 3, options: { ignore: 'any' } });
  });

  for (const badge of BADGES) {
    describe(`${badge.nameRu} (${badge.code})`, () => {
      const threshold = ruleOf(badge.code).threshold;

      it(`just below the threshold (${threshold - 1}): not awarded, progress shows how far`, () => {
        const p = new Person();
        scenarios[badge.code]!(p, threshold - 1);
        expect(p.due()).not.toContain(badge.code);
        expect(progress(p.a, ruleOf(badge.code))).toEqual({ current: threshold - 1, threshold, met: false });
      });

      it(`at the threshold (${threshold}): awarded once`, () => {
        const p = new Person();
        scenarios[badge.code]!(p, threshold);
        expect(p.due().filter((c) => c === badge.code)).toEqual([badge.code]);
        expect(progress(p.a, ruleOf(badge.code))).toEqual({ current: threshold, threshold, met: true });
        // Once held (or revoked: the row stays), the next event awards nothing again.
        expect(p.due([badge.code])).not.toContain(badge.code);
      });
    });
  }

  it('progress never goes past the threshold («3 из 3», not «5 из 3»)', () => {
    const p = new Person();
    scenarios.craftsman!(p, 4);
    expect(measure(p.a, ruleOf('craftsman'))).toBe(4);
    expect(progress(p.a, ruleOf('craftsman'))).toEqual({ current: 3, threshold: 3, met: true });
  });

  it('the provenance carries the rule version that matched', () => {
    const p = new Person();
    p.a.gradedSubmissions = 25;
    const tuned = definitions.map((d) => (d.code === 'coordinator' ? { ...d, ruleVersion: 4 } : d));
    expect(awardsDue(tuned, p.a, new Set())).toEqual([{ code: 'coordinator', ruleVersion: 4 }]);
  });

  it('a badge whose stored rule does not parse is never awarded', () => {
    const p = new Person();
    p.a.gradedSubmissions = 1000;
    expect(awardsDue([{ code: 'coordinator', rule: null, ruleVersion: 1 }], p.a, new Set())).toEqual([]);
  });
});

describe('"projects in different guilds" is a matching, not a count of tags', () => {
  it('one project tagged with three guilds counts once', () => {
    expect(distinctTagMatching([['teacher', 'mentor', 'methodologist']])).toBe(1);
  });
  it('projects sharing guilds are spread over them where possible', () => {
    expect(distinctTagMatching([['teacher', 'mentor'], ['teacher'], ['mentor', 'designer']])).toBe(3);
    expect(distinctTagMatching([['teacher'], ['teacher'], ['teacher', 'mentor']])).toBe(2);
    expect(distinctTagMatching([[], ['teacher']])).toBe(1);
  });
  it('a project without steps is never completed', () => {
    const a = { ...emptyAchievements(), projects: [{ projectId: 1, kind: 'train', guilds: ['teacher'], directions: [], stepIds: [], authorMunicipalityId: null }] };
    expect(completedProjects(a)).toEqual([]);
  });
});

describe('rules as data', () => {
  it('fills option defaults and keeps given ones', () => {
    expect(parseRule({ metric: 'early_accepted_steps', threshold: 5 })).toEqual({ ok: true, rule: { metric: 'early_accepted_steps', threshold: 5, options: { days: 3 } } });
    expect(parseRule({ metric: 'authored_projects_with_participants', threshold: 2, participants: 10 })).toEqual({
      ok: true,
      rule: { metric: 'authored_projects_with_participants', threshold: 2, options: { participants: 10 } },
    });
  });
  it('refuses what the rules cannot evaluate', () => {
    expect(parseRule(null).ok).toBe(false);
    expect(parseRule([1]).ok).toBe(false);
    expect(parseRule({ metric: 'nonsense', threshold: 1 })).toEqual({ ok: false, reason: 'unknown metric "nonsense"' });
    expect(parseRule({ metric: 'toString', threshold: 1 }).ok).toBe(false);
    expect(parseRule({ metric: 'accepted_steps', threshold: 0 }).ok).toBe(false);
    expect(parseRule({ metric: 'accepted_steps', threshold: 2.5 }).ok).toBe(false);
    expect(parseRule({ metric: 'accepted_steps', threshold: '3' }).ok).toBe(false);
    expect(parseRule({ metric: 'accepted_steps', threshold: 3, colour: 'red' })).toEqual({ ok: false, reason: 'unknown option colour' });
    expect(parseRule({ metric: 'completed_projects_of_kind', threshold: 2 })).toEqual({ ok: false, reason: 'option kind is required' });
    expect(parseRule({ metric: 'completed_projects_of_kind', threshold: 2, kind: 'party' }).ok).toBe(false);
    expect(parseRule({ metric: 'early_accepted_steps', threshold: 2, days: -1 }).ok).toBe(false);
  });
  it('every metric and project kind has its plain-words text in both languages', () => {
    for (const locale of ['ru', 'en']) {
      const ftl = readFileSync(new URL(`../../locales/${locale}.ftl`, import.meta.url), 'utf8');
      for (const metric of Object.keys(METRICS)) expect(ftl, `${locale} ${metric}`).toMatch(new RegExp(`^achievements-rule-${metric} =`, 'm'));
      for (const kind of PROJECT_KINDS) expect(ftl, `${locale} ${kind}`).toMatch(new RegExp(`^achievements-kind-${kind} =`, 'm'));
    }
  });
  it('every seeded quest uses a metric the rules know', () => {
    for (const q of QUESTS) expect(parseRule(q.definition).ok, q.code).toBe(true);
  });
});
