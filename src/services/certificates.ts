// Certificates of accepted steps: created with the grade (a GradeHooks subscriber), listed, re-sent,
// checked publicly by code, revoked by a moderator. Rendering happens in certificate-worker.ts.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Tx } from '../db/client.ts';
import type { Certificate } from '../db/generated/sqlite/client.ts';
import { formatDay } from '../domain/dates.ts';
import { verificationUrl, type CertificateDocument, type CertificateKind } from '../render/certificate-html.ts';
import { cleanText, escapeHtml } from '../render/escape.ts';
import { recordAudit } from './audit.ts';
import type { GradeHooks, GradeSavedEvent } from './grade-hooks.ts';
import { inlineKeyboard, urlButton } from './notice-buttons.ts';
import { enqueue } from './outbox.ts';
import { ServiceError, type Person } from './users.ts';
import type { ServiceDeps } from './index.ts';

/** Revoked because the grade that earned it was corrected to "returned"; a new acceptance restores it. */
export const AUTO_REVOKE_REASON = 'grade-corrected';
export const REVOKE_REASON_MAX = 300;

// Unambiguous on paper and in speech (no 0/O, 1/I); 12 characters = 60 random bits.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_PATTERN = /^[A-Za-z0-9]{6,32}$/;

export function newCertificateCode(length = 12): string {
  const bytes = randomBytes(length);
  let code = '';
  for (const byte of bytes) code += CODE_ALPHABET[byte & 31];
  return code;
}

export function isCertificateCode(text: string): boolean {
  return CODE_PATTERN.test(text);
}

/** CERTIFICATES_DIR overrides where PDFs are kept (several instances need a shared volume). */
export function certificatesDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CERTIFICATES_DIR?.trim() || './data/certificates');
}

export type CertificateState = 'pending' | 'ready' | 'revoked';

export interface CertificateSummary {
  id: number;
  code: string;
  kind: CertificateKind;
  state: CertificateState;
  project: string;
  /** Null for a project certificate. */
  step: string | null;
  points: number;
  hours: number | null;
  issuedAt: Date;
}

/** What the public check shows: everything the certificate says, plus its validity. */
export interface CertificateRecord extends CertificateDocument {
  id: number;
  userId: number;
  /** The holder's language: the PDF and its caption are printed in it. */
  locale: string;
  municipality: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
}

export type ResendPlan =
  | { kind: 'fileId'; fileId: string; caption: string }
  | { kind: 'file'; path: string; filename: string; caption: string }
  | { kind: 'pending' }
  | { kind: 'revoked'; reason: string }
  | { kind: 'not-found' };

export interface CertificateDeps extends ServiceDeps {
  /** Where rendered PDFs are stored; default ./data/certificates. */
  dir?: string;
}

const recordInclude = {
  user: { select: { fullName: true, username: true, locale: true, institution: { select: { name: true, municipality: { select: { name: true } } } } } },
  step: { select: { title: true, project: { select: { title: true } } } },
  project: { select: { title: true } },
  submission: { select: { grade: { select: { maxPoints: true } } } },
} as const;

/** The project a certificate is about: its own project, or its step's. */
const projectTitleOf = (row: { step: { project: { title: string } } | null; project: { title: string } | null }) => row.project?.title ?? row.step?.project.title ?? '';

export class CertificateService {
  readonly dir: string;
  readonly gradeHooks: GradeHooks;
  /**
   * Project completion certificates: subscribed after the rewards hook, which sets (or clears)
   * Enrolment.completedAt in the same transaction.
   */
  readonly completionHooks: GradeHooks;
  /** Called after a certificate is queued for rendering (the worker listens, to start sooner). */
  onQueued: (() => void) | null = null;

