// The analysts' statistics: reads projects, enrolments, hand-ins, grades and points once per page,
// applies the filters (period, guild, direction, municipality) and leaves the arithmetic to
// src/domain/analytics. Institutions and municipalities come from the bot's rating (RatingService).
import type { Db } from '../db/client.ts';
import {
  inPeriod,
  monthlyActivity,
  projectFigures,
  type EnrolmentRow,
  type MonthActivity,
  type PeriodFilter,
  type ProjectFigures,
  type StepRow,
  type SubmissionRow,
} from '../domain/analytics.ts';
import type { InstitutionStatus } from '../domain/institution-status.ts';
import type { RatingService } from './rating.ts';

export interface AnalyticsFilter extends PeriodFilter {
  guildId: number | null;
  directionId: number | null;
  municipalityId: number | null;
}

export const NO_FILTER: AnalyticsFilter = { from: null, to: null, guildId: null, directionId: null, municipalityId: null };

export interface ProjectRow {
  id: number;
  title: string;
  status: string;
  authorId: number | null;
  startsOn: Date;
  endsOn: Date;
  figures: ProjectFigures;
}

export interface ParticipantRow {
  userId: number;
  name: string;
  institution: string;
  municipality: string;
  projects: number;
  handedIn: number;
  accepted: number;
  points: number;
  badges: number;
}

export interface UnitRow {
  id: number;
  name: string;
  municipality?: string;
  place: number | null;
  score: number;
  members: number;
  activeMembers: number;
  status: InstitutionStatus;
  /** Accepted step results of its members within the filters. */
  accepted: number;
}

export interface Totals {
  participants: number;
  activeParticipants: number;
  projects: number;
  enrolled: number;
  handedIn: number;
  accepted: number;
  averageShare: number | null;
  certificates: number;
}

interface Loaded {
  projects: { id: number; title: string; status: string; authorId: number | null; startsOn: Date; endsOn: Date; steps: StepRow[] }[];
  people: Map<number, { name: string; institutionId: number | null; municipalityId: number | null; institution: string; municipality: string }>;
  enrolments: EnrolmentRow[];
  /** Submissions handed in within the period, of the enrolments above. */
  submissions: (SubmissionRow & { userId: number; projectId: number })[];
}

export class AnalyticsService {
  constructor(
    private readonly db: Db,
    private readonly rating: RatingService,
    private readonly timeZone: string,
  ) {}

  async #load(filter: AnalyticsFilter, scope: { authorId?: number; projectId?: number } = {}): Promise<Loaded> {
    const projectRows = await this.db.project.findMany({
      where: {
        deletedAt: null,
        ...(scope.projectId !== undefined ? { id: scope.projectId } : {}),
        ...(scope.authorId !== undefined ? { authorId: scope.authorId } : {}),
        ...(filter.guildId !== null ? { guilds: { some: { guildId: filter.guildId } } } : {}),
        ...(filter.directionId !== null ? { directions: { some: { directionId: filter.directionId } } } : {}),
      },
      orderBy: [{ startsOn: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, status: true, authorId: true, startsOn: true, endsOn: true, steps: { select: { id: true, projectId: true, position: true, title: true, startsOn: true } } },
    });
    const users = await this.db.user.findMany({
      where: { registeredAt: { not: null }, ...(filter.municipalityId !== null ? { municipalityId: filter.municipalityId } : {}) },
      select: { id: true, fullName: true, institutionId: true, municipalityId: true, institution: { select: { name: true } }, municipality: { select: { name: true } } },
    });
    const people = new Map(users.map((u) => [u.id, { name: u.fullName ?? '', institutionId: u.institutionId, municipalityId: u.municipalityId, institution: u.institution?.name ?? '', municipality: u.municipality?.name ?? '' }]));
    const projectIds = projectRows.map((p) => p.id);
    const enrolmentRows = await this.db.enrolment.findMany({
      where: { projectId: { in: projectIds } },
      select: { id: true, userId: true, projectId: true, joinedAt: true, completedAt: true },
    });
    const enrolments = enrolmentRows.filter((e) => people.has(e.userId));
    const enrolmentById = new Map(enrolments.map((e) => [e.id, e]));
    const submissionRows = await this.db.submission.findMany({
      where: { enrolmentId: { in: enrolments.map((e) => e.id) }, submittedAt: { not: null, ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } },
      select: { enrolmentId: true, stepId: true, status: true, submittedAt: true, decidedAt: true, grade: { select: { totalPoints: true, maxPoints: true } } },
    });
    const submissions = submissionRows.map((s) => {
      const e = enrolmentById.get(s.enrolmentId)!;
      return { enrolmentId: s.enrolmentId, stepId: s.stepId, status: s.status, submittedAt: s.submittedAt, decidedAt: s.decidedAt, points: s.grade?.totalPoints ?? null, maxPoints: s.grade?.maxPoints ?? null, userId: e.userId, projectId: e.projectId };
    });
    return { projects: projectRows, people, enrolments, submissions };
  }

