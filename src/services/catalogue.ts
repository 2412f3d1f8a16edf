// The catalogue's read side: the filtered, paged project list, project cards and step cards.
// Rules (what is listed, how it is ordered, who may hand in) come from src/domain/projects.
import type { Db } from '../db/client.ts';
import {
  canSubmit,
  cataloguePage,
  fitsGuilds,
  isVisible,
  projectPhase,
  stepState,
  type CatalogueFilter,
  type ListedProject,
  type MonthGroup,
  type Page,
  type ProjectPhase,
  type StepState,
  type SubmitCheck,
} from '../domain/projects.ts';
import type { Clock } from '../runtime/clock.ts';
import { currentRubricRows } from './rubric-version.ts';

export interface RefItem {
  id: number;
  code: string;
  nameRu: string;
  nameEn: string;
}

export interface CatalogueReference {
  /** In display order; the catalogue's callback data refers to them by position. */
  guilds: RefItem[];
  directions: RefItem[];
}

export interface StepSummary {
  id: number;
  position: number;
  title: string;
  startsOn: Date;
  endsOn: Date;
}

export interface ProjectCard {
  id: number;
  title: string;
  summary: string;
  status: string;
  phase: ProjectPhase;
  startsOn: Date;
  endsOn: Date;
  guildCodes: string[];
  directionCodes: string[];
  steps: StepSummary[];
  participants: number;
  enrolled: boolean;
  /** False when the person is outside the project's guilds (joining asks or is refused). */
  fitsPerson: boolean;
  otherGuildsPolicy: string;
}

export interface StepCard extends StepSummary {
  description: string;
  project: { id: number; title: string; status: string; allowLateWork: boolean; stepsInOrder: boolean };
  materials: { position: number; title: string; kind: string; url: string | null; fileId: string | null }[];
  checklist: { position: number; title: string; hint: string; accepts: string; required: boolean }[];
  criteria: { position: number; title: string; maxPoints: number; yesNo: boolean }[];
  maxPoints: number;
  enrolled: boolean;
  state: StepState;
  /** Whether the person may hand in now (meaningful when enrolled). */
  submit: SubmitCheck;
}

export interface CatalogueOptions {
  /**
   * How long the list of visible projects is reused. Every catalogue press filters this small,
   * read-mostly list in memory instead of querying; a change shows up in the list within this time,
   * while cards and joining always read the database.
   */
  listingTtlMs?: number;
}

const LISTING_TTL_MS = 3_000;

/** Projects people may see in lists: published at some point and not deleted. */
export const listedProjectWhere = { deletedAt: null, status: { not: 'draft' } };

/** The columns every project list needs to show a line and decide visibility. */
export const projectSummarySelect = { id: true, title: true, status: true, startsOn: true, endsOn: true, deletedAt: true } as const;

export type CataloguePage = Page<ListedProject> & { groups: MonthGroup<ListedProject>[]; sectioned: boolean };

