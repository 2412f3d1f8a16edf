// A project as a YAML or JSON file and back, so a methodologist can prepare one in a text editor:
// export writes the current rubric and materials; import validates everything (zod) before
// anything is saved and names the field and the line of each problem; the result is a new draft.
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { z } from 'zod';
import { parseDay, startOfLocalDay } from '../../domain/date-input.ts';
import { toLocalDate } from '../../domain/dates.ts';
import { checkStepSpan, ITEM_ACCEPTS, LIMITS, MAX_CRITERIA, MAX_HOURS, MAX_ITEMS, MAX_MATERIALS, MAX_POINTS, MAX_STEPS, PROJECT_KINDS, PROJECT_LEVELS } from '../../domain/project-draft.ts';
import { currentRubricRows } from '../rubric-version.ts';
import { ServiceError } from '../users.ts';
import { actorOf, isModerator, readableProject } from './access.ts';
import type { AuthoringDeps } from './deps.ts';

/** Files larger than this are refused before they are read: a project is a few kilobytes. */
export const IMPORT_MAX_BYTES = 1_000_000;
export const FORMAT_VERSION = 1;

const text = (max: number) => z.string().trim().max(max);
const day = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()));

const materialSchema = z.union([
  z.strictObject({ title: text(LIMITS.materialTitle).min(1), url: z.string().trim().regex(/^https?:\/\/\S+$/i).max(LIMITS.url) }),
  z.strictObject({ title: text(LIMITS.materialTitle).min(1), file: z.string().trim().min(1).max(300) }),
]);

const stepSchema = z.strictObject({
  title: text(LIMITS.stepTitle).min(1),
  task: text(LIMITS.task).default(''),
  starts: day,
  ends: day,
  materials: z.array(materialSchema).max(MAX_MATERIALS).default([]),
  checklist: z
    .array(z.strictObject({ title: text(LIMITS.itemTitle).min(1), accepts: z.enum(ITEM_ACCEPTS).default('any'), required: z.boolean().default(true), hint: text(LIMITS.hint).default('') }))
    .max(MAX_ITEMS)
    .default([]),
  criteria: z
    .array(z.strictObject({ title: text(LIMITS.criterionTitle).min(1), points: z.number().int().min(1).max(MAX_POINTS), yesNo: z.boolean().default(false) }))
    .max(MAX_CRITERIA)
    .default([]),
});

export const projectFileSchema = z.strictObject({
  kodo: z.literal(FORMAT_VERSION).default(FORMAT_VERSION),
  title: text(LIMITS.title).min(1),
  summary: text(LIMITS.summary).default(''),
  description: text(LIMITS.description).default(''),
  kind: z.enum(PROJECT_KINDS),
  level: z.enum(PROJECT_LEVELS),
  guilds: z.array(z.string().trim()).default([]),
  directions: z.array(z.string().trim()).default([]),
  starts: day,
  ends: day,
  hours: z.number().int().min(1).max(MAX_HOURS).nullable().default(null),
  lateWork: z.boolean().default(false),
  stepsInOrder: z.boolean().default(true),
  steps: z.array(stepSchema).max(MAX_STEPS).default([]),
});
export type ProjectFile = z.infer<typeof projectFileSchema>;

export interface ImportProblem {
  /** Where: `steps[1].criteria[0].points`. */
  path: string;
  /** 1-based line in the file, when known. */
  line: number | null;
  /** A locale key and its values. */
  key: string;
  vars?: Record<string, string | number>;
}

export class ImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('import refused');
  }
}

const pathText = (path: readonly PropertyKey[]) => path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');

