// Use cases of expert review: assigning experts to projects, the review queue, claims, saving a
// grade (one transaction with points, audit, the participant's card and the reward hooks),
// moderators' corrections and the batched "new work to review" notices.
import type { Db, Tx } from '../db/client.ts';
import {
  claimExpiry,
  claimState,
  correctionReason,
  creditFor,
  DEFAULT_CLAIM_MINUTES,
  describeChanges,
  draftProblems,
  noticeDue,
  noticeWindow,
  NOTICE_INTERVAL_MINUTES,
  REASON_MAX,
  SNIPPET_MAX,
  totals,
  waitingTime,
  whatToRedo,
  type Decision,
  type DraftProblem,
  type GradeDraft,
  type Rubric,
  type RubricCriterion,
  type Waiting,
} from '../domain/grading.ts';
import { recordAudit } from './audit.ts';
import type { Clock } from '../runtime/clock.ts';
import { escapeHtml } from '../render/escape.ts';
import { correctionNotice, participantCard, type CardData, type T } from './grade-card.ts';
import type { GradeHooks } from './grade-hooks.ts';
import { enqueue } from './outbox.ts';
import type { Translate } from './translator.ts';
import { ServiceError } from './users.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';

export interface GradingDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
}

export interface GradingOptions {
  /** How long opening a submission reserves it for one expert. */
  claimMinutes?: number;
  /** At most one "new work" notice per expert per this many minutes. */
  noticeIntervalMinutes?: number;
  /**
   * Notices count submissions stamped at least this long ago: a submission whose transaction was
   * still committing when one notice was counted is then counted by the next one, never lost.
   */
  noticeSettleSeconds?: number;
}

export interface QueueEntry {
  submissionId: number;
  projectTitle: string;
  stepPosition: number;
  stepTitle: string;
  attempt: number;
  /** ISO instant. */
  submittedAt: string;
  waiting: Waiting;
  claimedByMe: boolean;
}

export interface ItemContent {
  kind: 'document' | 'photo' | 'link' | 'text';
  fileId: string | null;
  fileName: string | null;
  url: string | null;
  text: string | null;
}

export interface GradingItemView {
  checklistItemId: number;
  position: number;
  title: string;
  hint: string;
  required: boolean;
  content: ItemContent | null;
  /** Carried over unchanged from the previous attempt. */
  carried: boolean;
  /** The check of this item in the previous attempt's grade. */
  previous: { ok: boolean; comment: string } | null;
}

/** Everything the grading conversation shows (JSON-safe: conversations store it). */
export interface GradingView {
  submissionId: number;
  attempt: number;
  projectTitle: string;
  stepPosition: number;
  stepTitle: string;
  items: GradingItemView[];
  criteria: RubricCriterion[];
  tokens: { code: string; nameRu: string; nameEn: string }[];
  snippets: { id: number; text: string }[];
  /** ISO instant the claim ends, when it is the viewer's. */
  claimExpiresAt: string | null;
  /** For a correction: the saved grade, its id and the version the moderator started from. */
  initial: GradeDraft | null;
  gradeId: number | null;
  version: string | null;
}

export interface SaveResult {
  gradeId: number;
  decision: Decision;
  total: number;
  max: number;
  /** The same expert's grade was already saved (a repeated press or a replayed update). */
  repeated: boolean;
}

export interface CorrectionResult {
  gradeId: number;
  pointsDelta: number;
  total: number;
  max: number;
  changes: number;
}

export interface ProjectExperts {
  projectId: number;
  projectTitle: string;
  experts: { id: number; fullName: string | null; username: string | null }[];
}

export type TagFilter = { guildCode: string } | { directionCode: string };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const QUEUE_LIMIT = 10;
const SNIPPETS_OFFERED = 5;

const rubricOf = (step: { checklist: { id: number; position: number; title: string }[]; criteria: RubricCriterion[] }): Rubric => ({
  items: step.checklist.map((i) => ({ id: i.id, position: i.position, title: i.title })),
  criteria: step.criteria.map((c) => ({ id: c.id, position: c.position, title: c.title, maxPoints: c.maxPoints, yesNo: c.yesNo })),
});

const stepSelect = {
  id: true,
  position: true,
  title: true,
  rubricVersion: true,
  project: { select: { id: true, title: true } },
  checklist: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, hint: true, required: true } },
  criteria: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true, maxPoints: true, yesNo: true } },
} as const;

const gradeSelect = {
  id: true,
  expertId: true,
  decision: true,
  totalPoints: true,
  comment: true,
  overrideReason: true,
  updatedAt: true,
  items: { select: { checklistItemId: true, ok: true, comment: true } },
  criteria: { select: { criterionId: true, points: true } },
  tokens: { select: { tokenCode: true } },
} as const;

