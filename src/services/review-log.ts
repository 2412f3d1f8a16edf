// What moderators read on the web: handed-in work with its grade (to check or correct it) and the
// audit log with filters. Read-only; corrections go through GradingService.correctGrade.
import type { Db } from '../db/client.ts';

export const PAGE_SIZE = 50;

export interface SubmissionListRow {
  id: number;
  participant: string;
  project: string;
  projectId: number;
  step: string;
  stepPosition: number;
  attempt: number;
  status: string;
  submittedAt: Date | null;
  gradeId: number | null;
  points: number | null;
  maxPoints: number | null;
  expert: string | null;
}

export interface AuditRow {
  id: number;
  createdAt: Date;
  actor: string | null;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditFilter {
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number;
  from?: Date | null;
  to?: Date | null;
  page?: number;
}

export class ReviewLogService {
  constructor(private readonly db: Db) {}

  async submissions(opts: { status?: string; projectId?: number; page?: number } = {}): Promise<{ rows: SubmissionListRow[]; total: number }> {
    const where = {
      submittedAt: { not: null },
      ...(opts.status && ['submitted', 'returned', 'accepted'].includes(opts.status) ? { status: opts.status } : { status: { not: 'draft' } }),
      ...(opts.projectId ? { step: { projectId: opts.projectId } } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.submission.findMany({
        where,
        orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
        skip: Math.max(0, (opts.page ?? 1) - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: {
          id: true,
          attempt: true,
          status: true,
          submittedAt: true,
          enrolment: { select: { user: { select: { fullName: true } } } },
          step: { select: { position: true, title: true, project: { select: { id: true, title: true } } } },
          grade: { select: { id: true, totalPoints: true, maxPoints: true, expert: { select: { fullName: true } } } },
        },
      }),
      this.db.submission.count({ where }),
    ]);
    return {
      rows: rows.map((r) => ({
        id: r.id,
        participant: r.enrolment.user.fullName ?? '',
        project: r.step.project.title,
        projectId: r.step.project.id,
        step: r.step.title,
        stepPosition: r.step.position,
        attempt: r.attempt,
        status: r.status,
        submittedAt: r.submittedAt,
        gradeId: r.grade?.id ?? null,
        points: r.grade?.totalPoints ?? null,
        maxPoints: r.grade?.maxPoints ?? null,
        expert: r.grade?.expert.fullName ?? null,
      })),
      total,
    };
  }

  /** One hand-in: who, what, and the grade id (the page shows the grade through GradingService). */
  async submission(id: number) {
    return this.db.submission.findUnique({
      where: { id },
      select: {
        id: true,
        attempt: true,
        status: true,
        submittedAt: true,
        enrolment: { select: { user: { select: { id: true, fullName: true } } } },
        step: { select: { position: true, title: true, project: { select: { id: true, title: true } }, checklist: { orderBy: { position: 'asc' }, select: { id: true, position: true, title: true } } } },
        items: { select: { checklistItemId: true, kind: true, fileName: true, url: true, text: true } },
        grade: { select: { id: true, decision: true, totalPoints: true, maxPoints: true, expert: { select: { fullName: true } }, createdAt: true, updatedAt: true } },
      },
    });
  }

  async audit(filter: AuditFilter = {}): Promise<{ rows: AuditRow[]; total: number; actions: string[] }> {
    const where = {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.entity ? { entity: filter.entity } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
    };
    const [rows, total, actions] = await Promise.all([
      this.db.auditLog.findMany({
        where,
        orderBy: { id: 'desc' },
        skip: Math.max(0, (filter.page ?? 1) - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
        select: { id: true, createdAt: true, actorId: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { fullName: true } } },
      }),
      this.db.auditLog.count({ where }),
      this.db.auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    ]);
    return {
      rows: rows.map((r) => ({ id: r.id, createdAt: r.createdAt, actor: r.actor?.fullName ?? null, actorId: r.actorId, action: r.action, entity: r.entity, entityId: r.entityId, before: r.before, after: r.after })),
      total,
      actions: actions.map((a) => a.action),
    };
  }
}
