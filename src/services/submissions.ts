// Use cases of handing in a step's results: open (or resume) a draft attempt, store each checklist
// item as it arrives, send the attempt for review once, discard a draft. Rules are checked here.
import type { Db, Tx } from '../db/client.ts';
import { formatDay } from '../domain/dates.ts';
import { canSubmit, stepState, type StepState, type SubmitCheck } from '../domain/projects.ts';
import {
  checkItem,
  itemAccepts,
  missingRequired,
  planAttempt,
  type ItemAccepts,
  type ItemRefusal,
  type Offer,
} from '../domain/submission-rules.ts';
import type { Clock } from '../runtime/clock.ts';
import { enqueue } from './outbox.ts';
import type { Translate } from './translator.ts';
import { currentRubricRows } from './rubric-version.ts';
import { ServiceError } from './users.ts';
import { escapeHtml } from '../render/escape.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import { truncate } from '../domain/text.ts';

/** An item already handed in for the attempt (JSON-safe: conversations store it). */
export interface FilledItem {
  kind: 'document' | 'photo' | 'link' | 'text';
  fileName: string | null;
  fileSize: number | null;
  url: string | null;
  text: string | null;
  /** The attempt it was carried over from, when it was not handed in anew. */
  carriedFromAttempt: number | null;
}

export interface DraftItem {
  checklistItemId: number;
  position: number;
  title: string;
  hint: string;
  accepts: ItemAccepts;
  required: boolean;
  /** Asked for in this attempt (all on the first; after a return only the rejected and the missing). */
  asked: boolean;
  /** The expert's comment on this item when they rejected it in the previous attempt. */
  rejectedComment: string | null;
  filled: FilledItem | null;
}

/** A draft attempt as the conversation shows it (JSON-safe: no Dates, no BigInt). */
export interface DraftView {
  submissionId: number;
  attempt: number;
  stepId: number;
  stepTitle: string;
  projectTitle: string;
  items: DraftItem[];
}

export type SaveResult = { ok: true; view: DraftView } | { ok: false; reason: ItemRefusal };

export interface SubmitResult {
  submissionId: number;
  attempt: number;
  stepTitle: string;
  /** ISO instant. */
  submittedAt: string;
}

const openKeyOf = (enrolmentId: number, stepId: number) => `${enrolmentId}:${stepId}`;
const RECEIPT_LINE_MAX = 80;


/** The ServiceError code for a refusal by the step rules. */
const refusalCode = (check: Exclude<SubmitCheck, 'ok'>) => `submission-refused-${check}`;

