import { createTestDatabase } from '../test/helpers/db.ts';
import { InboundStore } from '../src/delivery/inbound-store.ts';
import { systemClock } from '../src/services/clock.ts';
const d = await createTestDatabase((process.argv[2] ?? 'sqlite') as any);
const store = new InboundStore(d.db, 'x', systemClock);
const mk = (i: number) => ({ update_id: i, callback_query: { id: String(i), from: { id: 1000 + (i % 500), is_bot: false, first_name: 'a' }, chat_instance: '1', data: 'cat:l:-', message: { message_id: 1, date: 0, chat: { id: 1000 + (i % 500), type: 'private', first_name: 'a' } } } }) as any;
let id = 1;
for (const backlog of [100, 5000]) {
  const batch = [];
  for (let i = 0; i < backlog; i++) batch.push(mk(id++));
  let c0 = process.cpuUsage();
  await store.accept(batch);
  let c = process.cpuUsage(c0); console.log('accept per update µs', ((c.user + c.system) / backlog).toFixed(0));
  c0 = process.cpuUsage();
  let n = 0; const t0 = performance.now();
  for (let k = 0; k < 20; k++) { const got = await store.claim(5); n += got.length; for (const u of got) await store.complete(u.update_id); }
  c = process.cpuUsage(c0); console.log(`backlog ${backlog}: claim(5)+complete per update µs`, ((c.user + c.system) / n).toFixed(0), 'wall ms per claim', ((performance.now() - t0) / 20).toFixed(1));
}
await d.drop();
