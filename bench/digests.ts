// Benchmark: planning every digest (deadline reminders, weekly digest, experts' summaries) for 10,000
// and 50,000 people on SQLite and PostgreSQL, through DigestService.plan — the queries, the texts in
// each person's language and the outbox writes. Prints progress every few seconds and a table.
// Run: npm run bench:digests [-- sizes=10000,50000] [providers=sqlite,postgresql]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createTranslator } from '../src/bot/i18n.ts';
import { openDatabase, type Db, type Provider } from '../src/db/client.ts';
import { applyMigrations, postgresAdminUrl } from '../src/db/migrate.ts';
import { seedReference } from '../src/db/seed/seed.ts';
import { DEFAULT_DIGEST_SCHEDULES, periodOf, type DigestKind } from '../src/domain/digest-schedule.ts';
import { DigestService } from '../src/services/digests.ts';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const SIZES = (args.sizes ?? '10000,50000').split(',').map(Number);
const PROVIDERS = (args.providers ?? 'sqlite,postgresql').split(',') as Provider[];
const TZ = 'Asia/Krasnoyarsk';
const local = (s: string) => new Date(`${s}+07:00`);
/** Monday 23 November 2026, 10:00: the weekly digest's and the reminders' default fire. */
const NOW = local('2026-11-23T10:00:00');
const PROJECTS = 100;
const EXPERTS = 50;
const CHUNK = 2_000;

let phase = 'starting';
const started = performance.now();
const ticker = setInterval(() => console.log(`  … ${phase} (${((performance.now() - started) / 1000).toFixed(0)} s)`), 3_000);

