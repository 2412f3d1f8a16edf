// Points, levels, badges and quests: builds a person's achievements snapshot from the database,
// awards badges once (with provenance) on events, keeps quest progress and project completion,
// tells people through the outbox, and lets moderators revoke awards and tune rules (audited).
import type { Db, Tx } from '../db/client.ts';
import {
  awardsDue,
  completedProjects,
  parseRule,
  progress,
  ruleToJson,
  tallyByTag,
  type AcceptedStep,
  type Achievements,
  type BadgeDefinition,
  type Progress,
  type Rule,
} from '../domain/badges.ts';
import { levelReached, orderBands, standing, type LevelBand, type LevelStanding } from '../domain/levels.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import type { GradeHooks, GradeSavedEvent } from './grade-hooks.ts';
import { enqueueNotice } from './outbox.ts';
import { ruleText } from '../messages/rewards.ts';
import type { Translate } from './translator.ts';
import { ServiceError, type Person } from './users.ts';

/** What made the rules run; stored on each award as its provenance. */
export type RewardEventKind = 'grade-saved' | 'project-finished' | 'workshop-opened' | 'project-published';

export interface RewardEvent {
  kind: RewardEventKind;
  /** What the event is about, e.g. "grade:17", "project:4", "workshop:2". */
  ref: string;
  now: Date;
}

export interface Named {
  nameRu: string;
  nameEn: string;
}

export interface BadgeView extends Named {
  code: string;
  rule: Rule | null;
  ruleVersion: number;
  award: { id: number; awardedAt: Date; revokedAt: Date | null } | null;
  /** Null when the stored rule does not parse. */
  progress: Progress | null;
}

export interface QuestView extends Named {
  code: string;
  descriptionRu: string;
  descriptionEn: string;
  progress: Progress | null;
  completedAt: Date | null;
}

export interface TagView extends Named {
  code: string;
  completedProjects: number;
  acceptedSteps: number;
  /** The person lists this guild in the profile. */
  inProfile: boolean;
}

export interface AchievementsView {
  points: number;
  bands: LevelBand[];
  level: LevelStanding;
  badges: BadgeView[];
  quests: QuestView[];
  guilds: TagView[];
  directions: TagView[];
}

export interface AwardRow {
  id: number;
  userId: number;
  badgeCode: string;
  badge: Named;
  awardedAt: Date;
  revokedAt: Date | null;
}

export const localName = (row: Named, locale: string) => (locale === 'en' ? row.nameEn : row.nameRu);

const isModerator = (actor: Person) => actor.roles.includes('moderator');

interface Loaded {
  achievements: Achievements;
  enrolments: { id: number; projectId: number; completedAt: Date | null }[];
}