function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  // The deepest node of the path that exists (a missing field is reported where its parent is).
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as (string | number)[], true)) as Node | undefined;
    if (node && (isMap(node) || isSeq(node) || 'range' in node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

function issueKey(issue: z.core.$ZodIssue): { key: string; vars?: Record<string, string | number> } {
  switch (issue.code) {
    case 'too_big':
      return { key: 'authoring-import-too-big', vars: { max: Number(issue.maximum) } };
    case 'too_small':
      return { key: issue.origin === 'string' ? 'authoring-import-empty' : 'authoring-import-too-small', vars: { min: Number(issue.minimum) } };
    case 'invalid_value':
      return { key: 'authoring-import-one-of', vars: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { key: 'authoring-import-unknown-field', vars: { fields: issue.keys.join(', ') } };
    case 'invalid_type':
      return { key: issue.input === undefined ? 'authoring-import-missing' : 'authoring-import-type', vars: { type: issue.expected } };
    default:
      return { key: 'authoring-import-invalid' };
  }
}

const iso = (d: Date, timeZone: string) => {
  const l = toLocalDate(d, timeZone);
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
};

export class ProjectTransfer {
  constructor(private readonly deps: AuthoringDeps) {}

  /** The project as a file: its authors and moderators may export any; anyone may export a published one. */
  async exportProject(userId: number, projectId: number, format: 'yaml' | 'json'): Promise<{ name: string; content: string }> {
    const db = this.deps.db;
    const p = await db.project.findUnique({
      where: { id: projectId },
      select: {
        id: true, title: true, summary: true, description: true, kind: true, level: true, status: true, deletedAt: true, startsOn: true, endsOn: true, hours: true, allowLateWork: true, stepsInOrder: true,
        guilds: { select: { guild: { select: { code: true, sort: true } } } },
        directions: { select: { direction: { select: { code: true, sort: true } } } },
        steps: {
          orderBy: { position: 'asc' },
          select: {
            title: true, description: true, startsOn: true, endsOn: true,
            materials: { orderBy: { position: 'asc' }, select: { title: true, kind: true, url: true, fileId: true } },
            checklist: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { title: true, accepts: true, required: true, hint: true } },
            criteria: { where: currentRubricRows, orderBy: { position: 'asc' }, select: { title: true, maxPoints: true, yesNo: true } },
          },
        },
      },
    });
    if (!p || p.deletedAt) throw new ServiceError('authoring-err-not-found');
    if (p.status === 'draft') await readableProject(db, await actorOf(db, userId), projectId);
    const tz = this.deps.timeZone;
    const file: ProjectFile = {
      kodo: FORMAT_VERSION,
      title: p.title,
      summary: p.summary,
      description: p.description,
      kind: p.kind as ProjectFile['kind'],
      level: p.level as ProjectFile['level'],
      guilds: [...p.guilds].sort((a, b) => a.guild.sort - b.guild.sort).map((g) => g.guild.code),
      directions: [...p.directions].sort((a, b) => a.direction.sort - b.direction.sort).map((d) => d.direction.code),
      starts: iso(p.startsOn, tz),
      ends: iso(p.endsOn, tz),
      hours: p.hours,
      lateWork: p.allowLateWork,
      stepsInOrder: p.stepsInOrder,
      steps: p.steps.map((s) => ({
        title: s.title,
        task: s.description,
        starts: iso(s.startsOn, tz),
        ends: iso(s.endsOn, tz),
        materials: s.materials.map((m) => (m.kind === 'file' && m.fileId ? { title: m.title, file: m.fileId } : { title: m.title, url: m.url ?? '' })),
        checklist: s.checklist.map((c) => ({ title: c.title, accepts: c.accepts as ProjectFile['steps'][number]['checklist'][number]['accepts'], required: c.required, hint: c.hint })),
        criteria: s.criteria.map((c) => ({ title: c.title, points: c.maxPoints, yesNo: c.yesNo })),
      })),
    };
    const content = format === 'json' ? `${JSON.stringify(file, null, 2)}\n` : stringify(file, { lineWidth: 0 });
    return { name: `project-${p.id}.${format === 'json' ? 'json' : 'yaml'}`, content };
  }

  /** Reads and checks a file without saving anything: every problem, each with its field and line. */
  async parse(content: string): Promise<ProjectFile> {
    const counter = new LineCounter();
    const doc = parseDocument(content, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
      const e = doc.errors[0]!;
      throw new ImportError([{ path: '', line: e.linePos?.[0]?.line ?? null, key: 'authoring-import-not-yaml' }]);
    }
    const raw = doc.toJS({ maxAliasCount: 50 }) as unknown;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ImportError([{ path: '', line: 1, key: 'authoring-import-not-project' }]);
    const parsed = projectFileSchema.safeParse(raw);
    if (!parsed.success) {
      throw new ImportError(parsed.error.issues.slice(0, 8).map((issue) => ({ path: pathText(issue.path), line: lineOf(doc, counter, issue.path), ...issueKey(issue) })));
    }
    const file = parsed.data;
    const problems: ImportProblem[] = [];
    const at = (path: (string | number)[], key: string, vars?: Record<string, string | number>) => problems.push({ path: pathText(path), line: lineOf(doc, counter, path), key, vars });
    const [guilds, directions] = await Promise.all([this.deps.db.guild.findMany({ select: { code: true } }), this.deps.db.direction.findMany({ select: { code: true } })]);
    file.guilds.forEach((g, i) => guilds.some((x) => x.code === g) || at(['guilds', i], 'authoring-import-unknown-guild', { code: g, known: guilds.map((x) => x.code).join(', ') }));
    file.directions.forEach((d, i) => directions.some((x) => x.code === d) || at(['directions', i], 'authoring-import-unknown-direction', { code: d, known: directions.map((x) => x.code).join(', ') }));
    const dateOf = (value: string, path: (string | number)[]) => {
      const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value, { year: 2000, month: 1, day: 1 }) : null;
      if (!d) at(path, 'authoring-import-date', { value });
      return d ? startOfLocalDay(d, this.deps.timeZone) : null;
    };
    const starts = dateOf(file.starts, ['starts']);
    const ends = dateOf(file.ends, ['ends']);
    if (starts && ends && ends < starts) at(['ends'], 'authoring-import-dates-order');
    file.steps.forEach((s, i) => {
      const a = dateOf(s.starts, ['steps', i, 'starts']);
      const b = dateOf(s.ends, ['steps', i, 'ends']);
      if (a && b && starts && ends) {
        const span = checkStepSpan({ startsOn: a, endsOn: b }, { startsOn: starts, endsOn: ends });
        if (span === 'order') at(['steps', i, 'ends'], 'authoring-import-dates-order');
        if (span === 'outside') at(['steps', i, 'starts'], 'authoring-import-step-outside');
      }
    });
    if (problems.length) throw new ImportError(problems.slice(0, 8));
    return file;
  }

  /** A new draft of the file's project, all of it in one transaction. */
  async importProject(userId: number, content: string, copiedFromId: number | null = null): Promise<number> {
    const file = await this.parse(content);
    return this.createFrom(userId, file, copiedFromId);
  }

  async createFrom(userId: number, file: ProjectFile, copiedFromId: number | null): Promise<number> {
    const now = this.deps.clock.now();
    const tz = this.deps.timeZone;
    const dayOf = (value: string) => startOfLocalDay(parseDay(value, { year: 2000, month: 1, day: 1 })!, tz);
    return this.deps.db.$transaction(async (tx) => {
      const actor = await actorOf(tx, userId);
      if (!actor.roles.includes('author') && !isModerator(actor)) throw new ServiceError('authoring-err-not-author');
      const [guilds, directions] = await Promise.all([
        tx.guild.findMany({ where: { code: { in: file.guilds } }, select: { id: true } }),
        tx.direction.findMany({ where: { code: { in: file.directions } }, select: { id: true } }),
      ]);
      const project = await tx.project.create({
        data: {
          title: file.title, summary: file.summary, description: file.description, kind: file.kind, level: file.level, status: 'draft',
          startsOn: dayOf(file.starts), endsOn: dayOf(file.ends), hours: file.hours, allowLateWork: file.lateWork, stepsInOrder: file.stepsInOrder,
          authorId: userId, copiedFromId, createdAt: now,
          guilds: { create: guilds.map((g) => ({ guildId: g.id })) },
          directions: { create: directions.map((d) => ({ directionId: d.id })) },
        },
      });
      for (const [i, s] of file.steps.entries()) {
        await tx.step.create({
          data: {
            projectId: project.id, position: i + 1, title: s.title, description: s.task, startsOn: dayOf(s.starts), endsOn: dayOf(s.ends),
            materials: { create: s.materials.map((m, j) => ('file' in m ? { position: j + 1, title: m.title, kind: 'file', fileId: m.file } : { position: j + 1, title: m.title, kind: 'link', url: m.url })) },
            checklist: { create: s.checklist.map((c, j) => ({ position: j + 1, title: c.title, accepts: c.accepts, required: c.required, hint: c.hint })) },
            criteria: { create: s.criteria.map((c, j) => ({ position: j + 1, title: c.title, maxPoints: c.points, yesNo: c.yesNo })) },
          },
        });
      }
      return project.id;
    });
  }

  /** A new draft from one's own project or any published one — the seed's projects are templates. */
  async copy(userId: number, sourceId: number): Promise<number> {
    const source = await this.deps.db.project.findUnique({ where: { id: sourceId }, select: { status: true, deletedAt: true } });
    if (!source || source.deletedAt) throw new ServiceError('authoring-err-not-found');
    const { content } = await this.exportProject(userId, sourceId, 'json');
    return this.createFrom(userId, projectFileSchema.parse(JSON.parse(content)), sourceId);
  }
}