  #projectRows(data: Loaded, filter: AnalyticsFilter): ProjectRow[] {
    return data.projects.map((p) => {
      const enrolments = data.enrolments.filter((e) => e.projectId === p.id);
      const figures = projectFigures(p.steps, enrolments, data.submissions.filter((s) => s.projectId === p.id));
      // Joined within the period; the funnel still joins older enrolments to hand-ins in the period.
      figures.enrolled = enrolments.filter((e) => inPeriod(e.joinedAt, filter)).length;
      return { id: p.id, title: p.title, status: p.status, authorId: p.authorId, startsOn: p.startsOn, endsOn: p.endsOn, figures };
    });
  }

  async projects(filter: AnalyticsFilter, authorId?: number): Promise<ProjectRow[]> {
    return this.#projectRows(await this.#load(filter, { authorId }), filter);
  }

  async project(projectId: number, filter: AnalyticsFilter): Promise<{ project: ProjectRow; participants: ParticipantRow[] } | null> {
    const data = await this.#load({ ...filter, guildId: null, directionId: null }, { projectId });
    const [project] = this.#projectRows(data, filter);
    if (!project) return null;
    return { project, participants: await this.#participants(data, filter) };
  }

  async overview(filter: AnalyticsFilter): Promise<{ totals: Totals; monthly: MonthActivity[]; projects: ProjectRow[] }> {
    const data = await this.#load(filter);
    const projects = this.#projectRows(data, filter);
    const accepted = data.submissions.filter((s) => s.status === 'accepted');
    const scored = accepted.filter((s) => s.points !== null && (s.maxPoints ?? 0) > 0);
    const certificates = await this.db.certificate.count({
      where: { revokedAt: null, userId: { in: [...data.people.keys()] }, step: { projectId: { in: data.projects.map((p) => p.id) } }, issuedAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } },
    });
    const totals: Totals = {
      participants: data.people.size,
      activeParticipants: new Set(data.submissions.map((s) => s.userId)).size,
      projects: data.projects.length,
      enrolled: data.enrolments.filter((e) => inPeriod(e.joinedAt, filter)).length,
      handedIn: data.submissions.length,
      accepted: accepted.length,
      averageShare: scored.length ? scored.reduce((sum, s) => sum + s.points! / s.maxPoints!, 0) / scored.length : null,
      certificates,
    };
    const monthly = monthlyActivity(data.enrolments.filter((e) => inPeriod(e.joinedAt, filter)), data.submissions, this.timeZone);
    return { totals, monthly, projects };
  }

  async #participants(data: Loaded, filter: AnalyticsFilter): Promise<ParticipantRow[]> {
    const ids = [...new Set(data.enrolments.map((e) => e.userId))];
    const period = { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) };
    const [points, awards] = await Promise.all([
      this.db.pointsEntry.groupBy({ by: ['userId'], where: { userId: { in: ids }, createdAt: period }, _sum: { points: true } }),
      this.db.award.groupBy({ by: ['userId'], where: { userId: { in: ids }, revokedAt: null, awardedAt: period }, _count: { _all: true } }),
    ]);
    const pointsOf = new Map(points.map((p) => [p.userId, p._sum.points ?? 0]));
    const badgesOf = new Map(awards.map((a) => [a.userId, a._count._all]));
    return ids
      .map((userId) => {
        const person = data.people.get(userId)!;
        const mine = data.submissions.filter((s) => s.userId === userId);
        return {
          userId,
          name: person.name,
          institution: person.institution,
          municipality: person.municipality,
          projects: data.enrolments.filter((e) => e.userId === userId).length,
          handedIn: mine.length,
          accepted: mine.filter((s) => s.status === 'accepted').length,
          points: pointsOf.get(userId) ?? 0,
          badges: badgesOf.get(userId) ?? 0,
        };
      })
      .sort((a, b) => b.points - a.points || b.accepted - a.accepted || a.name.localeCompare(b.name, 'ru'));
  }

  async participants(filter: AnalyticsFilter): Promise<ParticipantRow[]> {
    return this.#participants(await this.#load(filter), filter);
  }

  /** The bot's rating with each unit's status and its members' accepted results within the filters. */
  async units(scope: 'institution' | 'municipality', filter: AnalyticsFilter): Promise<UnitRow[]> {
    const [standings, data, places] = await Promise.all([
      this.rating.standings(scope),
      this.#load(filter),
      this.db.institution.findMany({ select: { id: true, municipalityId: true, municipality: { select: { name: true } } } }),
    ]);
    const placeOf = new Map(places.map((p) => [p.id, p]));
    const acceptedBy = new Map<number, number>();
    for (const s of data.submissions) {
      if (s.status !== 'accepted') continue;
      const person = data.people.get(s.userId);
      const unit = scope === 'institution' ? person?.institutionId : person?.municipalityId;
      if (unit != null) acceptedBy.set(unit, (acceptedBy.get(unit) ?? 0) + 1);
    }
    return standings.units
      .filter((u) => filter.municipalityId === null || (scope === 'institution' ? placeOf.get(u.id)?.municipalityId === filter.municipalityId : u.id === filter.municipalityId))
      .map((u) => ({
        id: u.id,
        name: u.name,
        ...(scope === 'institution' ? { municipality: placeOf.get(u.id)?.municipality.name ?? '' } : {}),
        place: u.place,
        score: u.score,
        members: u.members,
        activeMembers: u.activeMembers,
        status: u.status,
        accepted: acceptedBy.get(u.id) ?? 0,
      }));
  }
}
