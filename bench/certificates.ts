// Benchmark: certificate PDFs through the real worker pipeline (SQLite queue → shared Chromium with a
// tab pool → file → outbox row) versus launching a browser per certificate, with memory sampled.
// Run: npm run bench:certificates -- [count=2000] [perLaunchCount=20]   (a quick look: -- 60 3)
// Progress goes to stderr every couple of seconds; the figures to stdout at the end.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { openDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createTranslator } from '../src/bot/i18n.ts';
import { certificateHtml } from '../src/render/certificate-html.ts';
import { chromiumInstalled, chromiumPath } from '../src/render/chromium.ts';
import { PdfRenderer, type RenderOptions } from '../src/render/pdf-renderer.ts';
import { CertificateWorker } from '../src/services/certificate-worker.ts';
import { CertificateService, newCertificateCode } from '../src/services/certificates.ts';
import { systemClock } from '../src/runtime/clock.ts';

// `--prepare <url> <count>` is the child that fills the database (see sharedRun).
const PREPARE = process.argv[2] === '--prepare';
const COUNT = Number(PREPARE ? process.argv[4] : (process.argv[2] ?? 2000));
const PER_LAUNCH = Number(process.argv[3] ?? 20);
const TZ = 'Asia/Krasnoyarsk';
const PUBLIC_URL = 'https://kodo.example.ru';

if (!chromiumInstalled()) {
  console.error(`Chromium is not installed at ${chromiumPath()} (apt-get install -y chromium).`);
  process.exit(1);
}

/**
 * A line on stderr every couple of seconds while a phase runs — also when nothing finished in that
 * time (a browser slow to start, a loaded machine), so a long run is never silent.
 */
function progress(phase: string, total: number, everyMs = 2_000) {
  let done = 0;
  const started = performance.now();
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done > 0 ? `, ${(done / seconds).toFixed(done / seconds < 1 ? 2 : 1)}/s` : '';
    const left = done > 0 && done < total ? `, about ${Math.ceil(((total - done) * seconds) / done)} s left` : '';
    console.error(`  … ${phase}: ${done} of ${total} (${seconds.toFixed(0)} s${rate}${left})`);
  };
  const timer = setInterval(line, everyMs);
  return {
    set(n: number) {
      done = n;
    },
    add(n = 1) {
      done += n;
    },
    end() {
      clearInterval(timer);
      line();
    },
  };
}

/** Times every render, queue wait included: that is what a certificate waits for. */
class TimedRenderer extends PdfRenderer {
  readonly latencies: number[] = [];
  readonly inTab: number[] = [];
  constructor(options: ConstructorParameters<typeof PdfRenderer>[0] = {}) {
    super({ ...options, onRender: (ms) => this.inTab.push(ms) });
  }
  override async render(html: string, options?: RenderOptions): Promise<Uint8Array> {
    const started = performance.now();
    const pdf = await super.render(html, options);
    this.latencies.push(performance.now() - started);
    return pdf;
  }
}

// ── memory: this process plus every process under the browser ─────────────

function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      /* the process ended while we looked */
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return out;
}

function memoryOf(pid: number): { rss: number; pss: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    let pss = rss;
    try {
      pss = Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      /* smaps_rollup needs a newer kernel; fall back to RSS */
    }
    return { rss, pss };
  } catch {
    return { rss: 0, pss: 0 };
  }
}

interface Sample {
  at: number;
  done: number;
  nodeRss: number;
  nodePss: number;
  chromiumRss: number;
  chromiumPss: number;
  chromiumProcesses: number;
}