  constructor(private readonly deps: CertificateDeps) {
    this.dir = deps.dir ?? certificatesDir();
    this.gradeHooks = { afterGradeSaved: (tx, event) => this.#afterGradeSaved(tx, event) };
    this.completionHooks = { afterGradeSaved: (tx, event) => this.#syncProjectCertificate(tx, event) };
  }

  get publicUrl(): string {
    return this.deps.publicUrl;
  }

  filePath(code: string): string {
    return join(this.dir, `${code}.pdf`);
  }

  fileName(code: string): string {
    return `kodo-certificate-${code}.pdf`;
  }

  verifyUrl(code: string): string {
    return verificationUrl(this.deps.publicUrl, code);
  }

  /** The button to the certificate's public check page (none while the public address is a local one). */
  checkMarkup(locale: string, code: string) {
    return inlineKeyboard([[urlButton(this.deps.translate(locale, 'certificates-btn-check'), this.verifyUrl(code))]]);
  }

  async #afterGradeSaved(tx: Tx, event: GradeSavedEvent): Promise<void> {
    if (event.decision === 'accepted') await this.#issue(tx, event);
    else await this.#withdraw(tx, event);
  }

  /** One certificate per (person, step): a regrade updates it (same code) and it is rendered anew. */
  async #issue(tx: Tx, event: GradeSavedEvent): Promise<void> {
    const grade = await tx.grade.findUniqueOrThrow({ where: { id: event.gradeId }, select: { totalPoints: true } });
    const existing = await tx.certificate.findUnique({ where: { userId_stepId: { userId: event.userId, stepId: event.stepId } } });
    if (!existing) {
      await tx.certificate.create({
        data: { code: newCertificateCode(), userId: event.userId, stepId: event.stepId, submissionId: event.submissionId, points: grade.totalPoints, issuedAt: event.now },
      });
      this.#queued();
      return;
    }
    const unchanged = existing.submissionId === event.submissionId && existing.points === grade.totalPoints;
    await this.#reissue(tx, existing, event, unchanged, { submissionId: event.submissionId, points: grade.totalPoints });
  }

