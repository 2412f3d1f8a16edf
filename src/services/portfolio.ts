// The participant's portfolio, assembled from what is recorded (accepted steps, certificates,
// badges, training projects) — nothing to fill in by hand; a PDF on request, a public page by choice.
import type { Db } from '../db/client.ts';
import { portfolioHtml, type PortfolioView } from '../render/portfolio-html.ts';
import { printText } from '../render/print-text.ts';
import type { PdfRenderer } from '../render/pdf-renderer.ts';
import type { Clock } from '../runtime/clock.ts';
import { newCertificateCode } from './certificates.ts';

export interface PortfolioDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  publicUrl: string;
  renderer: PdfRenderer;
}

const PUBLIC_CODE = /^[A-Za-z0-9]{6,32}$/;

export class PortfolioService {
  constructor(private readonly deps: PortfolioDeps) {}

  publicLink(code: string): string {
    return `${this.deps.publicUrl.replace(/\/+$/, '')}/p/${encodeURIComponent(code)}`;
  }

  async build(userId: number): Promise<PortfolioView | null> {
    const db = this.deps.db;
    const user = await db.user.findUnique({
      where: { id: userId },
      select: {
        fullName: true, username: true, registeredAt: true, portfolioPublic: true, portfolioCode: true, locale: true,
        institution: { select: { name: true } }, municipality: { select: { name: true } },
        guilds: { select: { guild: { select: { nameRu: true, nameEn: true, sort: true } } } },
      },
    });
    if (!user) return null;
    // Printed in the holder's language, reference names included.
    const en = user.locale === 'en';
    const name = (row: { nameRu: string; nameEn: string }) => (en ? row.nameEn : row.nameRu);
    const [accepted, certificates, awards, training, pointsSum, levels] = await Promise.all([
      db.submission.findMany({
        where: { status: 'accepted', enrolment: { userId } },
        orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }],
        select: {
          decidedAt: true, updatedAt: true,
          step: { select: { title: true, position: true, project: { select: { title: true, kind: true } } } },
          grade: { select: { totalPoints: true, maxPoints: true, tokens: { select: { token: { select: { nameRu: true, nameEn: true, sort: true } } } } } },
          certificate: { select: { code: true, revokedAt: true } },
        },
      }),
      db.certificate.findMany({
        where: { userId },
        orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }],
        select: { code: true, issuedAt: true, revokedAt: true, points: true, step: { select: { title: true, project: { select: { title: true } } } }, project: { select: { title: true } } },
      }),
      db.award.findMany({
        where: { userId, revokedAt: null },
        orderBy: [{ awardedAt: 'asc' }, { id: 'asc' }],
        select: { awardedAt: true, badge: { select: { nameRu: true, nameEn: true, descriptionRu: true, descriptionEn: true } } },
      }),
      db.enrolment.findMany({
        where: { userId, project: { kind: 'train', deletedAt: null } },
        orderBy: { joinedAt: 'asc' },
        select: {
          joinedAt: true, completedAt: true,
          project: { select: { title: true, startsOn: true, endsOn: true, _count: { select: { steps: true } } } },
          submissions: { where: { status: 'accepted' }, select: { stepId: true } },
        },
      }),
      db.pointsEntry.aggregate({ where: { userId }, _sum: { points: true } }),
      db.level.findMany({ orderBy: { minPoints: 'asc' }, select: { minPoints: true, nameRu: true, nameEn: true } }),
    ]);
    const points = pointsSum._sum.points ?? 0;
    const level = [...levels].reverse().find((l) => points >= l.minPoints) ?? levels[0] ?? null;
    return {
      locale: en ? 'en' : 'ru',
      participant: user.fullName ?? (user.username ? `@${user.username}` : '—'),
      institution: user.institution?.name ?? null,
      municipality: user.municipality?.name ?? null,
      guilds: user.guilds.map((g) => g.guild).sort((a, b) => a.sort - b.sort).map(name),
      points,
      level: level ? name(level) : null,
      generatedAt: this.deps.clock.now(),
      steps: accepted.map((s) => ({
        project: s.step.project.title,
        step: s.step.title,
        training: s.step.project.kind === 'train',
        points: s.grade?.totalPoints ?? 0,
        maxPoints: s.grade?.maxPoints ?? null,
        acceptedAt: s.decidedAt ?? s.updatedAt,
        tokens: (s.grade?.tokens ?? []).map((t) => t.token).sort((a, b) => a.sort - b.sort).map(name),
        certificate: s.certificate && !s.certificate.revokedAt ? s.certificate.code : null,
      })),
      certificates: certificates.map((c) => ({
        code: c.code, issuedAt: c.issuedAt, revoked: Boolean(c.revokedAt), points: c.points, project: c.project?.title ?? c.step?.project.title ?? '', step: c.step?.title ?? null,
      })),
      badges: awards.map((a) => ({ name: name(a.badge), description: en ? a.badge.descriptionEn : a.badge.descriptionRu, awardedAt: a.awardedAt })),
      training: training.map((e) => ({
        project: e.project.title,
        startsOn: e.project.startsOn,
        endsOn: e.project.endsOn,
        stepsAccepted: new Set(e.submissions.map((s) => s.stepId)).size,
        stepsTotal: e.project._count.steps,
        completed: Boolean(e.completedAt),
      })),
    };
  }

  async html(userId: number): Promise<string | null> {
    const view = await this.build(userId);
    return view ? portfolioHtml(view, this.deps.publicUrl, this.deps.timeZone, printText(view.locale)) : null;
  }

  /** The PDF for the person's own request; throws RendererUnavailableError when Chromium is not up. */
  async pdf(userId: number): Promise<Uint8Array | null> {
    const html = await this.html(userId);
    return html ? this.deps.renderer.render(html) : null;
  }

  async publicState(userId: number): Promise<{ public: boolean; url: string | null }> {
    const user = await this.deps.db.user.findUnique({ where: { id: userId }, select: { portfolioPublic: true, portfolioCode: true } });
    const on = Boolean(user?.portfolioPublic && user.portfolioCode);
    return { public: on, url: on ? this.publicLink(user!.portfolioCode!) : null };
  }

  /**
   * Opens or closes the public page. Closing keeps the code, so reopening restores the same link;
   * the link only works while the owner keeps it open.
   */
  async setPublic(userId: number, on: boolean): Promise<{ public: boolean; url: string | null }> {
    const user = await this.deps.db.user.findUniqueOrThrow({ where: { id: userId }, select: { portfolioCode: true } });
    const data: { portfolioPublic: boolean; portfolioCode?: string } = { portfolioPublic: on };
    if (on && !user.portfolioCode) data.portfolioCode = newCertificateCode(16);
    await this.deps.db.user.update({ where: { id: userId }, data });
    return this.publicState(userId);
  }

  /** The public page's HTML, or null when the code is unknown or its owner closed it. */
  async publicHtml(code: string): Promise<string | null> {
    if (!PUBLIC_CODE.test(code)) return null;
    const user = await this.deps.db.user.findUnique({ where: { portfolioCode: code }, select: { id: true, portfolioPublic: true } });
    if (!user?.portfolioPublic) return null;
    return this.html(user.id);
  }
}