type GradeRow = {
  decision: string;
  comment: string;
  overrideReason: string | null;
  items: { checklistItemId: number; ok: boolean; comment: string }[];
  criteria: { criterionId: number; points: number }[];
  tokens: { tokenCode: string }[];
};

const draftOf = (g: GradeRow): GradeDraft => ({
  items: g.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment })),
  criteria: g.criteria.map((c) => ({ criterionId: c.criterionId, points: c.points })),
  tokens: g.tokens.map((t) => t.tokenCode).sort(),
  comment: g.comment,
  decision: g.decision === 'accepted' ? 'accepted' : 'returned',
  overrideReason: g.overrideReason,
});

/** The ServiceError for the first problem of a draft (the bot prevents most; the service is the guard). */
function draftError(problem: DraftProblem, rubric: Rubric): ServiceError {
  if (problem.kind === 'points') {
    const title = rubric.criteria.find((c) => c.id === problem.criterionId)?.title ?? '';
    return new ServiceError(problem.reason === 'yes-no' ? 'grading-err-points-yes-no' : 'grading-err-points', { title, max: problem.max });
  }
  if (problem.kind === 'decision') return new ServiceError(problem.problem === 'accept-with-rejected-items' ? 'grading-err-accept-rejected' : 'grading-err-return-empty');
  if (problem.kind === 'comment-too-long' || problem.kind === 'item-comment-too-long' || problem.kind === 'reason-too-long') return new ServiceError('grading-err-too-long');
  return new ServiceError('grading-err-incomplete');
}

export class GradingService {
  readonly claimMinutes: number;
  readonly #noticeMinutes: number;
  readonly #settleMs: number;

  constructor(
    private readonly deps: GradingDeps,
    private readonly hooks: GradeHooks,
    options: GradingOptions = {},
  ) {
    this.claimMinutes = options.claimMinutes ?? DEFAULT_CLAIM_MINUTES;
    this.#noticeMinutes = options.noticeIntervalMinutes ?? NOTICE_INTERVAL_MINUTES;
    this.#settleMs = (options.noticeSettleSeconds ?? 30) * 1000;
  }