export class RewardsService implements GradeHooks {
  #tagNames: Promise<{ guilds: Map<string, Named>; directions: Map<string, Named> }> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly translate: Translate,
    private readonly defaultLocale: string,
  ) {}

  // ── events ────────────────────────────────────────────────────────────────

  /**
   * Grading calls this in its transaction. The participant's badges, quests and level follow the
   * grade; the expert's (КООРДИНАТОР) and the project author's (ЛИДЕР) may follow too. People are
   * evaluated in ascending id order so concurrent grades lock them in one order.
   */
  async afterGradeSaved(tx: Tx, e: GradeSavedEvent): Promise<void> {
    const grade = await tx.grade.findUnique({ where: { id: e.gradeId }, select: { expertId: true } });
    const project = await tx.project.findUnique({ where: { id: e.projectId }, select: { authorId: true } });
    const people = [...new Set([e.userId, grade?.expertId, project?.authorId].filter((id): id is number => typeof id === 'number'))].sort((a, b) => a - b);
    const event: RewardEvent = { kind: 'grade-saved', ref: `grade:${e.gradeId}`, now: e.now };
    for (const userId of people) await this.evaluate(tx, userId, event);
    if (e.pointsDelta !== 0) await this.#announceLevel(tx, e.userId, e.pointsDelta, e.now);
  }

  /**
   * Runs the rules for one person inside the caller's transaction: marks completed projects,
   * awards every badge whose rule is now met and the person never held, updates quest progress.
   * Returns the codes awarded now. Features call it on their events (a workshop opened, a project
   * published or finished) with the same transaction as their change.
   */
  async evaluate(tx: Tx, userId: number, event: RewardEvent): Promise<string[]> {
    // Taking the person's row lock first serialises two concurrent evaluations of the same person
    // on PostgreSQL: the later one sees the earlier one's grade and award, so a badge is neither
    // awarded twice (a unique violation) nor missed (each seeing only its own grade).
    const locked = await tx.user.updateMany({ where: { id: userId }, data: { updatedAt: event.now } });
    if (!locked.count) return [];
    const { achievements, enrolments } = await this.#load(tx, userId);
    await this.#syncCompletion(tx, achievements, enrolments, event.now);

    const badgeRows = await tx.badge.findMany({ orderBy: [{ sort: 'asc' }, { code: 'asc' }] });
    const held = await tx.award.findMany({ where: { userId }, select: { badgeCode: true } });
    const definitions: BadgeDefinition[] = badgeRows.map((b) => ({ code: b.code, rule: parsed(b.rule), ruleVersion: b.ruleVersion }));
    const due = awardsDue(definitions, achievements, new Set(held.map((a) => a.badgeCode)));
    if (due.length) {
      const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { telegramId: true } });
      for (const decision of due) {
        await tx.award.create({
          data: { userId, badgeCode: decision.code, eventKind: event.kind, eventRef: event.ref, ruleVersion: decision.ruleVersion, awardedAt: event.now },
        });
        const badge = badgeRows.find((b) => b.code === decision.code)!;
        const rule = parsed(badge.rule);
        await enqueueNotice(tx, {
          key: `award:${userId}:${decision.code}`,
          chatId: person.telegramId,
          kind: 'rewards.badge-earned',
          data: { badge: { nameRu: badge.nameRu, nameEn: badge.nameEn }, rule, ignore: await this.#ignoredName(rule, tx) },
        }, event.now);
      }
    }
    await this.#syncQuests(tx, userId, achievements, event.now);
    return due.map((d) => d.code);
  }

  /** A project-wide event (published, finished): its author and everyone enrolled are evaluated. */
  async evaluateProject(tx: Tx, projectId: number, event: RewardEvent): Promise<void> {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { authorId: true, enrolments: { select: { userId: true } } } });
    if (!project) return;
    const people = new Set(project.enrolments.map((e) => e.userId));
    if (project.authorId !== null) people.add(project.authorId);
    for (const userId of [...people].sort((a, b) => a - b)) await this.evaluate(tx, userId, event);
  }

  // ── reading ───────────────────────────────────────────────────────────────

  /** The person's achievements read from `tx` (the database by default). */
  async achievements(userId: number, tx: Tx = this.db): Promise<Achievements> {
    return (await this.#load(tx, userId)).achievements;
  }

  async points(userId: number, tx: Tx = this.db): Promise<number> {
    const sum = await tx.pointsEntry.aggregate({ where: { userId }, _sum: { points: true } });
    return sum._sum.points ?? 0;
  }

  async levelBands(tx: Tx = this.db): Promise<LevelBand[]> {
    return orderBands(await tx.level.findMany({ select: { minPoints: true, nameRu: true, nameEn: true } }));
  }

  /** Everything the profile tabs and /badges show, with live progress toward each badge and quest. */
  async view(userId: number): Promise<AchievementsView> {
    const [achievements, points, bands, badgeRows, awards, questRows, questProgress, profileGuilds, names] = await Promise.all([
      this.achievements(userId),
      this.points(userId),
      this.levelBands(),
      this.db.badge.findMany({ orderBy: [{ sort: 'asc' }, { code: 'asc' }] }),
      this.db.award.findMany({ where: { userId }, select: { id: true, badgeCode: true, awardedAt: true, revokedAt: true } }),
      this.db.quest.findMany({ orderBy: [{ sort: 'asc' }, { code: 'asc' }] }),
      this.db.questProgress.findMany({ where: { userId } }),
      this.db.userGuild.findMany({ where: { userId }, select: { guild: { select: { code: true } } } }),
      this.#names(),
    ]);
    const badges: BadgeView[] = badgeRows.map((b) => {
      const rule = parsed(b.rule);
      const award = awards.find((a) => a.badgeCode === b.code);
      return {
        code: b.code, nameRu: b.nameRu, nameEn: b.nameEn, rule, ruleVersion: b.ruleVersion,
        award: award ? { id: award.id, awardedAt: award.awardedAt, revokedAt: award.revokedAt } : null,
        progress: rule ? progress(achievements, rule) : null,
      };
    });
    const quests: QuestView[] = questRows.map((q) => {
      const rule = parsed(q.definition);
      return {
        code: q.code, nameRu: q.nameRu, nameEn: q.nameEn, descriptionRu: q.descriptionRu, descriptionEn: q.descriptionEn,
        progress: rule ? progress(achievements, rule) : null,
        completedAt: questProgress.find((p) => p.questCode === q.code)?.completedAt ?? null,
      };
    });
    const inProfile = new Set(profileGuilds.map((g) => g.guild.code));
    const tags = (tally: ReturnType<typeof tallyByTag>, known: Map<string, Named>, profile: Set<string>): TagView[] => {
      const rows = new Map(tally.map((t) => [t.tag, t]));
      for (const code of profile) if (!rows.has(code)) rows.set(code, { tag: code, completedProjects: 0, acceptedSteps: 0 });
      return [...known.entries()]
        .filter(([code]) => rows.has(code))
        .map(([code, name]) => ({ code, ...name, completedProjects: rows.get(code)!.completedProjects, acceptedSteps: rows.get(code)!.acceptedSteps, inProfile: profile.has(code) }));
    };
    return {
      points,
      bands,
      level: standing(points, bands),
      badges,
      quests,
      guilds: tags(tallyByTag(achievements, (p) => p.guilds), names.guilds, inProfile),
      directions: tags(tallyByTag(achievements, (p) => p.directions), names.directions, new Set()),
    };
  }

  /** A badge rule in plain words (HTML-safe), in the given language («выполнить 20 шагов проектов…»). */
  async ruleText(locale: string, rule: Rule | null, tx: Tx = this.db): Promise<string> {
    return ruleText((key, vars) => this.translate(locale, key, vars), locale, rule, await this.#ignoredName(rule, tx));
  }

  /** The guild or direction a rule leaves out, by name in both languages (its code if unknown). */
  async #ignoredName(rule: Rule | null, tx: Tx = this.db): Promise<Named | string | null> {
    const ignore = rule?.options.ignore;
    if (!rule || typeof ignore !== 'string' || !ignore) return null;
    const names = await this.#names(tx);
    return (rule.metric === 'completed_project_directions' ? names.directions : names.guilds).get(ignore) ?? ignore;
  }

  /** The badge a moderator means: its code or its name in either language, any case. */
  async findBadge(codeOrName: string): Promise<(Named & { code: string }) | null> {
    const wanted = codeOrName.trim().toLocaleLowerCase('ru');
    const rows = await this.db.badge.findMany({ select: { code: true, nameRu: true, nameEn: true } });
    return rows.find((b) => [b.code, b.nameRu, b.nameEn].some((n) => n.toLocaleLowerCase('ru') === wanted)) ?? null;
  }

  async awardsOf(userId: number): Promise<AwardRow[]> {
    return this.db.award.findMany({
      where: { userId },
      select: { id: true, userId: true, badgeCode: true, awardedAt: true, revokedAt: true, badge: { select: { nameRu: true, nameEn: true } } },
      orderBy: { awardedAt: 'asc' },
    });
  }

  async award(id: number): Promise<AwardRow | null> {
    return this.db.award.findUnique({
      where: { id },
      select: { id: true, userId: true, badgeCode: true, awardedAt: true, revokedAt: true, badge: { select: { nameRu: true, nameEn: true } } },
    });
  }

  // ── moderation ────────────────────────────────────────────────────────────

  /**
   * A moderator takes an award back: audited (who, when, before, after) and the holder is told.
   * The row stays (revoked), so the rules never hand the same badge out again by themselves.
   */
  async revokeAward(actor: Person, awardId: number, effectKey: string): Promise<{ changed: boolean; award: AwardRow }> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    const now = this.clock.now();
    return this.db.$transaction(async (tx) => {
      const award = await tx.award.findUnique({
        where: { id: awardId },
        select: { id: true, userId: true, badgeCode: true, eventKind: true, eventRef: true, ruleVersion: true, awardedAt: true, revokedAt: true, badge: { select: { nameRu: true, nameEn: true } }, user: { select: { telegramId: true, locale: true } } },
      });
      if (!award) throw new ServiceError('achievements-award-not-found');
      const row: AwardRow = { id: award.id, userId: award.userId, badgeCode: award.badgeCode, badge: award.badge, awardedAt: award.awardedAt, revokedAt: award.revokedAt };
      // Conditional update: of two moderators pressing at once, one revokes and the other changes nothing.
      const revoked = await tx.award.updateMany({ where: { id: awardId, revokedAt: null }, data: { revokedAt: now, revokedById: actor.id } });
      if (!revoked.count) return { changed: false, award: row };
      await recordAudit(tx, {
        key: `${effectKey}:award-revoke:${awardId}`,
        actorId: actor.id,
        action: 'award.revoke',
        entity: 'award',
        entityId: awardId,
        before: { userId: award.userId, badge: award.badgeCode, eventKind: award.eventKind, eventRef: award.eventRef, ruleVersion: award.ruleVersion, awardedAt: award.awardedAt, revokedAt: null },
        after: { userId: award.userId, badge: award.badgeCode, revokedAt: now, revokedById: actor.id },
      });
      await enqueueNotice(tx, {
        key: `award-revoked:${awardId}`,
        chatId: award.user.telegramId,
        kind: 'rewards.badge-revoked',
        data: { badge: { nameRu: award.badge.nameRu, nameEn: award.badge.nameEn } },
      }, now);
      return { changed: true, award: { ...row, revokedAt: now } };
    });
  }

  /**
   * A moderator sets a badge's threshold. The rule version goes up, so awards show which version
   * they were earned under; people are re-evaluated on their next event.
   */
  async tuneBadge(actor: Person, code: string, threshold: number, effectKey: string): Promise<{ changed: boolean; rule: Rule; ruleVersion: number }> {
    if (!isModerator(actor)) throw new ServiceError('need-role', { role: 'moderator' });
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > 10_000) throw new ServiceError('achievements-tune-bad-threshold');
    return this.db.$transaction(async (tx) => {
      const badge = await tx.badge.findUnique({ where: { code } });
      if (!badge) throw new ServiceError('achievements-badge-not-found', { badge: code });
      const before = parseRule(badge.rule);
      if (!before.ok) throw new ServiceError('achievements-rule-broken');
      if (before.rule.threshold === threshold) return { changed: false, rule: before.rule, ruleVersion: badge.ruleVersion };
      const rule: Rule = { ...before.rule, threshold };
      const ruleVersion = badge.ruleVersion + 1;
      await tx.badge.update({ where: { code }, data: { rule: ruleToJson(rule), ruleVersion } });
      await recordAudit(tx, {
        key: `${effectKey}:badge-tune:${code}`,
        actorId: actor.id,
        action: 'badge.tune',
        entity: 'badge',
        entityId: code,
        before: { rule: badge.rule, ruleVersion: badge.ruleVersion },
        after: { rule: ruleToJson(rule), ruleVersion },
      });
      return { changed: true, rule, ruleVersion };
    });
  }

  // ── internals ─────────────────────────────────────────────────────────────

  // Queries one after another: inside an interactive transaction they share one connection anyway.
  async #load(tx: Tx, userId: number): Promise<Loaded> {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { municipalityId: true } });
    const enrolments = await tx.enrolment.findMany({
      where: { userId, project: { deletedAt: null } },
      select: {
        id: true,
        projectId: true,
        completedAt: true,
        project: {
          select: {
            kind: true,
            author: { select: { municipalityId: true } },
            steps: { select: { id: true, startsOn: true } },
            guilds: { select: { guild: { select: { code: true } } } },
            directions: { select: { direction: { select: { code: true } } } },
          },
        },
        submissions: {
          where: { status: { in: ['accepted', 'returned'] } },
          select: { stepId: true, attempt: true, status: true, submittedAt: true, grade: { select: { totalPoints: true, maxPoints: true } } },
        },
      },
    });
    const authored = await tx.project.findMany({
      where: { authorId: userId, deletedAt: null },
      select: {
        id: true,
        kind: true,
        status: true,
        _count: { select: { enrolments: { where: { userId: { not: userId }, submissions: { some: { status: 'accepted' } } } } } },
      },
    });
    const gradedSubmissions = await tx.grade.count({ where: { expertId: userId } });
    const workshopsOpened = await tx.workshop.count({ where: { authorId: userId } });
    const acceptedSteps: AcceptedStep[] = [];
    for (const e of enrolments) {
      const steps = new Map(e.project.steps.map((s) => [s.id, s.startsOn]));
      const latestAccepted = new Map<number, (typeof e.submissions)[number]>();
      for (const s of e.submissions) {
        if (s.status !== 'accepted' || !steps.has(s.stepId)) continue;
        const seen = latestAccepted.get(s.stepId);
        if (!seen || s.attempt > seen.attempt) latestAccepted.set(s.stepId, s);
      }
      for (const [stepId, s] of latestAccepted) {
        acceptedSteps.push({
          stepId,
          projectId: e.projectId,
          points: s.grade?.totalPoints ?? 0,
          maxPoints: s.grade?.maxPoints ?? 0,
          reworked: e.submissions.some((r) => r.stepId === stepId && r.status === 'returned'),
          submittedAt: s.submittedAt,
          stepStartsOn: steps.get(stepId)!,
        });
      }
    }
    return {
      achievements: {
        municipalityId: user?.municipalityId ?? null,
        acceptedSteps,
        projects: enrolments.map((e) => ({
          projectId: e.projectId,
          kind: e.project.kind,
          guilds: e.project.guilds.map((g) => g.guild.code),
          directions: e.project.directions.map((d) => d.direction.code),
          stepIds: e.project.steps.map((s) => s.id),
          authorMunicipalityId: e.project.author?.municipalityId ?? null,
        })),
        authored: authored.map((p) => ({ projectId: p.id, kind: p.kind, status: p.status, activeParticipants: p._count.enrolments })),
        gradedSubmissions,
        workshopsOpened,
      },
      enrolments: enrolments.map((e) => ({ id: e.id, projectId: e.projectId, completedAt: e.completedAt })),
    };
  }

  /** Enrolment.completedAt follows the grades: set when every step is accepted, cleared if a correction undoes that. */
  async #syncCompletion(tx: Tx, a: Achievements, enrolments: Loaded['enrolments'], now: Date): Promise<void> {
    const done = new Set(completedProjects(a).map((p) => p.projectId));
    for (const e of enrolments) {
      const complete = done.has(e.projectId);
      if (complete && !e.completedAt) await tx.enrolment.update({ where: { id: e.id }, data: { completedAt: now } });
      if (!complete && e.completedAt) await tx.enrolment.update({ where: { id: e.id }, data: { completedAt: null } });
    }
  }

  /** Quest progress as stored rows; a quest once completed stays completed. */
  async #syncQuests(tx: Tx, userId: number, a: Achievements, now: Date): Promise<void> {
    const quests = await tx.quest.findMany();
    const rows = await tx.questProgress.findMany({ where: { userId } });
    for (const quest of quests) {
      const rule = parsed(quest.definition);
      if (!rule) continue;
      const p = progress(a, rule);
      const row = rows.find((r) => r.questCode === quest.code);
      const completedAt = row?.completedAt ?? (p.met ? now : null);
      const unchanged = row ? row.progress === p.current && row.completedAt?.getTime() === completedAt?.getTime() : p.current === 0;
      if (unchanged) continue;
      await tx.questProgress.upsert({
        where: { userId_questCode: { userId, questCode: quest.code } },
        create: { userId, questCode: quest.code, progress: p.current, completedAt },
        update: { progress: p.current, completedAt },
      });
    }
  }

  /** A message when the grade lifted the person into a new band; the key makes it once per band. */
  async #announceLevel(tx: Tx, userId: number, delta: number, now: Date): Promise<void> {
    const after = await this.points(userId, tx);
    const bands = await this.levelBands(tx);
    const reached = levelReached(after - delta, after, bands);
    if (!reached) return;
    const person = await tx.user.findUnique({ where: { id: userId }, select: { telegramId: true } });
    if (!person) return;
    const level = standing(after, bands);
    const named = (b: LevelBand) => ({ nameRu: b.nameRu, nameEn: b.nameEn });
    await enqueueNotice(tx, {
      key: `level:${userId}:${reached.minPoints}`,
      chatId: person.telegramId,
      kind: 'rewards.level-reached',
      data: { level: named(reached), points: after, next: level.next ? { level: named(level.next), toNext: level.toNext! } : null },
    }, now);
  }

  /** Guild and direction names by code (reference data: read once, in the caller's transaction if any). */
  #names(tx: Tx = this.db): Promise<{ guilds: Map<string, Named>; directions: Map<string, Named> }> {
    this.#tagNames ??= (async () => {
      const order = [{ sort: 'asc' as const }, { id: 'asc' as const }];
      const guilds = await tx.guild.findMany({ select: { code: true, nameRu: true, nameEn: true }, orderBy: order });
      const directions = await tx.direction.findMany({ select: { code: true, nameRu: true, nameEn: true }, orderBy: order });
      const toMap = (rows: (Named & { code: string })[]) => new Map(rows.map((r) => [r.code, { nameRu: r.nameRu, nameEn: r.nameEn }]));
      return { guilds: toMap(guilds), directions: toMap(directions) };
    })();
    this.#tagNames.catch(() => (this.#tagNames = null));
    return this.#tagNames;
  }
}

function parsed(raw: unknown): Rule | null {
  const check = parseRule(raw);
  return check.ok ? check.rule : null;
}