async function freshDatabase(provider: Provider): Promise<{ url: string; drop(): Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'kodo-bench-digests-'));
    return { url: `file:${join(dir, 'kodo.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kodo_bench_digests_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: postgresAdminUrl() });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** People, projects with steps ending in 1–3 days, enrolments, hand-ins, points, badges, news, experts. */
async function fill(db: Db, people: number): Promise<void> {
  await seedReference(db);
  const guilds = await db.guild.findMany({ select: { id: true } });
  const badges = await db.badge.findMany({ select: { code: true } });
  const longAgo = local('2026-10-01T12:00:00');
  const inWeek = local('2026-11-19T12:00:00');
  phase = `filling ${people.toLocaleString('en')} people`;
  await inChunks(
    Array.from({ length: people }, (_, i) => ({
      telegramId: BigInt(10_000_000 + i),
      fullName: `Участник ${i}`,
      locale: i % 5 === 0 ? 'en' : 'ru',
      registeredAt: longAgo,
    })),
    (data) => db.user.createMany({ data }),
  );
  const ids = (await db.user.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((u) => u.id);
  await inChunks(ids.map((userId, i) => ({ userId, guildId: guilds[i % guilds.length]!.id })), (data) => db.userGuild.createMany({ data }));
  phase = 'filling projects';
  const projectIds: number[] = [];
  const stepIds: number[][] = [];
  for (let p = 0; p < PROJECTS; p++) {
    const project = await db.project.create({
      data: {
        title: `Проект ${p}`,
        summary: 'Проект для замера дайджестов.',
        kind: 'train',
        level: 'regional',
        status: 'running',
        startsOn: local('2026-11-01T00:00:00'),
        endsOn: local('2026-12-31T23:59:00'),
        createdAt: p < 5 ? inWeek : longAgo,
        guilds: { create: [{ guildId: guilds[p % guilds.length]!.id }] },
        steps: {
          create: [1, 2, 3].map((d) => ({ position: d, title: `Шаг ${d}`, startsOn: local('2026-11-01T00:00:00'), endsOn: local(`2026-11-${23 + d}T23:59:00`) })),
        },
      },
      include: { steps: { orderBy: { position: 'asc' } } },
    });
    projectIds.push(project.id);
    stepIds.push(project.steps.map((s) => s.id));
  }
  phase = 'filling enrolments, hand-ins, points and badges';
  await inChunks(ids.map((userId, i) => ({ userId, projectId: projectIds[i % PROJECTS]! })), (data) => db.enrolment.createMany({ data }));
  const enrolments = await db.enrolment.findMany({ select: { id: true, projectId: true }, orderBy: { id: 'asc' } });
  // A fifth handed in step 3 (its reminder is not due for them; the work waits for an expert).
  await inChunks(
    enrolments.filter((_, i) => i % 5 === 0).map((e) => ({
      enrolmentId: e.id,
      stepId: stepIds[projectIds.indexOf(e.projectId)]![2]!,
      attempt: 1,
      status: 'submitted',
      openKey: `${e.id}:s3`,
      submittedAt: inWeek,
    })),
    (data) => db.submission.createMany({ data }),
  );
  await inChunks(
    ids.flatMap((userId, i) => [
      { userId, reason: 'bench:old', points: 40, createdAt: longAgo },
      ...(i % 2 === 0 ? [{ userId, reason: 'bench:week', points: 70, createdAt: inWeek }] : []),
    ]),
    (data) => db.pointsEntry.createMany({ data }),
  );
  await inChunks(
    ids.filter((_, i) => i % 10 === 0).map((userId, i) => ({ userId, badgeCode: badges[i % badges.length]!.code, eventKind: 'bench', eventRef: 'bench', ruleVersion: 1, awardedAt: inWeek })),
    (data) => db.award.createMany({ data }),
  );
  await db.news.createMany({ data: [1, 2].map((n) => ({ title: `Новость ${n}`, body: '…', publishedAt: inWeek })) });
  const expertIds = ids.slice(0, EXPERTS);
  await db.userRole.createMany({ data: expertIds.map((userId) => ({ userId, role: 'expert' })) });
  await db.projectExpert.createMany({ data: projectIds.flatMap((projectId, p) => [expertIds[p % EXPERTS]!, expertIds[(p + 1) % EXPERTS]!].map((userId) => ({ projectId, userId }))) });
}

interface Row {
  provider: Provider;
  people: number;
  ms: Record<DigestKind, number>;
  messages: Record<DigestKind, number>;
  total: number;
}

async function measure(provider: Provider, people: number): Promise<Row> {
  const fresh = await freshDatabase(provider);
  try {
    phase = `${provider}: migrating`;
    await applyMigrations(fresh.url);
    const { db } = await openDatabase(fresh.url);
    try {
      const t0 = performance.now();
      await fill(db, people);
      console.log(`${provider}, ${people.toLocaleString('en')} people: filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const clock = { now: () => NOW };
      const digests = new DigestService({ db, clock, translate: createTranslator('ru'), defaultLocale: 'ru', timeZone: TZ, schedules: DEFAULT_DIGEST_SCHEDULES });
      const period = periodOf(NOW, TZ);
      const ms = {} as Record<DigestKind, number>;
      const messages = {} as Record<DigestKind, number>;
      for (const kind of ['deadlines', 'weekly', 'review-summary'] as const) {
        phase = `${provider}, ${people.toLocaleString('en')} people: planning ${kind}`;
        const t = performance.now();
        messages[kind] = await digests.plan(kind, NOW, period, (p) => {
          phase = `${provider}, ${people.toLocaleString('en')} people: ${kind}, written ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')}`;
        });
        ms[kind] = performance.now() - t;
        console.log(`  ${kind}: ${messages[kind].toLocaleString('en')} messages in ${(ms[kind] / 1000).toFixed(2)} s`);
      }
      // Planning again (a second instance, or a resumed run) writes nothing.
      const again = await digests.plan('deadlines', NOW, period);
      if (again !== 0) throw new Error(`a repeated plan wrote ${again} messages`);
      return { provider, people, ms, messages, total: ms.deadlines + ms.weekly + ms['review-summary'] };
    } finally {
      await db.$disconnect();
    }
  } finally {
    await fresh.drop();
  }
}

const rows: Row[] = [];
for (const provider of PROVIDERS) for (const people of SIZES) rows.push(await measure(provider, people));
clearInterval(ticker);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log('\n| database | people | deadline reminders | weekly digest | experts’ summaries | all digests | time ÷ time(10k) |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  const base = rows.find((b) => b.provider === r.provider && b.people === SIZES[0]);
  const ratio = base && base !== r ? (r.total / base.total).toFixed(2) : '—';
  console.log(
    `| ${r.provider} | ${r.people.toLocaleString('en')} | ${s(r.ms.deadlines)} (${r.messages.deadlines.toLocaleString('en')}) | ${s(r.ms.weekly)} (${r.messages.weekly.toLocaleString('en')}) | ${s(r.ms['review-summary'])} (${r.messages['review-summary']}) | ${s(r.total)} | ${ratio} |`,
  );
}
console.log('\nGoal: 50,000 people under 10 s; time(50k) / time(10k) ≤ 5.5. Messages written in parentheses.');