  get #db() {
    return this.deps.db;
  }

  #t(locale: string | null): T {
    const l = locale ?? this.deps.defaultLocale;
    return (key, vars) => this.deps.translate(l, key, vars);
  }

  async #roles(tx: Tx, userId: number): Promise<string[]> {
    return (await tx.userRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role);
  }

  /** The three refusals every grading action shares: no role, not assigned, one's own work. */
  async #checkExpert(tx: Tx, expertId: number, enrolment: { userId: number; projectId: number }): Promise<void> {
    if (!(await this.#roles(tx, expertId)).includes('expert')) throw new ServiceError('grading-err-not-expert');
    if (enrolment.userId === expertId) throw new ServiceError('grading-err-own');
    const assigned = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId: enrolment.projectId, userId: expertId } } });
    if (!assigned) throw new ServiceError('grading-err-not-assigned');
  }

  // ── assignment ────────────────────────────────────────────────────────────

  async #projectForManager(tx: Tx, actorId: number, projectId: number) {
    const project = await tx.project.findFirst({ where: { id: projectId, deletedAt: null }, select: { id: true, title: true, authorId: true } });
    if (!project) throw new ServiceError('review-err-project-not-found', { id: String(projectId) });
    const roles = await this.#roles(tx, actorId);
    if (!roles.includes('moderator') && project.authorId !== actorId) throw new ServiceError('review-err-not-project-manager');
    return project;
  }

  async #expertTarget(tx: Tx, userId: number) {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, telegramId: true, locale: true, fullName: true, username: true } });
    if (!user) throw new ServiceError('review-err-user-not-found');
    if (!(await this.#roles(tx, userId)).includes('expert')) throw new ServiceError('review-err-target-not-expert', { name: user.fullName ?? user.username ?? String(user.telegramId) });
    return user;
  }

  async projectExperts(actorId: number, projectId: number): Promise<ProjectExperts> {
    return this.#db.$transaction(async (tx) => {
      const project = await this.#projectForManager(tx, actorId, projectId);
      const rows = await tx.projectExpert.findMany({
        where: { projectId },
        orderBy: { assignedAt: 'asc' },
        select: { user: { select: { id: true, fullName: true, username: true } } },
      });
      return { projectId, projectTitle: project.title, experts: rows.map((r) => r.user) };
    });
  }

  /** The project's author or a moderator assigns an expert; audited, and the expert is told. */
  async assignExpert(actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean; projectTitle: string }> {
    const now = this.deps.clock.now();
    return this.#db.$transaction(async (tx) => {
      const project = await this.#projectForManager(tx, actorId, projectId);
      const expert = await this.#expertTarget(tx, expertId);
      const existing = await tx.projectExpert.findUnique({ where: { projectId_userId: { projectId, userId: expertId } } });
      if (existing) return { changed: false, projectTitle: project.title };
      await tx.projectExpert.create({ data: { projectId, userId: expertId, assignedById: actorId, assignedAt: now } });
      await recordAudit(tx, { key: `${effectKey}:expert-assign:${projectId}:${expertId}`, actorId, action: 'project.expert.assign', entity: 'project', entityId: projectId, before: null, after: { expertId } });
      await enqueue(tx, {
        key: `${effectKey}:expert-assigned:${projectId}:${expertId}`,
        chatId: expert.telegramId,
        payload: { text: this.#t(expert.locale)('review-assigned-notice', { project: escapeHtml(project.title) }), parse_mode: 'HTML' },
      }, now);
      return { changed: true, projectTitle: project.title };
    });
  }

  async unassignExpert(actorId: number, projectId: number, expertId: number, effectKey: string): Promise<{ changed: boolean }> {
    return this.#db.$transaction(async (tx) => {
      await this.#projectForManager(tx, actorId, projectId);
      const { count } = await tx.projectExpert.deleteMany({ where: { projectId, userId: expertId } });
      if (count === 0) return { changed: false };
      // Work this expert had reserved goes back to the others at once.
      await tx.submission.updateMany({ where: { claimedById: expertId, status: 'submitted', step: { projectId } }, data: { claimedById: null, claimExpiresAt: null } });
      await recordAudit(tx, { key: `${effectKey}:expert-unassign:${projectId}:${expertId}`, actorId, action: 'project.expert.unassign', entity: 'project', entityId: projectId, before: { expertId }, after: null });
      return { changed: true };
    });
  }

  /**
   * Assigns an expert to every current project of a guild or direction: moderators across the
   * region, authors across their own projects. Finished and deleted projects are left out.
   */
  async assignExpertByTag(actorId: number, expertId: number, filter: TagFilter, effectKey: string): Promise<{ matched: number; added: number; tagName: string }> {
    const now = this.deps.clock.now();
    return this.#db.$transaction(async (tx) => {
      const roles = await this.#roles(tx, actorId);
      const moderator = roles.includes('moderator');
      if (!moderator && !roles.includes('author')) throw new ServiceError('review-err-not-project-manager');
      const expert = await this.#expertTarget(tx, expertId);
      const locale = expert.locale ?? this.deps.defaultLocale;
      let tagName: string;
      let tagWhere: object;
      if ('guildCode' in filter) {
        const guild = await tx.guild.findUnique({ where: { code: filter.guildCode } });
        if (!guild) throw new ServiceError('review-err-tag-unknown', { tag: filter.guildCode });
        tagName = locale === 'en' ? guild.nameEn : guild.nameRu;
        tagWhere = { guilds: { some: { guildId: guild.id } } };
      } else {
        const direction = await tx.direction.findUnique({ where: { code: filter.directionCode } });
        if (!direction) throw new ServiceError('review-err-tag-unknown', { tag: filter.directionCode });
        tagName = locale === 'en' ? direction.nameEn : direction.nameRu;
        tagWhere = { directions: { some: { directionId: direction.id } } };
      }
      const projects = await tx.project.findMany({
        where: { deletedAt: null, status: { not: 'finished' }, ...tagWhere, ...(moderator ? {} : { authorId: actorId }) },
        select: { id: true, experts: { where: { userId: expertId }, select: { userId: true } } },
      });
      const missing = projects.filter((p) => p.experts.length === 0).map((p) => p.id);
      for (const projectId of missing) await tx.projectExpert.create({ data: { projectId, userId: expertId, assignedById: actorId, assignedAt: now } });
      if (missing.length) {
        await recordAudit(tx, { key: `${effectKey}:expert-assign-tag:${expertId}`, actorId, action: 'project.expert.assign', entity: 'user', entityId: expertId, before: null, after: { filter, projectIds: missing } });
        await enqueue(tx, {
          key: `${effectKey}:expert-assigned-tag:${expertId}`,
          chatId: expert.telegramId,
          payload: { text: this.#t(expert.locale)('review-assigned-tag-notice', { count: missing.length, tag: escapeHtml(tagName) }), parse_mode: 'HTML' },
        }, now);
      }
      return { matched: projects.length, added: missing.length, tagName };
    });
  }

  // ── queue and claims ─────────────────────────────────────────────────────

  #waitingWhere(expertId: number, now: Date) {
    return {
      status: 'submitted',
      enrolment: { userId: { not: expertId } },
      step: { project: { deletedAt: null, experts: { some: { userId: expertId } } } },
      OR: [{ claimedById: null }, { claimedById: expertId }, { claimExpiresAt: { lte: now } }],
    };
  }

  /** Submissions waiting for this expert, oldest first; `total` counts beyond the page. */
  async queue(expertId: number): Promise<{ entries: QueueEntry[]; total: number }> {
    const now = this.deps.clock.now();
    if (!(await this.#roles(this.#db, expertId)).includes('expert')) throw new ServiceError('grading-err-not-expert');
    const where = this.#waitingWhere(expertId, now);
    const [rows, total] = await Promise.all([
      this.#db.submission.findMany({
        where,
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
        take: QUEUE_LIMIT,
        select: {
          id: true,
          attempt: true,
          submittedAt: true,
          createdAt: true,
          claimedById: true,
          claimExpiresAt: true,
          step: { select: { position: true, title: true, project: { select: { title: true } } } },
        },
      }),
      this.#db.submission.count({ where }),
    ]);
    return {
      total,
      entries: rows.map((r) => ({
        submissionId: r.id,
        projectTitle: r.step.project.title,
        stepPosition: r.step.position,
        stepTitle: r.step.title,
        attempt: r.attempt,
        submittedAt: (r.submittedAt ?? r.createdAt).toISOString(),
        waiting: waitingTime(r.submittedAt ?? r.createdAt, now),
        claimedByMe: claimState(r, expertId, now) === 'mine',
      })),
    };
  }

  /** The oldest submission waiting for this expert, if any. */
  async nextInQueue(expertId: number): Promise<number | null> {
    const { entries } = await this.queue(expertId);
    return entries[0]?.submissionId ?? null;
  }

  /**
   * Reserves a submission for this expert for `claimMinutes`. The conditional update is the lock:
   * of two experts opening it at once, exactly one update matches.
   */
  async claim(expertId: number, submissionId: number): Promise<{ expiresAt: string }> {
    const now = this.deps.clock.now();
    return this.#db.$transaction(async (tx) => {
      const sub = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true, enrolment: { select: { userId: true, projectId: true } } } });
      if (!sub) throw new ServiceError('grading-err-not-found');
      await this.#checkExpert(tx, expertId, sub.enrolment);
      if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
      const expiresAt = claimExpiry(now, this.claimMinutes);
      const { count } = await tx.submission.updateMany({
        where: { id: submissionId, status: 'submitted', OR: [{ claimedById: null }, { claimedById: expertId }, { claimExpiresAt: { lte: now } }] },
        data: { claimedById: expertId, claimExpiresAt: expiresAt },
      });
      if (count !== 1) throw new ServiceError('grading-err-taken');
      return { expiresAt: expiresAt.toISOString() };
    });
  }

  async release(expertId: number, submissionId: number): Promise<void> {
    await this.#db.submission.updateMany({ where: { id: submissionId, claimedById: expertId, status: 'submitted' }, data: { claimedById: null, claimExpiresAt: null } });
  }

  /** Whether this expert could take the submission again right now (after their claim expired). */
  async claimable(expertId: number, submissionId: number): Promise<boolean> {
    const now = this.deps.clock.now();
    const sub = await this.#db.submission.findUnique({ where: { id: submissionId }, select: { status: true, claimedById: true, claimExpiresAt: true } });
    return !!sub && sub.status === 'submitted' && claimState(sub, expertId, now) !== 'held';
  }

  async #view(tx: Tx, submissionId: number, viewerId: number): Promise<Omit<GradingView, 'initial' | 'gradeId' | 'version'>> {
    const sub = await tx.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: {
        id: true,
        attempt: true,
        enrolmentId: true,
        stepId: true,
        claimedById: true,
        claimExpiresAt: true,
        items: { select: { checklistItemId: true, kind: true, fileId: true, fileName: true, url: true, text: true, carriedFromId: true } },
        step: { select: stepSelect },
      },
    });
    const previous = sub.attempt > 1
      ? await tx.submission.findUnique({
          where: { enrolmentId_stepId_attempt: { enrolmentId: sub.enrolmentId, stepId: sub.stepId, attempt: sub.attempt - 1 } },
          select: { grade: { select: { items: { select: { checklistItemId: true, ok: true, comment: true } } } } },
        })
      : null;
    const previousChecks = new Map((previous?.grade?.items ?? []).map((i) => [i.checklistItemId, { ok: i.ok, comment: i.comment }]));
    const handed = new Map(sub.items.map((i) => [i.checklistItemId, i]));
    const tokens = await tx.token.findMany({ orderBy: { sort: 'asc' }, select: { code: true, nameRu: true, nameEn: true } });
    const snippets = await tx.expertSnippet.findMany({ where: { expertId: viewerId }, orderBy: [{ uses: 'desc' }, { lastUsed: 'desc' }], take: SNIPPETS_OFFERED, select: { id: true, text: true } });
    return {
      submissionId: sub.id,
      attempt: sub.attempt,
      projectTitle: sub.step.project.title,
      stepPosition: sub.step.position,
      stepTitle: sub.step.title,
      items: sub.step.checklist.map((item) => {
        const h = handed.get(item.id);
        return {
          checklistItemId: item.id,
          position: item.position,
          title: item.title,
          hint: item.hint,
          required: item.required,
          content: h ? { kind: h.kind as ItemContent['kind'], fileId: h.fileId, fileName: h.fileName, url: h.url, text: h.text } : null,
          carried: h?.carriedFromId != null,
          previous: previousChecks.get(item.id) ?? null,
        };
      }),
      criteria: rubricOf(sub.step).criteria,
      tokens,
      snippets,
      claimExpiresAt: sub.claimedById === viewerId ? iso(sub.claimExpiresAt) : null,
    };
  }

  /** What the expert grades: refused unless they may grade it now. */
  async view(expertId: number, submissionId: number): Promise<GradingView> {
    return this.#db.$transaction(async (tx) => {
      const sub = await tx.submission.findUnique({ where: { id: submissionId }, select: { status: true, enrolment: { select: { userId: true, projectId: true } } } });
      if (!sub) throw new ServiceError('grading-err-not-found');
      await this.#checkExpert(tx, expertId, sub.enrolment);
      if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
      return { ...(await this.#view(tx, submissionId, expertId)), initial: null, gradeId: null, version: null };
    });
  }

  // ── saving a grade ───────────────────────────────────────────────────────

  async #cardData(tx: Tx, gradeId: number, locale: string): Promise<CardData> {
    const g = await tx.grade.findUniqueOrThrow({
      where: { id: gradeId },
      select: { ...gradeSelect, totalPoints: true, maxPoints: true, submission: { select: { attempt: true, step: { select: stepSelect } } } },
    });
    const step = g.submission.step;
    const rubric = rubricOf(step);
    const draft = draftOf(g);
    const checks = new Map(draft.items.map((i) => [i.checklistItemId, i]));
    const scores = new Map(draft.criteria.map((c) => [c.criterionId, c.points]));
    const tokenRows = await tx.token.findMany({ where: { code: { in: draft.tokens } }, orderBy: { sort: 'asc' } });
    return {
      gradeId,
      projectTitle: step.project.title,
      stepPosition: step.position,
      stepTitle: step.title,
      attempt: g.submission.attempt,
      items: step.checklist.map((i) => ({ position: i.position, title: i.title, ok: checks.get(i.id)?.ok ?? null, comment: checks.get(i.id)?.comment ?? '' })),
      criteria: rubric.criteria.map((c) => ({ ...c, points: scores.get(c.id) ?? null })),
      tokens: tokenRows.map((t) => (locale === 'en' ? t.nameEn : t.nameRu)),
      comment: draft.comment,
      decision: draft.decision,
      overrideReason: draft.overrideReason,
      total: g.totalPoints,
      max: g.maxPoints,
      redo: whatToRedo(rubric, draft.items),
    };
  }

  async #rememberSnippets(tx: Tx, expertId: number, texts: string[], now: Date): Promise<void> {
    for (const text of new Set(texts.map((t) => t.trim()).filter((t) => t && t.length <= SNIPPET_MAX))) {
      await tx.expertSnippet.upsert({
        where: { expertId_text: { expertId, text } },
        create: { expertId, text, uses: 1, lastUsed: now },
        update: { uses: { increment: 1 }, lastUsed: now },
      });
    }
  }

  /**
   * Saves an expert's grade in one transaction: the grade against the step's current rubric
   * version, the submission decided (its open key freed for a new attempt), the points credit,
   * the audit record, the participant's card in the outbox and the reward hooks.
   */
  async saveGrade(expertId: number, submissionId: number, input: GradeDraft, effectKey: string): Promise<SaveResult> {
    const now = this.deps.clock.now();
    const draft: GradeDraft = {
      ...input,
      tokens: [...new Set(input.tokens)].sort(),
      comment: input.comment.trim(),
      overrideReason: input.overrideReason?.trim() || null,
      items: input.items.map((i) => ({ ...i, comment: i.comment.trim() })),
    };
    try {
      return await this.#db.$transaction(async (tx) => {
        const sub = await tx.submission.findUnique({
          where: { id: submissionId },
          select: {
            status: true,
            attempt: true,
            claimedById: true,
            claimExpiresAt: true,
            enrolment: { select: { userId: true, projectId: true, user: { select: { telegramId: true, locale: true } } } },
            step: { select: stepSelect },
            grade: { select: { id: true, expertId: true, decision: true, totalPoints: true, maxPoints: true } },
          },
        });
        if (!sub) throw new ServiceError('grading-err-not-found');
        await this.#checkExpert(tx, expertId, sub.enrolment);
        const settled = (g: NonNullable<typeof sub.grade>): SaveResult => {
          if (g.expertId !== expertId) throw new ServiceError('grading-err-already-graded');
          return { gradeId: g.id, decision: g.decision as Decision, total: g.totalPoints, max: g.maxPoints, repeated: true };
        };
        if (sub.grade) return settled(sub.grade);
        if (sub.status !== 'submitted') throw new ServiceError('grading-err-not-waiting');
        const state = claimState(sub, expertId, now);
        if (state === 'held') throw new ServiceError('grading-err-taken');
        if (state !== 'mine') throw new ServiceError('grading-err-claim-expired', { minutes: this.claimMinutes });

        const rubric = rubricOf(sub.step);
        const tokenCodes = (await tx.token.findMany({ select: { code: true } })).map((t) => t.code);
        const problems = draftProblems(rubric, tokenCodes, draft);
        if (problems.length) throw draftError(problems[0]!, rubric);
        const { total, max } = totals(rubric.criteria, draft.criteria);

        // The decision and the claim in one conditional write: whoever commits first wins, the
        // other's update matches nothing.
        const { count } = await tx.submission.updateMany({
          where: { id: submissionId, status: 'submitted', claimedById: expertId, claimExpiresAt: { gt: now } },
          data: { status: draft.decision, decidedAt: now, openKey: null, claimedById: null, claimExpiresAt: null },
        });
        if (count !== 1) {
          const winner = await tx.grade.findUnique({ where: { submissionId }, select: { id: true, expertId: true, decision: true, totalPoints: true, maxPoints: true } });
          if (winner) return settled(winner);
          throw new ServiceError('grading-err-taken');
        }
        const grade = await tx.grade.create({
          data: {
            submissionId,
            expertId,
            decision: draft.decision,
            totalPoints: total,
            maxPoints: max,
            rubricVersion: sub.step.rubricVersion,
            comment: draft.comment,
            overrideReason: draft.decision === 'accepted' ? draft.overrideReason : null,
            createdAt: now,
            updatedAt: now,
            items: { create: draft.items.map((i) => ({ checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment })) },
            criteria: { create: draft.criteria.map((c) => ({ criterionId: c.criterionId, points: c.points })) },
            tokens: { create: draft.tokens.map((tokenCode) => ({ tokenCode })) },
          },
          select: { id: true },
        });
        const credit = creditFor(draft.decision, total);
        if (draft.decision === 'accepted') {
          await tx.pointsEntry.create({ data: { userId: sub.enrolment.userId, gradeId: grade.id, reason: 'grade', points: credit, createdAt: now } });
        }
        await this.#rememberSnippets(tx, expertId, [...draft.items.filter((i) => !i.ok).map((i) => i.comment), draft.comment], now);
        await recordAudit(tx, {
          key: `${effectKey}:grade:${submissionId}`,
          actorId: expertId,
          action: 'grade.save',
          entity: 'submission',
          entityId: submissionId,
          before: { status: 'submitted' },
          after: { status: draft.decision, gradeId: grade.id, total, max, rubricVersion: sub.step.rubricVersion, tokens: draft.tokens },
        });
        const locale = sub.enrolment.user.locale ?? this.deps.defaultLocale;
        const card = participantCard(this.#t(locale), await this.#cardData(tx, grade.id, locale));
        await enqueue(tx, { key: `grade:${grade.id}:card`, chatId: sub.enrolment.user.telegramId, payload: { text: card, parse_mode: 'HTML' } }, now);
        await this.hooks.afterGradeSaved(tx, {
          gradeId: grade.id,
          submissionId,
          userId: sub.enrolment.userId,
          stepId: sub.step.id,
          projectId: sub.step.project.id,
          decision: draft.decision,
          pointsDelta: credit,
          correction: false,
          now,
        });
        return { gradeId: grade.id, decision: draft.decision, total, max, repeated: false };
      });
    } catch (error) {
      // The unique grade per submission is the last guard against a double save.
      if (isUniqueViolation(error)) throw new ServiceError('grading-err-already-graded');
      throw error;
    }
  }

  // ── moderators' corrections ──────────────────────────────────────────────

  async #requireModerator(tx: Tx, actorId: number): Promise<void> {
    if (!(await this.#roles(tx, actorId)).includes('moderator')) throw new ServiceError('grading-err-not-moderator');
  }

  /** A saved grade as the correction conversation starts from it. */
  async correctionView(moderatorId: number, gradeId: number): Promise<GradingView> {
    return this.#db.$transaction(async (tx) => {
      await this.#requireModerator(tx, moderatorId);
      const grade = await tx.grade.findUnique({ where: { id: gradeId }, select: { ...gradeSelect, submissionId: true } });
      if (!grade) throw new ServiceError('grading-err-grade-not-found', { id: String(gradeId) });
      const view = await this.#view(tx, grade.submissionId, moderatorId);
      return { ...view, initial: draftOf(grade), gradeId, version: grade.updatedAt.toISOString() };
    });
  }

  /**
   * A moderator corrects a saved grade: audited with before and after, the points difference
   * written as a correction entry (never a second credit), the participant told what changed.
   * `version` is the grade's state the moderator edited; a grade changed meanwhile is refused.
   */
  async correctGrade(moderatorId: number, gradeId: number, input: GradeDraft, reason: string, version: string, effectKey: string): Promise<CorrectionResult> {
    const now = this.deps.clock.now();
    const why = reason.trim();
    if (!why) throw new ServiceError('grading-err-reason-required');
    if (why.length > REASON_MAX) throw new ServiceError('grading-err-too-long');
    const draft: GradeDraft = { ...input, tokens: [...new Set(input.tokens)].sort(), comment: input.comment.trim(), overrideReason: input.overrideReason?.trim() || null };
    const auditKey = `${effectKey}:grade-correct:${gradeId}`;
    try {
      return await this.#db.$transaction(async (tx) => {
        await this.#requireModerator(tx, moderatorId);
        const done = await tx.auditLog.findUnique({ where: { key: auditKey }, select: { after: true } });
        if (done) return (done.after as unknown as { result: CorrectionResult }).result;
        const grade = await tx.grade.findUnique({
          where: { id: gradeId },
          select: {
            ...gradeSelect,
            submissionId: true,
            points: { select: { reason: true, points: true } },
            submission: {
              select: {
                attempt: true,
                enrolmentId: true,
                stepId: true,
                status: true,
                enrolment: { select: { userId: true, projectId: true, user: { select: { telegramId: true, locale: true } } } },
                step: { select: stepSelect },
              },
            },
          },
        });
        if (!grade) throw new ServiceError('grading-err-grade-not-found', { id: String(gradeId) });
        if (grade.updatedAt.toISOString() !== version) throw new ServiceError('grading-err-correction-conflict');
        const sub = grade.submission;
        const rubric = rubricOf(sub.step);
        const tokenCodes = (await tx.token.findMany({ select: { code: true } })).map((t) => t.code);
        const problems = draftProblems(rubric, tokenCodes, draft);
        if (problems.length) throw draftError(problems[0]!, rubric);
        const before = draftOf(grade);
        const changes = describeChanges(rubric, before, draft);
        if (!changes.length && before.overrideReason === draft.overrideReason) throw new ServiceError('grading-err-correction-nothing');
        if (draft.decision === 'accepted' && before.decision !== 'accepted') {
          // Accepting an old attempt after the participant started a new one would leave two live attempts.
          const later = await tx.submission.count({ where: { enrolmentId: sub.enrolmentId, stepId: sub.stepId, attempt: { gt: sub.attempt } } });
          if (later) throw new ServiceError('grading-err-correction-later-attempt');
        }
        const { total, max } = totals(rubric.criteria, draft.criteria);
        // Optimistic lock: the version moves strictly forward, so a concurrent correction matches nothing.
        const { count } = await tx.grade.updateMany({
          where: { id: gradeId, updatedAt: grade.updatedAt },
          data: {
            decision: draft.decision,
            totalPoints: total,
            maxPoints: max,
            comment: draft.comment,
            overrideReason: draft.decision === 'accepted' ? draft.overrideReason : null,
            rubricVersion: sub.step.rubricVersion,
            updatedAt: new Date(Math.max(now.getTime(), grade.updatedAt.getTime() + 1)),
          },
        });
        if (count !== 1) throw new ServiceError('grading-err-correction-conflict');
        await tx.gradeItem.deleteMany({ where: { gradeId } });
        await tx.gradeCriterion.deleteMany({ where: { gradeId } });
        await tx.gradeToken.deleteMany({ where: { gradeId } });
        for (const i of draft.items) await tx.gradeItem.create({ data: { gradeId, checklistItemId: i.checklistItemId, ok: i.ok, comment: i.comment } });
        for (const c of draft.criteria) await tx.gradeCriterion.create({ data: { gradeId, criterionId: c.criterionId, points: c.points } });
        for (const tokenCode of draft.tokens) await tx.gradeToken.create({ data: { gradeId, tokenCode } });
        if (draft.decision !== before.decision) await tx.submission.update({ where: { id: grade.submissionId }, data: { status: draft.decision } });

        const credited = grade.points.reduce((sum, p) => sum + p.points, 0);
        const delta = creditFor(draft.decision, total) - credited;
        if (delta !== 0) {
          await tx.pointsEntry.create({ data: { userId: sub.enrolment.userId, gradeId, reason: correctionReason(grade.points.map((p) => p.reason)), points: delta, createdAt: now } });
        }
        const n = (await tx.auditLog.count({ where: { action: 'grade.correct', entity: 'grade', entityId: String(gradeId) } })) + 1;
        const result: CorrectionResult = { gradeId, pointsDelta: delta, total, max, changes: changes.length };
        await recordAudit(tx, {
          key: auditKey,
          actorId: moderatorId,
          action: 'grade.correct',
          entity: 'grade',
          entityId: gradeId,
          before: { ...before, total: grade.totalPoints, credited },
          after: { ...draft, total, credited: credited + delta, reason: why, result },
        });
        const locale = sub.enrolment.user.locale ?? this.deps.defaultLocale;
        const tokenRows = await tx.token.findMany({ select: { code: true, nameRu: true, nameEn: true } });
        const tokenName = (code: string) => {
          const row = tokenRows.find((t) => t.code === code);
          return row ? (locale === 'en' ? row.nameEn : row.nameRu) : code;
        };
        const text = correctionNotice(
          this.#t(locale),
          { projectTitle: sub.step.project.title, stepPosition: sub.step.position, stepTitle: sub.step.title, attempt: sub.attempt, gradeId, total, max },
          changes,
          why,
          tokenName,
        );
        await enqueue(tx, { key: `grade:${gradeId}:correction:${n}`, chatId: sub.enrolment.user.telegramId, payload: { text, parse_mode: 'HTML' } }, now);
        await this.hooks.afterGradeSaved(tx, {
          gradeId,
          submissionId: grade.submissionId,
          userId: sub.enrolment.userId,
          stepId: sub.step.id,
          projectId: sub.step.project.id,
          decision: draft.decision,
          pointsDelta: delta,
          correction: true,
          now,
        });
        return result;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ServiceError('grading-err-correction-conflict');
      throw error;
    }
  }

  // ── notices of new work ──────────────────────────────────────────────────

  /**
   * Tells each assigned expert how many new submissions wait for them: at most one message per
   * expert per interval, batched. Each notice is a JobRun row (job "review-notice:<expert>",
   * period = the window) inserted with its outbox message, so two instances never both send it,
   * and the previous notice's time says which submissions are new.
   */
  async announcePendingReviews(now: Date, instance = 'scheduler'): Promise<{ notified: number }> {
    const experts = await this.#db.user.findMany({
      where: { roles: { some: { role: 'expert' } }, expertIn: { some: {} } },
      select: { id: true, telegramId: true, locale: true },
    });
    const cutoff = new Date(now.getTime() - this.#settleMs);
    let notified = 0;
    for (const expert of experts) {
      const job = `review-notice:${expert.id}`;
      const last = await this.#db.jobRun.findFirst({ where: { job }, orderBy: { startedAt: 'desc' }, select: { startedAt: true } });
      if (!noticeDue(last?.startedAt ?? null, now, this.#noticeMinutes)) continue;
      const since = last ? new Date(last.startedAt.getTime() - this.#settleMs) : null;
      const count = await this.#db.submission.count({
        where: {
          status: 'submitted',
          enrolment: { userId: { not: expert.id } },
          step: { project: { deletedAt: null, experts: { some: { userId: expert.id } } } },
          // Work another expert is grading right now is not news to anyone.
          OR: [{ claimedById: null }, { claimExpiresAt: { lte: now } }],
          submittedAt: since ? { gt: since, lte: cutoff } : { lte: cutoff },
        },
      });
      if (count === 0) continue;
      const period = String(noticeWindow(now, this.#noticeMinutes));
      try {
        await this.#db.$transaction(async (tx) => {
          await tx.jobRun.create({ data: { job, period, instance, startedAt: now, finishedAt: now } });
          // Only the latest notice matters for the next one; a week of history is plenty for support.
          await tx.jobRun.deleteMany({ where: { job, startedAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } } });
          await enqueue(tx, {
            key: `review-notice:${expert.id}:${period}`,
            chatId: expert.telegramId,
            payload: { text: this.#t(expert.locale)('review-notice', { count }), parse_mode: 'HTML' },
          }, now);
        });
        notified++;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return { notified };
  }
}
