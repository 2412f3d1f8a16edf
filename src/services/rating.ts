// Institution and municipality rating: members' points and badges over the rating window, ranked
// per active member by src/domain/rating (see the formula there and in the README).
import type { Db } from '../db/client.ts';
import { DEFAULT_RATING_WEIGHTS, rankUnits, type MemberAchievements, type RankedUnit, type RatingWeights } from '../domain/rating.ts';
import { institutionStatus, type InstitutionStatus } from '../domain/institution-status.ts';
import type { Clock } from '../runtime/clock.ts';

export type RatingScope = 'institution' | 'municipality';

export interface RatedUnit extends RankedUnit {
  name: string;
  /** From the members' achievements (src/domain/institution-status.ts); municipalities get one too. */
  status: InstitutionStatus;
}

export interface Standings {
  units: RatedUnit[];
  /** How many units have a place (at least one active member). */
  ranked: number;
}

export interface PersonRating {
  institution: RatedUnit | null;
  municipality: RatedUnit | null;
  institutions: Standings;
  municipalities: Standings;
}

const DAY_MS = 86_400_000;

export class RatingService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    readonly weights: RatingWeights = DEFAULT_RATING_WEIGHTS,
    /** Achievements older than this do not count: the rating shows current activity. */
    readonly windowDays = 365,
  ) {}

  async standings(scope: RatingScope): Promise<Standings> {
    return (await this.#both())[scope === 'institution' ? 'institutions' : 'municipalities'];
  }

  /** The person's institution and municipality with their places, and both tables. */
  async forPerson(userId: number): Promise<PersonRating> {
    const [person, both] = await Promise.all([
      this.db.user.findUnique({ where: { id: userId }, select: { institutionId: true, municipalityId: true } }),
      this.#both(),
    ]);
    return {
      institution: both.institutions.units.find((u) => u.id === person?.institutionId) ?? null,
      municipality: both.municipalities.units.find((u) => u.id === person?.municipalityId) ?? null,
      ...both,
    };
  }

  async #both(): Promise<{ institutions: Standings; municipalities: Standings }> {
    const since = new Date(this.clock.now().getTime() - this.windowDays * DAY_MS);
    const [users, points, awards, institutions, municipalities] = await Promise.all([
      this.db.user.findMany({ where: { registeredAt: { not: null } }, select: { id: true, institutionId: true, municipalityId: true } }),
      this.db.pointsEntry.groupBy({ by: ['userId'], where: { createdAt: { gte: since } }, _sum: { points: true } }),
      this.db.award.groupBy({ by: ['userId'], where: { revokedAt: null, awardedAt: { gte: since } }, _count: { _all: true } }),
      this.db.institution.findMany({ select: { id: true, name: true } }),
      this.db.municipality.findMany({ select: { id: true, name: true } }),
    ]);
    const pointsOf = new Map(points.map((p) => [p.userId, p._sum.points ?? 0]));
    const badgesOf = new Map(awards.map((a) => [a.userId, a._count._all]));
    const member = (id: number): MemberAchievements => ({ points: pointsOf.get(id) ?? 0, badges: badgesOf.get(id) ?? 0 });
    const table = (units: { id: number; name: string }[], unitOf: (u: (typeof users)[number]) => number | null): Standings => {
      const members = new Map<number, MemberAchievements[]>(units.map((u) => [u.id, []]));
      for (const u of users) {
        const unit = unitOf(u);
        if (unit !== null) members.get(unit)?.push(member(u.id));
      }
      const names = new Map(units.map((u) => [u.id, u.name]));
      const ranked = rankUnits([...members].map(([id, list]) => ({ id, members: list })), this.weights).map((r) => ({ ...r, name: names.get(r.id) ?? '', status: institutionStatus(r) }));
      return { units: ranked, ranked: ranked.filter((r) => r.place !== null).length };
    };
    return {
      institutions: table(institutions, (u) => u.institutionId),
      municipalities: table(municipalities, (u) => u.municipalityId),
    };
  }
}