  /**
   * A certificate whose content changed, or that was voided automatically, is rendered anew under
   * the same code. A moderator's revocation stands; only the automatic one is lifted.
   */
  async #reissue(tx: Tx, existing: Certificate, event: GradeSavedEvent, unchanged: boolean, data: { submissionId?: number; points: number; hours?: number | null }): Promise<void> {
    if (existing.revokedAt && existing.revokeReason !== AUTO_REVOKE_REASON) return;
    if (!existing.revokedAt && unchanged) return;
    await tx.certificate.update({ where: { id: existing.id }, data: { ...data, revokedAt: null, revokeReason: null, status: 'pending', fileId: null, renderTries: 0 } });
    if (existing.revokedAt) {
      await recordAudit(tx, {
        key: `certificate:${existing.id}:restore:grade:${event.gradeId}:${event.now.getTime()}`,
        actorId: null,
        action: 'certificate.restore',
        entity: 'certificate',
        entityId: existing.id,
        before: { revokedAt: existing.revokedAt, revokeReason: existing.revokeReason },
        after: { revokedAt: null, gradeId: event.gradeId },
      });
    }
    this.#queued();
  }

  /** A grade corrected to "returned" means the step is no longer accepted: its certificate is void. */
  async #withdraw(tx: Tx, event: GradeSavedEvent): Promise<void> {
    const cert = await tx.certificate.findUnique({ where: { userId_stepId: { userId: event.userId, stepId: event.stepId } } });
    if (!cert || cert.revokedAt || cert.submissionId !== event.submissionId) return;
    await this.#autoRevoke(tx, cert.id, event);
  }

  /** Voided by a correction (not by a moderator), so completing again restores it. */
  async #autoRevoke(tx: Tx, certificateId: number, event: GradeSavedEvent): Promise<void> {
    await tx.certificate.update({ where: { id: certificateId }, data: { revokedAt: event.now, revokeReason: AUTO_REVOKE_REASON } });
    await recordAudit(tx, {
      key: `certificate:${certificateId}:revoke:grade:${event.gradeId}:${event.now.getTime()}`,
      actorId: null,
      action: 'certificate.revoke',
      entity: 'certificate',
      entityId: certificateId,
      before: { revokedAt: null },
      after: { revokedAt: event.now, revokeReason: AUTO_REVOKE_REASON, gradeId: event.gradeId },
    });
    await this.#noticeRevoked(tx, certificateId, `certificate:${certificateId}:revoked:${event.now.getTime()}`, null, event.now);
  }

  /**
   * One project certificate per (person, project), unique in the database: issued when every step
   * is accepted (points = the sum of the accepted steps, hours as the project states them); a later
   * correction that undoes completion voids it, and completing again restores it under the same code.
   */
  async #syncProjectCertificate(tx: Tx, event: GradeSavedEvent): Promise<void> {
    const where = { userId_projectId: { userId: event.userId, projectId: event.projectId } };
    const [enrolment, existing] = await Promise.all([
      tx.enrolment.findUnique({ where, select: { id: true, completedAt: true, project: { select: { hours: true } } } }),
      tx.certificate.findUnique({ where }),
    ]);
    if (!enrolment?.completedAt) {
      if (existing && !existing.revokedAt) await this.#autoRevoke(tx, existing.id, event);
      return;
    }
    const accepted = await tx.submission.findMany({ where: { enrolmentId: enrolment.id, status: 'accepted' }, select: { grade: { select: { totalPoints: true } } } });
    const points = accepted.reduce((sum, s) => sum + (s.grade?.totalPoints ?? 0), 0);
    const hours = enrolment.project.hours ?? null;
    if (!existing) {
      await tx.certificate.create({ data: { code: newCertificateCode(), kind: 'project', userId: event.userId, projectId: event.projectId, points, hours, issuedAt: event.now } });
      this.#queued();
      return;
    }
    await this.#reissue(tx, existing, event, existing.points === points && existing.hours === hours, { points, hours });
  }

  #queued(): void {
    const listener = this.onQueued;
    // The hook runs inside the grade's transaction: look a moment later, once it has committed.
    if (listener) setTimeout(listener, 150).unref();
  }

  async listFor(userId: number): Promise<CertificateSummary[]> {
    const rows = await this.deps.db.certificate.findMany({
      where: { userId },
      orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
      select: {
        id: true, code: true, kind: true, status: true, revokedAt: true, points: true, hours: true, issuedAt: true,
        step: { select: { title: true, project: { select: { title: true } } } },
        project: { select: { title: true } },
      },
    });
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      kind: r.kind === 'project' ? 'project' : 'step',
      state: r.revokedAt ? 'revoked' : r.status === 'pending' ? 'pending' : 'ready',
      project: projectTitleOf(r),
      step: r.step?.title ?? null,
      points: r.points,
      hours: r.hours,
      issuedAt: r.issuedAt,
    }));
  }

  async byCode(code: string): Promise<CertificateRecord | null> {
    if (!isCertificateCode(code)) return null;
    const row = await this.deps.db.certificate.findUnique({ where: { code: code.toUpperCase() }, include: recordInclude });
    return row ? this.#record(row) : null;
  }

  async byId(id: number): Promise<CertificateRecord | null> {
    const row = await this.deps.db.certificate.findUnique({ where: { id }, include: recordInclude });
    return row ? this.#record(row) : null;
  }

  #record(row: {
    id: number; code: string; kind: string; userId: number; points: number; hours: number | null; issuedAt: Date; revokedAt: Date | null; revokeReason: string | null;
    user: { fullName: string | null; username: string | null; locale: string | null; institution: { name: string; municipality: { name: string } } | null };
    step: { title: string; project: { title: string } } | null;
    project: { title: string } | null;
    submission: { grade: { maxPoints: number } | null } | null;
  }): CertificateRecord {
    return {
      id: row.id,
      code: row.code,
      kind: row.kind === 'project' ? 'project' : 'step',
      userId: row.userId,
      locale: row.user.locale ?? this.deps.defaultLocale,
      participant: row.user.fullName ?? (row.user.username ? `@${row.user.username}` : '—'),
      institution: row.user.institution?.name ?? null,
      municipality: row.user.institution?.municipality.name ?? null,
      project: projectTitleOf(row),
      step: row.step?.title ?? null,
      points: row.points,
      hours: row.hours,
      maxPoints: row.submission?.grade?.maxPoints ?? null,
      issuedAt: row.issuedAt,
      revokedAt: row.revokedAt,
      revokeReason: row.revokeReason,
    };
  }

  /** The reason as people should read it (the automatic one is a locale text). */
  reasonText(locale: string, reason: string | null): string {
    if (!reason) return '—';
    return reason === AUTO_REVOKE_REASON ? this.deps.translate(locale, 'certificates-reason-grade-corrected') : reason;
  }

  caption(locale: string, cert: Pick<CertificateRecord, 'code' | 'kind' | 'project' | 'step' | 'points' | 'maxPoints' | 'hours'>): string {
    const clip = (text: string) => escapeHtml(text.length > 200 ? `${text.slice(0, 199)}…` : text);
    if (cert.kind === 'project') {
      return this.deps.translate(locale, 'certificates-document-caption-project', {
        project: clip(cert.project),
        points: cert.points,
        hours: cert.hours ?? 0,
        code: cert.code,
        url: this.verifyUrl(cert.code),
      });
    }
    return this.deps.translate(locale, 'certificates-document-caption', {
      step: clip(cert.step ?? ''),
      project: clip(cert.project),
      points: cert.maxPoints ? `${cert.points}/${cert.maxPoints}` : String(cert.points),
      code: cert.code,
      url: this.verifyUrl(cert.code),
    });
  }

  /**
   * How to give a person their certificate again: Telegram's file_id when known, else the stored
   * file; a lost file is rendered again (the person is told it is on its way).
   */
  async planResend(userId: number, certificateId: number, locale: string): Promise<ResendPlan> {
    const row = await this.deps.db.certificate.findUnique({ where: { id: certificateId }, include: recordInclude });
    if (!row || row.userId !== userId) return { kind: 'not-found' };
    if (row.revokedAt) return { kind: 'revoked', reason: this.reasonText(locale, row.revokeReason) };
    if (row.status === 'pending') return { kind: 'pending' };
    const caption = this.caption(locale, this.#record(row));
    if (row.fileId) return { kind: 'fileId', fileId: row.fileId, caption };
    const path = this.filePath(row.code);
    if (existsSync(path)) return { kind: 'file', path, filename: this.fileName(row.code), caption };
    await this.deps.db.certificate.updateMany({ where: { id: row.id, revokedAt: null }, data: { status: 'pending' } });
    this.#queued();
    return { kind: 'pending' };
  }

  /** Telegram's id of the uploaded file: later copies are sent by it, without uploading again. */
  async rememberFileId(certificateId: number, fileId: string): Promise<void> {
    await this.deps.db.certificate.updateMany({ where: { id: certificateId, status: { not: 'pending' } }, data: { fileId, status: 'sent' } });
  }

  /** Forgets a file_id Telegram no longer accepts; the stored file is used instead. */
  async forgetFileId(certificateId: number): Promise<void> {
    await this.deps.db.certificate.updateMany({ where: { id: certificateId }, data: { fileId: null } });
  }

  /** Moderators (and admins) revoke; the holder is told; the change is audited. */
  async revoke(actor: Person, code: string, rawReason: string, effectKey: string): Promise<{ changed: boolean; code: string }> {
    if (!actor.roles.includes('moderator') && !actor.roles.includes('admin')) throw new ServiceError('need-role', { role: 'moderator' });
    const reason = cleanText(rawReason).replace(/\s+/g, ' ').trim();
    if (!reason) throw new ServiceError('certificates-revoke-usage');
    if (reason.length > REVOKE_REASON_MAX) throw new ServiceError('certificates-revoke-reason-too-long', { max: REVOKE_REASON_MAX });
    if (!isCertificateCode(code)) throw new ServiceError('certificates-not-found', { code: code.slice(0, 40) });
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const cert = await tx.certificate.findUnique({ where: { code: code.toUpperCase() } });
      if (!cert) throw new ServiceError('certificates-not-found', { code });
      if (cert.revokedAt) return { changed: false, code: cert.code };
      await tx.certificate.update({ where: { id: cert.id }, data: { revokedAt: now, revokeReason: reason } });
      await recordAudit(tx, {
        key: `${effectKey}:certificate-revoke:${cert.id}`,
        actorId: actor.id,
        action: 'certificate.revoke',
        entity: 'certificate',
        entityId: cert.id,
        before: { revokedAt: null, revokeReason: null },
        after: { revokedAt: now, revokeReason: reason },
      });
      await this.#noticeRevoked(tx, cert.id, `${effectKey}:certificate-revoked:${cert.id}`, reason, now);
      return { changed: true, code: cert.code };
    });
  }

  async #noticeRevoked(tx: Tx, certificateId: number, key: string, reason: string | null, now: Date): Promise<void> {
    const cert = await tx.certificate.findUniqueOrThrow({
      where: { id: certificateId },
      select: { code: true, user: { select: { telegramId: true, locale: true } }, step: { select: { title: true } }, project: { select: { title: true } } },
    });
    const locale = cert.user.locale ?? this.deps.defaultLocale;
    await enqueue(tx, {
      key,
      chatId: cert.user.telegramId,
      payload: {
        text: this.deps.translate(locale, cert.step ? 'certificates-revoked-notice' : 'certificates-revoked-notice-project', {
          code: cert.code,
          step: escapeHtml(cert.step?.title ?? ''),
          project: escapeHtml(cert.project?.title ?? ''),
          reason: escapeHtml(this.reasonText(locale, reason ?? AUTO_REVOKE_REASON)),
        }),
        parse_mode: 'HTML',
      },
    }, now);
  }

  formatDate(date: Date, locale: string): string {
    return formatDay(date, locale === 'en' ? 'en' : 'ru', this.deps.timeZone, true);
  }

  // ── used by the renderer worker ────────────────────────────────────────

  /** Certificates waiting for a PDF, oldest first. */
  async pending(limit: number, except: number[] = []): Promise<{ id: number; renderTries: number }[]> {
    return this.deps.db.certificate.findMany({
      where: { status: 'pending', revokedAt: null, ...(except.length ? { id: { notIn: except } } : {}) },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, renderTries: true },
    });
  }

  /**
   * The PDF is on disk: mark it rendered and hand the document to the outbox in one transaction.
   * The key carries the points, so a regrade sends the corrected certificate once more.
   */
  async rendered(record: CertificateRecord): Promise<boolean> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const { count } = await tx.certificate.updateMany({
        where: { id: record.id, status: 'pending', revokedAt: null, points: record.points },
        data: { status: 'rendered' },
      });
      if (count !== 1) return false;
      const user = await tx.user.findUniqueOrThrow({ where: { id: record.userId }, select: { telegramId: true, locale: true } });
      const locale = user.locale ?? this.deps.defaultLocale;
      const markup = this.checkMarkup(locale, record.code);
      await enqueue(tx, {
        key: `certificate:${record.id}:document:${record.points}`,
        chatId: user.telegramId,
        method: 'sendDocument',
        payload: {
          caption: this.caption(locale, record),
          parse_mode: 'HTML',
          ...(markup ? { reply_markup: markup } : {}),
          __upload: { field: 'document', path: this.filePath(record.code), filename: this.fileName(record.code) },
        },
      }, now);
      return true;
    });
  }

  /** Counts a failed render; on the first failure the person is told the certificate is on its way. */
  async renderFailed(id: number): Promise<number> {
    const now = this.deps.clock.now();
    return this.deps.db.$transaction(async (tx) => {
      const cert = await tx.certificate.update({
        where: { id },
        data: { renderTries: { increment: 1 } },
        select: { renderTries: true, user: { select: { telegramId: true, locale: true } }, step: { select: { title: true, project: { select: { title: true } } } }, project: { select: { title: true } } },
      });
      const locale = cert.user.locale ?? this.deps.defaultLocale;
      await enqueue(tx, {
        key: `certificate:${id}:delayed`,
        chatId: cert.user.telegramId,
        payload: {
          text: this.deps.translate(locale, cert.step ? 'certificates-delayed' : 'certificates-delayed-project', { step: escapeHtml(cert.step?.title ?? ''), project: escapeHtml(projectTitleOf(cert)) }),
          parse_mode: 'HTML',
        },
      }, now);
      return cert.renderTries;
    });
  }

  /** Rendered certificates whose document the outbox has delivered become "sent". */
  async markDelivered(limit = 200): Promise<number> {
    const rendered = await this.deps.db.certificate.findMany({ where: { status: 'rendered' }, take: limit, select: { id: true, points: true } });
    if (!rendered.length) return 0;
    const keys = rendered.map((c) => `certificate:${c.id}:document:${c.points}`);
    const sent = await this.deps.db.outboxMessage.findMany({ where: { key: { in: keys }, status: 'sent' }, select: { key: true } });
    const ids = sent.map((row) => Number(row.key.split(':')[1]));
    if (!ids.length) return 0;
    const { count } = await this.deps.db.certificate.updateMany({ where: { id: { in: ids }, status: 'rendered' }, data: { status: 'sent' } });
    return count;
  }
}