function sampler(renderer: PdfRenderer, done: () => number, everyMs = 250) {
  const samples: Sample[] = [];
  const take = async () => {
    const pid = await renderer.browserPid();
    const tree = pid ? processTree(pid) : [];
    let chromiumRss = 0;
    let chromiumPss = 0;
    for (const p of tree) {
      const m = memoryOf(p);
      chromiumRss += m.rss;
      chromiumPss += m.pss;
    }
    const node = memoryOf(process.pid);
    samples.push({ at: performance.now(), done: done(), nodeRss: node.rss, nodePss: node.pss, chromiumRss, chromiumPss, chromiumProcesses: tree.length });
  };
  const timer = setInterval(() => void take(), everyMs);
  return { samples, stop: async () => (clearInterval(timer), await take()) };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

// ── data: invented participants with accepted steps and pending certificates ──

async function prepare(url: string): Promise<void> {
  await applyMigrations(url);
  const { db } = await openDatabase(url);
  const municipality = await db.municipality.create({ data: { name: 'Город Северогорск' } });
  const institution = await db.institution.create({ data: { name: 'МБУ ДО «Станция юных техников»', municipalityId: municipality.id } });
  const expert = await db.user.create({ data: { telegramId: 1n, fullName: 'Эксперт Стендовый', registeredAt: new Date() } });
  const users = 40;
  const stepsPerProject = Math.ceil(COUNT / users);
  const project = await db.project.create({
    data: { title: 'Обучаем. Занятие в дистанте', summary: 'Стенд', kind: 'train', level: 'regional', status: 'running', startsOn: new Date(), endsOn: new Date(Date.now() + 30 * 86_400_000) },
  });
  const surnames = ['Снегирёва', 'Кедров', 'Тайгина', 'Ельников', 'Ручьёва', 'Соснин', 'Берёзкина', 'Озёров'];
  for (let u = 0; u < users; u++) {
    await db.user.create({ data: { telegramId: BigInt(100_000 + u), fullName: `${surnames[u % surnames.length]} Участник ${u + 1}`, institutionId: institution.id, municipalityId: municipality.id, registeredAt: new Date(), locale: 'ru' } });
  }
  const userRows = await db.user.findMany({ where: { telegramId: { gte: 100_000n } }, select: { id: true } });
  await db.step.createMany({
    data: Array.from({ length: stepsPerProject }, (_, i) => ({ projectId: project.id, position: i + 1, title: `Обучаем. Занятие в дистанте. Шаг ${i + 1}.`, startsOn: new Date(), endsOn: new Date() })),
  });
  const steps = await db.step.findMany({ select: { id: true }, orderBy: { position: 'asc' } });
  await db.enrolment.createMany({ data: userRows.map((u) => ({ userId: u.id, projectId: project.id })) });
  const enrolments = await db.enrolment.findMany({ select: { id: true, userId: true } });
  let made = 0;
  const filling = progress('filling the database with accepted steps and pending certificates', COUNT);
  for (const e of enrolments) {
    for (const s of steps) {
      if (made >= COUNT) break;
      const sub = await db.submission.create({ data: { enrolmentId: e.id, stepId: s.id, attempt: 1, status: 'accepted', decidedAt: new Date() } });
      const points = 10 + (made % 10);
      await db.grade.create({ data: { submissionId: sub.id, expertId: expert.id, decision: 'accepted', totalPoints: points, maxPoints: 19, rubricVersion: 1 } });
      await db.certificate.create({ data: { code: newCertificateCode(), userId: e.userId, stepId: s.id, submissionId: sub.id, points } });
      made++;
      filling.set(made);
    }
  }
  filling.end();
  await db.$disconnect();
}

async function sharedRun(dir: string) {
  // The data is made by a child process, so the memory measured here is the worker's, as in the bot,
  // not what filling 2,000 rows left behind.
  const url = `file:${join(dir, 'bench.db')}`;
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--prepare', url, String(COUNT)], { stdio: 'inherit' });
  const { db } = await openDatabase(url);
  const certificates = new CertificateService({
    db, clock: systemClock, translate: createTranslator('ru'), defaultLocale: 'ru', timeZone: TZ, publicUrl: PUBLIC_URL, dir: join(dir, 'pdf'),
  });
  const renderer = new TimedRenderer({ pages: 2 });
  const worker = new CertificateWorker(db, certificates, renderer, pino({ level: 'silent' }), systemClock, { instanceId: 'bench', timeZone: TZ });
  // Warm-up: the browser start is paid once per process, not per certificate.
  const warming = progress('starting Chromium and rendering the first batch (warm-up)', 1);
  const warmed = (await worker.runOnce()).rendered;
  warming.add();
  warming.end();
  renderer.latencies.length = 0;
  renderer.inTab.length = 0;

  let done = warmed;
  const memory = sampler(renderer, () => done);
  const started = performance.now();
  const rendering = progress('rendering through the worker', COUNT - warmed);
  for (;;) {
    const round = await worker.runOnce();
    done += round.rendered;
    rendering.set(done - warmed);
    if (round.rendered === 0 && round.failed === 0) break;
    if (round.failed) throw new Error('a render failed during the benchmark');
  }
  rendering.end();
  const seconds = (performance.now() - started) / 1000;
  await memory.stop();
  const outbox = await db.outboxMessage.count({ where: { method: 'sendDocument' } });
  const stats = { ...renderer.stats };
  await renderer.close();
  await db.$disconnect();
  return { rendered: done - warmed, seconds, latencies: renderer.latencies, inTab: renderer.inTab, samples: memory.samples, outbox, stats };
}

async function perLaunchRun() {
  const html = await certificateHtml(
    { code: 'K7QF92MXA3PD', participant: 'Снегирёва Анна Павловна', institution: 'МБУ ДО «Станция юных техников»', project: 'Обучаем. Занятие в дистанте', step: 'Шаг 1.', points: 17, maxPoints: 19, issuedAt: new Date() },
    PUBLIC_URL,
    TZ,
  );
  const latencies: number[] = [];
  const started = performance.now();
  const launching = progress('a browser launched per certificate', PER_LAUNCH);
  for (let i = 0; i < PER_LAUNCH; i++) {
    const t = performance.now();
    const renderer = new PdfRenderer({ pages: 1 });
    await renderer.render(html, { landscape: true });
    await renderer.close();
    latencies.push(performance.now() - t);
    launching.add();
  }
  launching.end();
  return { rendered: PER_LAUNCH, seconds: (performance.now() - started) / 1000, latencies };
}

if (PREPARE) {
  await prepare(process.argv[3]!);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'kodo-bench-certs-'));