export class SubmissionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly translate: Translate,
    private readonly defaultLocale: string,
    private readonly timeZone: string,
  ) {}

  /**
   * The person's open draft of the step, created when there is none. A new attempt after a return
   * carries over what the expert did not reject. Refused when the person is not enrolled, the step
   * is on review or accepted, or the step rules (deadline, order, finished project) say no.
   */
  async open(userId: number, stepId: number): Promise<DraftView> {
    const now = this.clock.now();
    const user = await this.db.user.findUnique({ where: { id: userId }, select: { registeredAt: true } });
    if (!user?.registeredAt) throw new ServiceError('not-registered');
    const step = await this.db.step.findUnique({ where: { id: stepId }, include: { project: true } });
    if (!step || step.project.deletedAt !== null || step.project.status === 'draft') throw new ServiceError('submission-step-not-found');
    const enrolment = await this.db.enrolment.findUnique({ where: { userId_projectId: { userId, projectId: step.projectId } } });
    if (!enrolment) throw new ServiceError('submission-not-enrolled', { project: step.project.title });

    const latest = await this.db.submission.findFirst({ where: { enrolmentId: enrolment.id, stepId }, orderBy: { attempt: 'desc' } });
    if (latest?.status === 'submitted') throw new ServiceError('submission-on-review', { step: step.title });
    if (latest?.status === 'accepted') throw new ServiceError('submission-accepted', { step: step.title });
    await this.#checkRules(this.db, enrolment.id, step, now);
    if (latest?.status === 'draft') return this.#view(this.db, latest.id);

    try {
      const id = await this.db.$transaction(async (tx) => {
        const created = await tx.submission.create({
          data: { enrolmentId: enrolment.id, stepId, attempt: (latest?.attempt ?? 0) + 1, status: 'draft', openKey: openKeyOf(enrolment.id, stepId), createdAt: now },
        });
        if (latest?.status === 'returned') await this.#carryOver(tx, latest.id, created.id, stepId, now);
        return created.id;
      });
      return this.#view(this.db, id);
    } catch (error) {
      // Another device opened the same step a moment earlier: the open-attempt key kept it to one draft.
      if (!isUniqueViolation(error)) throw error;
      const open = await this.db.submission.findUnique({ where: { openKey: openKeyOf(enrolment.id, stepId) } });
      if (open?.status === 'draft') return this.#view(this.db, open.id);
      if (open?.status === 'submitted') throw new ServiceError('submission-on-review', { step: step.title });
      throw error;
    }
  }

  /** The current state of the person's draft (after a restart, or to show the summary). */
  async draft(userId: number, submissionId: number): Promise<DraftView> {
    await this.#ownDraft(this.db, userId, submissionId);
    return this.#view(this.db, submissionId);
  }

  /**
   * Stores (or replaces) one checklist item of the draft. What the item accepts is checked here;
   * a refusal is returned, not thrown, because it is the person's to fix at the same question.
   */
  async saveItem(userId: number, submissionId: number, checklistItemId: number, offer: Offer): Promise<SaveResult> {
    const now = this.clock.now();
    const submission = await this.#ownDraft(this.db, userId, submissionId);
    const item = await this.db.checklistItem.findFirst({ where: { id: checklistItemId, stepId: submission.stepId, ...currentRubricRows } });
    if (!item) throw new ServiceError('submission-item-not-found');
    const check = checkItem(itemAccepts(item.accepts), offer);
    if (!check.ok) return check;
    const c = check.content;
    const data = {
      kind: c.kind,
      fileId: 'fileId' in c ? c.fileId : null,
      fileUniqueId: 'fileUniqueId' in c ? c.fileUniqueId : null,
      fileName: c.kind === 'document' ? c.fileName : null,
      mimeType: c.kind === 'document' ? c.mimeType : c.kind === 'photo' ? 'image/jpeg' : null,
      fileSize: 'fileSize' in c ? c.fileSize : null,
      url: c.kind === 'link' ? c.url : null,
      text: c.kind === 'text' ? c.text : null,
      carriedFromId: null,
    };
    await this.db.$transaction(async (tx) => {
      // Touching the row first orders this write after a concurrent submit: once sent, nothing changes.
      const still = await tx.submission.updateMany({ where: { id: submissionId, status: 'draft' }, data: { updatedAt: now } });
      if (still.count === 0) throw new ServiceError('submission-already-sent');
      await tx.submissionItem.upsert({
        where: { submissionId_checklistItemId: { submissionId, checklistItemId } },
        create: { submissionId, checklistItemId, ...data, createdAt: now },
        update: { ...data, createdAt: now },
      });
    });
    return { ok: true, view: await this.#view(this.db, submissionId) };
  }

  /**
   * Sends the draft for review, exactly once: the status changes only from draft, so a second
   * press (or a second device) gets "already sent". The receipt goes through the outbox in the same
   * transaction, under a key of the submission, so it is sent once too.
   */
  async submit(userId: number, submissionId: number): Promise<SubmitResult> {
    const now = this.clock.now();
    const submission = await this.db.submission.findUnique({
      where: { id: submissionId },
      include: {
        enrolment: { include: { user: { select: { telegramId: true, locale: true } } } },
        step: { include: { project: true, checklist: { where: currentRubricRows, orderBy: { position: 'asc' } } } },
        items: true,
      },
    });
    if (!submission || submission.enrolment.userId !== userId) throw new ServiceError('submission-not-found');
    if (submission.status !== 'draft') throw new ServiceError('submission-already-sent');
    const { step } = submission;
    const missing = missingRequired(step.checklist, submission.items.map((i) => i.checklistItemId));
    if (missing.length) {
      const titles = step.checklist.filter((c) => missing.includes(c.id)).map((c) => c.title);
      throw new ServiceError('submission-incomplete', { items: titles.join(', ') });
    }
    await this.#checkRules(this.db, submission.enrolmentId, step, now);

    await this.db.$transaction(async (tx) => {
      const sent = await tx.submission.updateMany({ where: { id: submissionId, status: 'draft' }, data: { status: 'submitted', submittedAt: now, rubricVersion: step.rubricVersion } });
      if (sent.count === 0) throw new ServiceError('submission-already-sent');
      const { telegramId, locale: saved } = submission.enrolment.user;
      const locale = saved ?? this.defaultLocale;
      const t = (key: string, vars?: Record<string, string | number>) => this.translate(locale, key, vars);
      const lines = step.checklist
        .map((c) => {
          const it = submission.items.find((i) => i.checklistItemId === c.id);
          if (!it) return null;
          const what =
            it.kind === 'document' ? (it.fileName ?? t('submission-kind-document')) : it.kind === 'photo' ? t('submission-kind-photo') : it.kind === 'link' ? (it.url ?? '') : (it.text ?? '').replace(/\s+/g, ' ');
          return `• ${escapeHtml(truncate(c.title, RECEIPT_LINE_MAX))}: ${escapeHtml(truncate(what, RECEIPT_LINE_MAX))}`;
        })
        .filter((line): line is string => line !== null);
      const loc = locale === 'en' ? 'en' : 'ru';
      const time = new Intl.DateTimeFormat('en-GB', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
      await enqueue(
        tx,
        {
          key: `submission:${submissionId}:received`,
          chatId: telegramId,
          payload: {
            parse_mode: 'HTML',
            text: t('submission-receipt', {
              step: escapeHtml(step.title),
              project: escapeHtml(step.project.title),
              attempt: submission.attempt,
              date: formatDay(now, loc, this.timeZone, true),
              time,
              items: lines.join('\n'),
            }),
          },
        },
        now,
      );
    });
    return { submissionId, attempt: submission.attempt, stepTitle: step.title, submittedAt: now.toISOString() };
  }

  /** Deletes the person's draft (only a draft: sent work stays). False when there was none to delete. */
  async discard(userId: number, submissionId: number): Promise<boolean> {
    const deleted = await this.db.submission.deleteMany({ where: { id: submissionId, status: 'draft', enrolment: { userId } } });
    return deleted.count > 0;
  }

  /** Status of the person's submission (draft, submitted, returned, accepted), or null when it is not theirs. */
  async statusOf(userId: number, submissionId: number): Promise<string | null> {
    const row = await this.db.submission.findFirst({ where: { id: submissionId, enrolment: { userId } }, select: { status: true } });
    return row?.status ?? null;
  }

  async #ownDraft(db: Db | Tx, userId: number, submissionId: number) {
    const submission = await db.submission.findUnique({ where: { id: submissionId }, include: { enrolment: { select: { userId: true } } } });
    if (!submission || submission.enrolment.userId !== userId) throw new ServiceError('submission-not-found');
    if (submission.status !== 'draft') throw new ServiceError('submission-already-sent');
    return submission;
  }

  /** The project's rules for this step now: not finished, within dates (or late work allowed), in order. */
  async #checkRules(
    db: Db | Tx,
    enrolmentId: number,
    step: { id: number; title: string; position: number; projectId: number; startsOn: Date; endsOn: Date; project: Parameters<typeof canSubmit>[1] },
    now: Date,
  ): Promise<void> {
    const earlier = await db.step.findMany({
      where: { projectId: step.projectId, position: { lt: step.position } },
      select: { submissions: { where: { enrolmentId }, select: { attempt: true, status: true } } },
    });
    const previous: StepState[] = earlier.map((s) => stepState(s.submissions));
    const check = canSubmit(step, step.project, previous, now, this.timeZone);
    if (check !== 'ok') {
      throw new ServiceError(refusalCode(check), { step: step.title, from: step.startsOn.toISOString(), to: step.endsOn.toISOString() });
    }
  }

  /** Copies the items the expert did not reject into the new attempt, marking where each came from. */
  async #carryOver(tx: Tx, previousId: number, submissionId: number, stepId: number, now: Date): Promise<void> {
    const [checklist, previous, grade] = await Promise.all([
      tx.checklistItem.findMany({ where: { stepId, ...currentRubricRows }, orderBy: { position: 'asc' }, select: { id: true } }),
      tx.submissionItem.findMany({ where: { submissionId: previousId } }),
      tx.grade.findUnique({ where: { submissionId: previousId }, include: { items: true } }),
    ]);
    const plan = planAttempt(checklist, previous, grade ? grade.items : null);
    for (const { fromId } of plan.carry) {
      const from = previous.find((p) => p.id === fromId)!;
      const { id: _id, submissionId: _s, createdAt: _c, carriedFromId: _f, ...content } = from;
      await tx.submissionItem.create({ data: { ...content, submissionId, carriedFromId: from.id, createdAt: now } });
    }
  }

  async #view(db: Db | Tx, submissionId: number): Promise<DraftView> {
    const submission = await db.submission.findUniqueOrThrow({
      where: { id: submissionId },
      include: { step: { include: { project: { select: { title: true } }, checklist: { where: currentRubricRows, orderBy: { position: 'asc' } } } }, items: true },
    });
    const { step } = submission;
    // What this attempt asks for is derived again from the previous attempt, so it never depends on
    // what the person has replaced since.
    const previous =
      submission.attempt > 1
        ? await db.submission.findUnique({
            where: { enrolmentId_stepId_attempt: { enrolmentId: submission.enrolmentId, stepId: submission.stepId, attempt: submission.attempt - 1 } },
            include: { items: { select: { id: true, checklistItemId: true } }, grade: { include: { items: true } } },
          })
        : null;
    const verdicts = previous?.status === 'returned' && previous.grade ? previous.grade.items : null;
    const plan = planAttempt(step.checklist, previous?.status === 'returned' ? previous.items : null, verdicts);
    const carriedFrom = submission.items.map((i) => i.carriedFromId).filter((id): id is number => id !== null);
    const sources = carriedFrom.length
      ? await db.submissionItem.findMany({ where: { id: { in: carriedFrom } }, select: { id: true, submission: { select: { attempt: true } } } })
      : [];
    return {
      submissionId: submission.id,
      attempt: submission.attempt,
      stepId: step.id,
      stepTitle: step.title,
      projectTitle: step.project.title,
      items: step.checklist.map((c): DraftItem => {
        const row = submission.items.find((i) => i.checklistItemId === c.id);
        const verdict = verdicts?.find((v) => v.checklistItemId === c.id && !v.ok);
        return {
          checklistItemId: c.id,
          position: c.position,
          title: c.title,
          hint: c.hint,
          accepts: itemAccepts(c.accepts),
          required: c.required,
          asked: plan.ask.includes(c.id),
          rejectedComment: verdict ? verdict.comment : null,
          filled: row
            ? {
                kind: row.kind as FilledItem['kind'],
                fileName: row.fileName,
                fileSize: row.fileSize,
                url: row.url,
                text: row.text,
                carriedFromAttempt: row.carriedFromId !== null ? (sources.find((s) => s.id === row.carriedFromId)?.submission.attempt ?? submission.attempt - 1) : null,
              }
            : null,
        };
      }),
    };
  }
}