export class CatalogueService {
  #reference: Promise<CatalogueReference> | null = null;
  /** Pages computed from each listing; they go with it when it is replaced. */
  readonly #pages = new WeakMap<ListedProject[], Map<string, CataloguePage>>();
  #listing: { loadedAt: number; items: Promise<ListedProject[]> } | null = null;
  readonly #ttlMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly timeZone: string,
    options: CatalogueOptions = {},
  ) {
    this.#ttlMs = options.listingTtlMs ?? LISTING_TTL_MS;
  }

  /** Guilds and directions are seeded reference data that changes rarely: read once. */
  reference(): Promise<CatalogueReference> {
    this.#reference ??= (async () => {
      const select = { id: true, code: true, nameRu: true, nameEn: true } as const;
      const order = [{ sort: 'asc' as const }, { id: 'asc' as const }];
      const [guilds, directions] = await Promise.all([
        this.db.guild.findMany({ select, orderBy: order }),
        this.db.direction.findMany({ select, orderBy: order }),
      ]);
      return { guilds, directions };
    })().catch((error) => {
      this.#reference = null;
      throw error;
    });
    return this.#reference;
  }

  /** Forget cached data (after reference data or projects were changed by this process). */
  forget(): void {
    this.#reference = null;
    this.#listing = null;
  }

  async personGuildCodes(userId: number): Promise<string[]> {
    const [rows, ref] = await Promise.all([this.db.userGuild.findMany({ where: { userId }, select: { guildId: true } }), this.reference()]);
    return codesOf(ref.guilds, rows.map((r) => r.guildId));
  }

  /**
   * One page of the catalogue for the filter: projects taking work now first, then the other open
   * and the finished ones, each newest first and grouped by month. The same page of the
   * same listing is computed once and returned as the same object, so callers may remember what
   * they made of it (see the catalogue feature's screens).
   */
  async browse(filter: CatalogueFilter, page: number, pageSize: number): Promise<CataloguePage> {
    const listing = await this.#visibleProjects();
    let pages = this.#pages.get(listing);
    if (!pages) this.#pages.set(listing, (pages = new Map()));
    const key = `${filter.guildCodes.join(',')}|${filter.directionCode ?? ''}|${filter.status}|${filter.uptoCurrentMonth}|${filter.projectKind ?? ''}|${filter.level ?? ''}|${page}|${pageSize}`;
    let result = pages.get(key);
    if (!result) pages.set(key, (result = cataloguePage(listing, filter, page, pageSize, this.clock.now(), this.timeZone)));
    return result;
  }

  /** The card of a visible project, or null when it does not exist, is a draft or was deleted. */
  async projectCard(projectId: number, userId: number | null): Promise<ProjectCard | null> {
    const [row, ref, enrolment, personGuilds] = await Promise.all([
      this.db.project.findUnique({
        where: { id: projectId },
        select: {
          id: true,
          title: true,
          summary: true,
          status: true,
          startsOn: true,
          endsOn: true,
          deletedAt: true,
          otherGuildsPolicy: true,
          guilds: { select: { guildId: true } },
          directions: { select: { directionId: true } },
          steps: { select: { id: true, position: true, title: true, startsOn: true, endsOn: true }, orderBy: { position: 'asc' } },
          _count: { select: { enrolments: true } },
        },
      }),
      this.reference(),
      userId === null ? null : this.db.enrolment.findUnique({ where: { userId_projectId: { userId, projectId } }, select: { id: true } }),
      userId === null ? [] : this.personGuildCodes(userId),
    ]);
    if (!row || !isVisible(row)) return null;
    const guildCodes = codesOf(ref.guilds, row.guilds.map((g) => g.guildId));
    return {
      id: row.id,
      title: row.title,
      summary: row.summary,
      status: row.status,
      phase: projectPhase(row, this.clock.now(), this.timeZone),
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      guildCodes,
      directionCodes: codesOf(ref.directions, row.directions.map((d) => d.directionId)),
      steps: row.steps,
      participants: row._count.enrolments,
      enrolled: enrolment !== null,
      fitsPerson: fitsGuilds(guildCodes, personGuilds),
      otherGuildsPolicy: row.otherGuildsPolicy,
    };
  }

  /** A step of a visible project with everything its card shows, and what the person may do with it. */
  async stepCard(stepId: number, userId: number | null): Promise<StepCard | null> {
    const step = await this.db.step.findUnique({
      where: { id: stepId },
      select: {
        id: true,
        position: true,
        title: true,
        description: true,
        startsOn: true,
        endsOn: true,
        project: { select: { id: true, title: true, status: true, deletedAt: true, allowLateWork: true, stepsInOrder: true } },
        materials: { select: { position: true, title: true, kind: true, url: true, fileId: true }, orderBy: { position: 'asc' } },
        checklist: { where: currentRubricRows, select: { position: true, title: true, hint: true, accepts: true, required: true }, orderBy: { position: 'asc' } },
        criteria: { where: currentRubricRows, select: { position: true, title: true, maxPoints: true, yesNo: true }, orderBy: { position: 'asc' } },
      },
    });
    if (!step || !isVisible(step.project)) return null;
    const { deletedAt: _deleted, ...project } = step.project;
    const enrolment =
      userId === null
        ? null
        : await this.db.enrolment.findUnique({ where: { userId_projectId: { userId, projectId: project.id } }, select: { id: true } });
    let state: StepState = { kind: 'not-started' };
    let previous: StepState[] = [];
    if (enrolment) {
      const [submissions, earlier] = await Promise.all([
        this.db.submission.findMany({
          where: { enrolmentId: enrolment.id, step: { projectId: project.id, position: { lte: step.position } } },
          select: { stepId: true, attempt: true, status: true, grade: { select: { totalPoints: true, maxPoints: true } } },
        }),
        this.db.step.findMany({ where: { projectId: project.id, position: { lt: step.position } }, select: { id: true } }),
      ]);
      const statesOf = (id: number) =>
        stepState(submissions.filter((s) => s.stepId === id).map((s) => ({ attempt: s.attempt, status: s.status, points: s.grade?.totalPoints, maxPoints: s.grade?.maxPoints })));
      state = statesOf(step.id);
      previous = earlier.map((s) => statesOf(s.id));
    }
    return {
      id: step.id,
      position: step.position,
      title: step.title,
      description: step.description,
      startsOn: step.startsOn,
      endsOn: step.endsOn,
      project,
      materials: step.materials,
      checklist: step.checklist,
      criteria: step.criteria,
      maxPoints: step.criteria.reduce((sum, c) => sum + c.maxPoints, 0),
      enrolled: enrolment !== null,
      state,
      submit: canSubmit(step, step.project, previous, this.clock.now(), this.timeZone),
    };
  }

  async #visibleProjects(): Promise<ListedProject[]> {
    const now = performance.now();
    if (this.#listing && now - this.#listing.loadedAt < this.#ttlMs) return this.#listing.items;
    // Concurrent presses share one load instead of each querying.
    const items = this.#loadListing();
    this.#listing = { loadedAt: now, items };
    items.catch(() => {
      if (this.#listing?.items === items) this.#listing = null;
    });
    return items;
  }

  async #loadListing(): Promise<ListedProject[]> {
    const [rows, ref] = await Promise.all([
      this.db.project.findMany({
        where: listedProjectWhere,
        select: {
          ...projectSummarySelect,
          kind: true,
          level: true,
          guilds: { select: { guildId: true } },
          directions: { select: { directionId: true } },
          // Each line tells when its project takes work (domain projectIntake).
          steps: { select: { position: true, startsOn: true, endsOn: true } },
        },
      }),
      this.reference(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      deletedAt: r.deletedAt,
      kind: r.kind,
      level: r.level,
      guildCodes: codesOf(ref.guilds, r.guilds.map((g) => g.guildId)),
      directionCodes: codesOf(ref.directions, r.directions.map((d) => d.directionId)),
      steps: r.steps,
    }));
  }
}

function codesOf(items: readonly RefItem[], ids: readonly number[]): string[] {
  return items.filter((i) => ids.includes(i.id)).map((i) => i.code);
}