try {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`KoDO certificates benchmark: ${COUNT} certificates through the worker (2 tabs), ${PER_LAUNCH} with a browser each; Chromium ${chromiumPath()}`);
  console.log(`machine: ${cpus().length} cores, load average at start ${load} (other work on the machine slows every figure)`);
  const shared = await sharedRun(dir);
  const single = await perLaunchRun();
  console.log(`load average at end ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const sharedRate = shared.rendered / shared.seconds;
  const singleRate = single.rendered / single.seconds;

  const s = shared.samples.filter((x) => x.chromiumProcesses > 0);
  // Chromium's processes map the same binary and libraries: summing their RSS counts those pages once
  // per process. PSS splits each shared page among its users, so the PSS sum is the memory really
  // taken; both are printed, the goal is judged on PSS.
  const totals = s.map((x) => x.nodePss + x.chromiumPss);
  const rssTotals = s.map((x) => x.nodeRss + x.chromiumRss);
  const quarter = Math.max(1, Math.floor(s.length / 4));
  const firstQ = avg(totals.slice(0, quarter));
  const lastQ = avg(totals.slice(-quarter));
  const growth = (lastQ - firstQ) / firstQ;
  const peak = Math.max(...totals);

  const rows = [
    ['mode', 'PDFs', 'seconds', 'PDFs/s', 'p50 ms', 'p95 ms', 'max ms'],
    ['shared browser, 2 tabs — worker: DB → PDF → file → outbox', shared.rendered, shared.seconds.toFixed(1), sharedRate.toFixed(1), pct(shared.latencies, 50).toFixed(0), pct(shared.latencies, 95).toFixed(0), Math.max(...shared.latencies).toFixed(0)],
    ['  of which in a tab (queue wait excluded)', '', '', '', pct(shared.inTab, 50).toFixed(0), pct(shared.inTab, 95).toFixed(0), Math.max(...shared.inTab).toFixed(0)],
    ['browser launched per certificate', single.rendered, single.seconds.toFixed(1), singleRate.toFixed(2), pct(single.latencies, 50).toFixed(0), pct(single.latencies, 95).toFixed(0), Math.max(...single.latencies).toFixed(0)],
  ].map((r) => r.map(String));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));

  console.log('\nmemory over the shared run (MB, sampled every 250 ms; PSS = shared pages split, RSS = summed per process):');
  console.log('  at certificate   node PSS  chromium PSS (processes)  total PSS   node RSS  chromium RSS  total RSS');
  const line = (x: Sample) =>
    `  ${String(x.done).padStart(14)}  ${mb(x.nodePss).padStart(8)}  ${mb(x.chromiumPss).padStart(12)} (${String(x.chromiumProcesses).padStart(2)})${' '.repeat(8)}${mb(x.nodePss + x.chromiumPss).padStart(9)}  ${mb(x.nodeRss).padStart(9)}  ${mb(x.chromiumRss).padStart(12)}  ${mb(x.nodeRss + x.chromiumRss).padStart(9)}`;
  const step = Math.max(1, Math.floor(s.length / 10));
  for (let i = 0; i < s.length; i += step) console.log(line(s[i]!));
  console.log(line(s.at(-1)!));
  console.log(`  peak total PSS ${mb(peak)} MB (summed RSS peak ${mb(Math.max(...rssTotals))} MB); first quarter avg ${mb(firstQ)} MB, last quarter avg ${mb(lastQ)} MB, growth ${(growth * 100).toFixed(1)}%`);
  console.log(`  tabs opened ${shared.stats.pagesOpened} (recycled every 50 renders), browser launches ${shared.stats.launches}, requests refused ${shared.stats.blockedRequests}, outbox documents ${shared.outbox}`);

  const goals: [string, boolean, string][] = [
    ['shared ≥ 10× browser-per-certificate', sharedRate >= 10 * singleRate, `${(sharedRate / singleRate).toFixed(1)}×`],
    ['≥ 20 PDFs/s sustained', sharedRate >= 20, `${sharedRate.toFixed(1)}/s`],
    ['p95 ≤ 150 ms (render call, queue wait included)', pct(shared.latencies, 95) <= 150, `${pct(shared.latencies, 95).toFixed(0)} ms (in a tab: ${pct(shared.inTab, 95).toFixed(0)} ms)`],
    ['browser + bot memory < 800 MB (PSS)', peak < 800 * 1024 * 1024, `${mb(peak)} MB peak`],
    ['no growth (last quarter ≤ first + 15%)', growth <= 0.15, `${(growth * 100).toFixed(1)}%`],
  ];
  console.log('\ngoals:');
  for (const [name, ok, figure] of goals) console.log(`  ${ok ? '✓' : '✗'} ${name}: ${figure}`);
  process.exitCode = goals.every(([, ok]) => ok) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
