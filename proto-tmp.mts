import { readFileSync, readdirSync } from 'node:fs';
import { certificateHtml } from './src/render/certificate-html.ts';
import { PdfRenderer } from './src/render/pdf-renderer.ts';
function tree(root: number) { const ch = new Map<number, number[]>(); for (const n of readdirSync('/proc')) { if (!/^\d+$/.test(n)) continue; try { const st = readFileSync(`/proc/${n}/stat`, 'utf8'); const pp = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]); ch.set(pp, [...(ch.get(pp) ?? []), Number(n)]); } catch {} } const out: number[] = []; const w = (p: number) => { out.push(p); for (const c of ch.get(p) ?? []) w(c); }; w(root); return out; }
const pss = (pid: number) => { try { return Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0) / 1024; } catch { return 0; } };
const html = await certificateHtml({ code: 'K7QF92MXA3PD', participant: 'Снегирёва Анна Павловна', institution: 'МБУ ДО «Станция юных техников»', project: 'Обучаем', step: 'Шаг 1', points: 17, maxPoints: 19, issuedAt: new Date() }, 'https://kodo.example.ru', 'Asia/Krasnoyarsk');
for (const recycle of [Number(process.argv[2] ?? 100)]) {
  const r = new PdfRenderer({ pages: 2, recycleAfter: recycle });
  let peak = 0; const series: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < 300; i += 2) {
    await Promise.all([r.render(html, { landscape: true }), r.render(html, { landscape: true })]);
    if (i % 20 === 0) { const m = tree((await r.browserPid())!).reduce((a, p) => a + pss(p), 0); peak = Math.max(peak, m); series.push(Math.round(m)); }
  }
  console.log('recycle', recycle, 'rate', (300 / ((performance.now() - t0) / 1000)).toFixed(1), 'peak', peak.toFixed(0), series.join(' '), 'node pss', pss(process.pid).toFixed(0));
  await r.close();
}
