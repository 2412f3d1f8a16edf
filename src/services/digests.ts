// Scheduled digests: deadline reminders, the weekly digest and experts' daily summaries, planned for
// everyone at once (a handful of set-based queries, not a query per person) and written to the outbox
// under one natural key per (digest kind, person, period), so each person gets each digest at most once.
import { join, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { providerOfDb, type Db } from '../db/client.ts';
import { formatDay, type Locale } from '../domain/dates.ts';
import { decideDelivery, preferencesFrom, type MessageCategory } from '../domain/delivery-preferences.ts';
import {
  CATCH_UP_MINUTES,
  digestKey,
  latestFire,
  levelsReached,
  localDayRange,
  periodOf,
  weekHasNews,
  type DigestKind,
  type DigestSchedules,
} from '../domain/digest-schedule.ts';
import { daysUntil } from '../domain/local-days.ts';
import { escapeHtml } from '../render/escape.ts';
import type { Clock } from '../runtime/clock.ts';
import { isUniqueViolation } from '../runtime/unique-violation.ts';
import type { Translate } from './translator.ts';

/** A run that started this long ago and never finished was interrupted: another instance resumes it. */
const STALE_RUN_MS = 5 * 60_000;
/** Rows per INSERT: well under SQLite's and PostgreSQL's parameter limits (9 parameters a row). */
const INSERT_CHUNK = 500;
const WEEK_MS = 7 * 86_400_000;
/** Listed in a digest at most; the rest are counted («и ещё 3»). */
const LIST_LIMIT = 8;

export interface DigestDeps {
  db: Db;
  clock: Clock;
  translate: Translate;
  defaultLocale: string;
  timeZone: string;
  schedules: DigestSchedules;
}

interface Planned {
  key: string;
  chatId: bigint;
  text: string;
  category: MessageCategory;
  availableAt: Date;
}

interface Recipient {
  userId: number;
  chatId: bigint;
  locale: Locale;
  prefs: ReturnType<typeof preferencesFrom>;
}

export interface PlanProgress {
  phase: string;
  done: number;
  total: number;
}

export interface RunReport {
  kind: DigestKind;
  period: string;
  planned: number;
}

type RawPrefs = { deadlines: unknown; weeklyDigest: unknown; awards: string | null; news: unknown; reviewSummary: unknown; quietFrom: unknown; quietTo: unknown; hasPrefs: unknown };

const bool = (v: unknown) => v === true || v === 1 || v === 1n || v === 't' || v === 'true';
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const date = (v: unknown) => (v instanceof Date ? v : new Date(v as string | number));

/** The person's preferences from the LEFT JOINed columns (null columns: no row, the defaults). */
function prefsOf(row: RawPrefs) {
  if (row.hasPrefs === null || row.hasPrefs === undefined) return preferencesFrom(null);
  return preferencesFrom({
    deadlines: bool(row.deadlines),
    weeklyDigest: bool(row.weeklyDigest),
    awards: row.awards ?? 'now',
    news: bool(row.news),
    reviewSummary: bool(row.reviewSummary),
    quietFrom: num(row.quietFrom),
    quietTo: num(row.quietTo),
  });
}

const PREF_COLUMNS = sql`dp."userId" AS "hasPrefs", dp."deadlines", dp."weeklyDigest", dp."awards", dp."news", dp."reviewSummary", dp."quietFrom", dp."quietTo"`;

export class DigestService {
  constructor(private readonly deps: DigestDeps) {}

  #locale(raw: string | null): Locale {
    const l = raw ?? this.deps.defaultLocale;
    return l === 'en' ? 'en' : 'ru';
  }

  /**
   * Texts repeat across people (a step's line, a title with the same count): formatting each once
   * per plan, not once per person, is most of the planning's CPU saved.
   */
  #texts = new Map<string, string>();

  #t(locale: Locale, key: string, vars?: Record<string, string | number>): string {
    const memo = `${locale}\u0000${key}\u0000${vars ? JSON.stringify(vars) : ''}`;
    let text = this.#texts.get(memo);
    if (text === undefined) {
      if (this.#texts.size > 100_000) this.#texts.clear();
      this.#texts.set(memo, (text = this.deps.translate(locale, key, vars)));
    }
    return text;
  }

  #cron(kind: DigestKind): string {
    const s = this.deps.schedules;
    return kind === 'deadlines' ? s.deadlinesCron : kind === 'weekly' ? s.weeklyCron : s.reviewSummaryCron;
  }

  // ── running on schedule ───────────────────────────────────────────────────

  /**
   * Called every minute by the job scheduler on every instance. For each digest whose cron fired in
   * the last hours, the instance that takes the (digest, period) run plans it; a run left unfinished
   * by a crash is taken over after a few minutes and planned again — the outbox keys make the second
   * planning add only the messages the first did not write.
   */
  async runDue(now: Date, instance: string): Promise<RunReport[]> {
    const reports: RunReport[] = [];
    for (const kind of ['deadlines', 'weekly', 'review-summary'] as const) {
      const fire = latestFire(this.#cron(kind), now, this.deps.timeZone, CATCH_UP_MINUTES);
      if (!fire) continue;
      const period = periodOf(fire, this.deps.timeZone);
      if (!(await this.#takeRun(kind, period, instance, now))) continue;
      const planned = await this.plan(kind, fire, period);
      await this.deps.db.jobRun.update({ where: { job_period: { job: `digest:${kind}`, period } }, data: { finishedAt: this.deps.clock.now() } });
      reports.push({ kind, period, planned });
    }
    // Runs only guard their period; old ones are history.
    await this.deps.db.jobRun.deleteMany({ where: { job: { startsWith: 'digest:' }, startedAt: { lt: new Date(now.getTime() - 60 * 86_400_000) } } });
    return reports;
  }

  /** True for the one instance that may plan (kind, period) now: a new run, or a stale unfinished one. */
  async #takeRun(kind: DigestKind, period: string, instance: string, now: Date): Promise<boolean> {
    const job = `digest:${kind}`;
    try {
      await this.deps.db.jobRun.create({ data: { job, period, instance, startedAt: now } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Taken: resume only when its holder stopped before finishing (the conditional update is the lock).
    const { count } = await this.deps.db.jobRun.updateMany({
      where: { job, period, finishedAt: null, startedAt: { lt: new Date(now.getTime() - STALE_RUN_MS) } },
      data: { instance, startedAt: now },
    });
    return count === 1;
  }

  /** Plans one digest for everyone; idempotent (a repeat adds nothing). Returns the messages written now. */
  async plan(kind: DigestKind, fire: Date, period: string, onProgress?: (p: PlanProgress) => void): Promise<number> {
    const messages =
      kind === 'deadlines' ? await this.planDeadlines(fire, period) : kind === 'weekly' ? await this.planWeekly(fire, period) : await this.planReviewSummary(fire, period);
    return this.#write(messages, onProgress);
  }

  // ── deadline reminders ────────────────────────────────────────────────────

  /** Everyone enrolled with a step ending in N local days (N from the config) and nothing handed in: one message each. */
  async planDeadlines(now: Date, period: string): Promise<Planned[]> {
    const { timeZone, schedules } = this.deps;
    const windows = schedules.reminderDays.map((d) => localDayRange(now, d, timeZone));
    if (windows.length === 0) return [];
    const inWindow = join(windows.map((w) => sql`(s."endsOn" >= ${w.from} AND s."endsOn" < ${w.to})`), ' OR ');
    type Row = RawPrefs & { userId: number; telegramId: unknown; locale: string | null; stepId: number; stepTitle: string; position: number; endsOn: unknown; projectTitle: string };
    const rows = await this.deps.db.$queryRaw<Row[]>(sql`
      SELECT u."id" AS "userId", u."telegramId", u."locale", s."id" AS "stepId", s."title" AS "stepTitle", s."position", s."endsOn",
             p."title" AS "projectTitle", ${PREF_COLUMNS}
      FROM "Step" s
      JOIN "Project" p ON p."id" = s."projectId"
      JOIN "Enrolment" e ON e."projectId" = p."id"
      JOIN "User" u ON u."id" = e."userId"
      LEFT JOIN "DeliveryPreference" dp ON dp."userId" = u."id"
      WHERE (${inWindow})
        AND p."deletedAt" IS NULL AND p."status" IN ('published', 'running')
        AND s."startsOn" <= ${now}
        AND u."registeredAt" IS NOT NULL
        AND (dp."userId" IS NULL OR dp."deadlines" = ${true})
        AND NOT EXISTS (
          SELECT 1 FROM "Submission" sb
          WHERE sb."enrolmentId" = e."id" AND sb."stepId" = s."id" AND sb."status" IN ('submitted', 'accepted')
        )
      ORDER BY u."id", s."endsOn", s."id"`);
    const byUser = new Map<number, Row[]>();
    // A step's end, its days left and its date are the same for everyone: worked out once per step.
    const steps = new Map<number, { days: number; endsOn: Date }>();
    const stepOf = (row: Row) => {
      let step = steps.get(row.stepId);
      if (!step) {
        const endsOn = date(row.endsOn);
        steps.set(row.stepId, (step = { endsOn, days: daysUntil(now, endsOn, timeZone) }));
      }
      return step;
    };
    for (const row of rows) {
      const days = stepOf(row).days;
      if (!schedules.reminderDays.includes(days)) continue;
      const list = byUser.get(row.userId);
      if (list) list.push(row);
      else byUser.set(row.userId, [row]);
    }
    const planned: Planned[] = [];
    for (const [userId, due] of byUser) {
      const first = due[0]!;
      const who = this.#recipient(first, userId);
      const lines = due.slice(0, LIST_LIMIT).map((s) => {
        const step = stepOf(s);
        return this.#t(who.locale, 'digest-deadline-line', {
          project: escapeHtml(s.projectTitle),
          position: s.position,
          step: escapeHtml(s.stepTitle),
          date: formatDay(step.endsOn, who.locale, timeZone),
          days: step.days,
        });
      });
      if (due.length > LIST_LIMIT) lines.push(this.#t(who.locale, 'digest-more', { count: due.length - LIST_LIMIT }));
      const text = [this.#t(who.locale, 'digest-deadline-title', { count: due.length }), '', ...lines, '', this.#t(who.locale, 'digest-deadline-footer')].join('\n');
      planned.push(this.#message('deadlines', 'deadline', who, period, text, now));
    }
    return planned;
  }

  // ── weekly digest ─────────────────────────────────────────────────────────

  /** The week before the fire, for each person: badges, levels, points, new projects of their guilds, news missed. */
  async planWeekly(fire: Date, period: string): Promise<Planned[]> {
    const db = this.deps.db;
    const from = new Date(fire.getTime() - WEEK_MS);
    const to = fire;
    type PersonRow = RawPrefs & { userId: number; telegramId: unknown; locale: string | null };
    const people = await db.$queryRaw<PersonRow[]>(sql`
      SELECT u."id" AS "userId", u."telegramId", u."locale", ${PREF_COLUMNS}
      FROM "User" u LEFT JOIN "DeliveryPreference" dp ON dp."userId" = u."id"
      WHERE u."registeredAt" IS NOT NULL AND (dp."userId" IS NULL OR dp."weeklyDigest" = ${true})
      ORDER BY u."id"`);
    if (people.length === 0) return [];
    const [awards, weekPoints, totals, bands, userGuilds, projects, news, newsSent] = await Promise.all([
      db.$queryRaw<{ userId: number; nameRu: string; nameEn: string }[]>(sql`
        SELECT a."userId", b."nameRu", b."nameEn" FROM "Award" a JOIN "Badge" b ON b."code" = a."badgeCode"
        WHERE a."awardedAt" >= ${from} AND a."awardedAt" < ${to} AND a."revokedAt" IS NULL ORDER BY a."userId", a."awardedAt"`),
      db.$queryRaw<{ userId: number; points: unknown }[]>(sql`
        SELECT "userId", SUM("points") AS "points" FROM "PointsEntry" WHERE "createdAt" >= ${from} AND "createdAt" < ${to} GROUP BY "userId"`),
      db.$queryRaw<{ userId: number; points: unknown }[]>(sql`
        SELECT "userId", SUM("points") AS "points" FROM "PointsEntry" WHERE "createdAt" < ${to} GROUP BY "userId"`),
      db.level.findMany({ orderBy: { minPoints: 'asc' }, select: { minPoints: true, nameRu: true, nameEn: true } }),
      db.$queryRaw<{ userId: number; guildId: number }[]>(sql`SELECT "userId", "guildId" FROM "UserGuild"`),
      db.project.findMany({
        where: { deletedAt: null, status: { in: ['published', 'running'] }, createdAt: { gte: from, lt: to } },
        select: { id: true, title: true, startsOn: true, endsOn: true, guilds: { select: { guildId: true, guild: { select: { code: true } } } } },
        orderBy: { startsOn: 'asc' },
      }),
      db.news.findMany({ where: { publishedAt: { gte: from, lt: to } }, select: { id: true, title: true }, orderBy: { publishedAt: 'asc' } }),
      // News messages that reached each chat this week: fewer than the week's news means some were missed.
      db.$queryRaw<{ chatId: unknown; n: unknown }[]>(sql`
        SELECT "chatId", COUNT(*) AS "n" FROM "OutboxMessage" WHERE "category" = 'news' AND "status" = 'sent' AND "createdAt" >= ${from} GROUP BY "chatId"`),
    ]);
    const group = <T extends { userId: number }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) {
        const list = m.get(r.userId);
        if (list) list.push(r);
        else m.set(r.userId, [r]);
      }
      return m;
    };
    const awardsBy = group(awards);
    const weekBy = new Map(weekPoints.map((r) => [r.userId, Number(r.points)]));
    const totalBy = new Map(totals.map((r) => [r.userId, Number(r.points)]));
    const guildsBy = new Map<number, Set<number>>();
    for (const g of userGuilds) {
      const set = guildsBy.get(g.userId);
      if (set) set.add(g.guildId);
      else guildsBy.set(g.userId, new Set([g.guildId]));
    }
    const newsSentBy = new Map(newsSent.map((r) => [String(r.chatId), Number(r.n)]));
    const forAnyone = (p: (typeof projects)[number]) => p.guilds.length === 0 || p.guilds.some((g) => g.guild.code === 'any');

    const projectLines = new Map<string, string>();
    const projectLine = (p: (typeof projects)[number], l: Locale) => {
      let line = projectLines.get(`${p.id}:${l}`);
      if (line === undefined) {
        line = this.#t(l, 'digest-weekly-project-line', { title: escapeHtml(p.title), id: p.id, from: formatDay(p.startsOn, l, this.deps.timeZone), to: formatDay(p.endsOn, l, this.deps.timeZone) });
        projectLines.set(`${p.id}:${l}`, line);
      }
      return line;
    };

    const planned: Planned[] = [];
    for (const person of people) {
      const who = this.#recipient(person, person.userId);
      const withAwards = who.prefs.awards !== 'off';
      const badges = withAwards ? (awardsBy.get(person.userId) ?? []) : [];
      const gained = weekBy.get(person.userId) ?? 0;
      const total = totalBy.get(person.userId) ?? 0;
      const levels = withAwards ? levelsReached(bands, total, gained) : [];
      const mine = guildsBy.get(person.userId) ?? new Set<number>();
      const newProjects = projects.filter((p) => forAnyone(p) || p.guilds.some((g) => mine.has(g.guildId)));
      const missedNews = !who.prefs.news || (newsSentBy.get(String(who.chatId)) ?? 0) < news.length ? news : [];
      if (!weekHasNews({ badges, levels, pointsGained: gained, newProjects, missedNews })) continue;

      const l = who.locale;
      const name = (n: { nameRu: string; nameEn: string }) => escapeHtml(l === 'en' ? n.nameEn : n.nameRu);
      const parts = [this.#t(l, 'digest-weekly-title')];
      if (gained !== 0) parts.push(this.#t(l, 'digest-weekly-points', { gained, total }));
      if (badges.length) parts.push(this.#t(l, 'digest-weekly-badges', { badges: badges.map(name).join(', ') }));
      if (levels.length) parts.push(this.#t(l, 'digest-weekly-level', { level: name(levels.at(-1)!) }));
      if (newProjects.length) {
        const lines = newProjects.slice(0, LIST_LIMIT).map((p) => projectLine(p, l));
        if (newProjects.length > LIST_LIMIT) lines.push(this.#t(l, 'digest-more', { count: newProjects.length - LIST_LIMIT }));
        parts.push([this.#t(l, 'digest-weekly-projects'), ...lines].join('\n'));
      }
      if (missedNews.length) {
        const lines = missedNews.slice(0, LIST_LIMIT).map((n) => `• ${escapeHtml(n.title)}`);
        if (missedNews.length > LIST_LIMIT) lines.push(this.#t(l, 'digest-more', { count: missedNews.length - LIST_LIMIT }));
        parts.push([this.#t(l, 'digest-weekly-news'), ...lines].join('\n'));
      }
      parts.push(this.#t(l, 'digest-footer-settings'));
      planned.push(this.#message('weekly', 'digest', who, period, parts.join('\n\n'), fire));
    }
    return planned;
  }

  // ── experts' daily summary ────────────────────────────────────────────────

  /** For each expert, the works waiting for them per project (never their own work), oldest first. */
  async planReviewSummary(now: Date, period: string): Promise<Planned[]> {
    type Row = RawPrefs & { userId: number; telegramId: unknown; locale: string | null; projectId: number; title: string; waiting: unknown; oldest: unknown };
    const rows = await this.deps.db.$queryRaw<Row[]>(sql`
      SELECT pe."userId", u."telegramId", u."locale", p."id" AS "projectId", p."title", COUNT(*) AS "waiting", MIN(sb."submittedAt") AS "oldest",
             ${PREF_COLUMNS}
      FROM "ProjectExpert" pe
      JOIN "UserRole" r ON r."userId" = pe."userId" AND r."role" = 'expert'
      JOIN "User" u ON u."id" = pe."userId"
      JOIN "Project" p ON p."id" = pe."projectId"
      JOIN "Step" s ON s."projectId" = p."id"
      JOIN "Submission" sb ON sb."stepId" = s."id" AND sb."status" = 'submitted'
      JOIN "Enrolment" e ON e."id" = sb."enrolmentId" AND e."userId" <> pe."userId"
      LEFT JOIN "DeliveryPreference" dp ON dp."userId" = pe."userId"
      WHERE p."deletedAt" IS NULL AND (dp."userId" IS NULL OR dp."reviewSummary" = ${true})
      GROUP BY pe."userId", u."telegramId", u."locale", p."id", p."title", dp."userId", dp."deadlines", dp."weeklyDigest", dp."awards", dp."news", dp."reviewSummary", dp."quietFrom", dp."quietTo"
      ORDER BY pe."userId", MIN(sb."submittedAt")`);
    const byUser = new Map<number, Row[]>();
    for (const row of rows) {
      const list = byUser.get(row.userId);
      if (list) list.push(row);
      else byUser.set(row.userId, [row]);
    }
    const planned: Planned[] = [];
    for (const [userId, projects] of byUser) {
      const who = this.#recipient(projects[0]!, userId);
      const l = who.locale;
      const total = projects.reduce((sum, p) => sum + Number(p.waiting), 0);
      const lines = projects.slice(0, LIST_LIMIT).map((p) =>
        this.#t(l, 'digest-review-line', { project: escapeHtml(p.title), count: Number(p.waiting), since: formatDay(date(p.oldest), l, this.deps.timeZone) }),
      );
      if (projects.length > LIST_LIMIT) lines.push(this.#t(l, 'digest-more', { count: projects.length - LIST_LIMIT }));
      const text = [this.#t(l, 'digest-review-title', { count: total }), '', ...lines, '', this.#t(l, 'digest-review-footer')].join('\n');
      planned.push(this.#message('review-summary', 'review-summary', who, period, text, now));
    }
    return planned;
  }

  // ── writing ───────────────────────────────────────────────────────────────

  #recipient(row: RawPrefs & { telegramId: unknown; locale: string | null }, userId: number): Recipient {
    return { userId, chatId: BigInt(row.telegramId as string | number | bigint), locale: this.#locale(row.locale), prefs: prefsOf(row) };
  }

  /** One person's digest, held to the end of their quiet hours if it is planned inside them. */
  #message(kind: DigestKind, category: MessageCategory, who: Recipient, period: string, text: string, now: Date): Planned {
    const decision = decideDelivery(who.prefs, category, now, this.deps.timeZone);
    const availableAt = decision.action === 'hold' ? decision.until : now;
    return { key: digestKey(kind, who.userId, period), chatId: who.chatId, text: text.slice(0, 4096), category, availableAt };
  }

  /**
   * Multi-row INSERTs that skip keys already there (a second instance, or the part written before
   * a crash): one statement per 500 messages on both databases.
   */
  async #write(messages: Planned[], onProgress?: (p: PlanProgress) => void): Promise<number> {
    const db = this.deps.db;
    const pg = providerOfDb(db) === 'postgresql';
    const createdAt = this.deps.clock.now();
    let written = 0;
    for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
      const chunk = messages.slice(i, i + INSERT_CHUNK);
      const values: Sql[] = chunk.map((m) => {
        const payload = JSON.stringify({ text: m.text, parse_mode: 'HTML' });
        return sql`(${m.key}, ${m.chatId}, 'sendMessage', ${pg ? sql`CAST(${payload} AS jsonb)` : payload}, 'pending', 0, ${m.availableAt}, ${m.category}, ${createdAt})`;
      });
      written += await db.$executeRaw(sql`
        INSERT INTO "OutboxMessage" ("key", "chatId", "method", "payload", "status", "attempts", "availableAt", "category", "createdAt")
        VALUES ${join(values)} ON CONFLICT ("key") DO NOTHING`);
      onProgress?.({ phase: 'write', done: Math.min(i + INSERT_CHUNK, messages.length), total: messages.length });
    }
    return written;
  }
}
