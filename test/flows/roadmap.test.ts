// /roadmap in the chat: the current revision of the year's plan with progress, paged in place by
// buttons carrying revision and page; an earlier revision's button still shows that revision; a
// page that no longer exists or forged data is answered and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoRoadmap } from '../../src/db/seed/roadmap-demo.ts';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { createPerson, createProject, enrol } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

describe('/roadmap in the chat', () => {
  let h: Harness;
  const reader = makeUser(8101, { first_name: 'Вера' });
  const stranger = makeUser(8102, { first_name: 'Гость' });
  let first: number;
  let second: number;

  beforeAll(async () => {
    h = await createHarness('sqlite');
    await createPerson(h.db, { telegramId: reader.id, fullName: 'Ласточкина Вера Андреевна' });
    await seedDemoRoadmap(h.db, 2026, null);
    [first, second] = (await h.db.roadmapRevision.findMany({ orderBy: { number: 'asc' }, select: { id: true } })).map((r) => r.id) as [number, number];
    // The plan's first row gets a project whose one participant has its one step accepted.
    const row = await h.db.roadmapItem.findFirstOrThrow({ where: { revisionId: second }, orderBy: { position: 'asc' } });
    const project = await createProject(h.db, { title: 'Занятие в дистанте' });
    const participant = await createPerson(h.db, { telegramId: 8103, fullName: 'Снегирёва Анна Павловна' });
    const enrolmentId = await enrol(h.db, participant.id, project.projectId);
    await h.db.submission.create({ data: { enrolmentId, stepId: project.stepId, attempt: 1, status: 'accepted' } });
    await h.db.project.update({ where: { id: project.projectId }, data: { roadmapRowId: row.rowId } });
  });
  afterAll(async () => h?.close());

  const lastAnswer = () => h.fake.callsOf('answerCallbackQuery').at(-1)!.params.text as string | undefined;

  it('shows the current revision’s first rows with progress and a button to the next page', async () => {
    const [message] = await h.command(reader, '/roadmap');
    expect(message!.text).toContain('Дорожная карта 2026');
    expect(message!.text).toContain('редакция № 2');
    expect(message!.text).toContain('стр. 1 из 3');
    expect(message!.text).toContain('Дистанционные программы');
    expect(message!.text).toContain('<b>1.</b> Курс «Занятие в дистанте» для педагогов дополнительного образования\n🗓 Февраль–апрель 2026 · 👤 РМЦ, методический отдел');
    expect(message!.text).toContain('▰▰▰▰▰▰▰▰▰▰ 100 % · проектов: 1');
    expect(message!.text).toContain('⚠️ срок прошёл · проекты не привязаны');
    expect(message!.text).toContain('🗓 Ежеквартально · 👤');
    expect(message!.text).not.toContain('<b>5.</b>');
    expect(h.buttons(reader)).toEqual([{ text: 'Дальше →', data: `rm:${second}:1` }]);
  });

  it('pages in place with the buttons, back and forth', async () => {
    const [edited] = await h.pressByText(reader, 'Дальше →');
    expect(edited!.method).toBe('editMessageText');
    expect(edited!.text).toContain('стр. 2 из 3');
    expect(edited!.text).toContain('<b>7.</b> Региональный форум наставников');
    expect(h.buttons(reader).map((b) => b.data)).toEqual([`rm:${second}:0`, `rm:${second}:2`]);
    const [back] = await h.pressByText(reader, '← Назад');
    expect(back!.text).toContain('стр. 1 из 3');
  });

  it('shows an earlier revision from its own button, marked as earlier, with a way to the current one', async () => {
    const [old] = await h.press(reader, `rm:${first}:1`);
    expect(old!.text).toContain('редакция № 1');
    expect(old!.text).toContain('Это прежняя редакция');
    // The second quarter dropped the seminar; the first revision still has it.
    expect(old!.text).toContain('Семинар-практикум «Сетевое взаимодействие как ресурс развития»');
    expect(h.buttons(reader).map((b) => b.data)).toContain(`rm:${second}:0`);
  });

  it('answers a page that no longer exists, or forged data, and leaves the message as it was', async () => {
    const sentBefore = h.fake.sent(reader.id).length;
    for (const data of [`rm:${second}:3`, 'rm:999999:0', 'rm:x:0']) {
      const out = await h.press(reader, data);
      expect(out).toEqual([]);
      expect(lastAnswer()).toContain('Этой страницы плана больше нет');
    }
    expect(h.fake.sent(reader.id)).toHaveLength(sentBefore);
  });

  it('asks someone unregistered to register first', async () => {
    expect(texts(await h.command(stranger, '/roadmap')).join('\n')).toContain('Сначала зарегистрируйтесь');
  });

  it('lists /roadmap in the help of everyone registered', async () => {
    expect(texts(await h.command(reader, '/help')).join('\n')).toContain('/roadmap — план мероприятий на год');
  });
});
