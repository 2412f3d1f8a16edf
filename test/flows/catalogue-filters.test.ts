// The catalogue's filters by project kind and level, and the legend of direction marks on the
// filter screen, as a teacher uses them (buttons carry the state; old buttons still decode).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, texts, type Harness } from '../helpers/bot-harness.ts';
import { databaseProviders } from '../helpers/db.ts';
import { createPerson } from '../helpers/grading-fixtures.ts';
import { makeUser } from '../helpers/updates.ts';

const local = (day: string) => new Date(`${day}T00:00:00+07:00`);

describe.each(databaseProviders)('catalogue filters by kind and level on %s', (provider) => {
  let h: Harness;
  const teacher = makeUser(7301);

  async function project(title: string, kind: string, level: string, directions: string[]) {
    const rows = await h.db.direction.findMany({ where: { code: { in: directions } } });
    await h.db.project.create({
      data: {
        title, summary: 'Кратко', kind, level, status: 'running', startsOn: local('2026-11-01'), endsOn: local('2026-12-20'),
        directions: { create: rows.map((d) => ({ directionId: d.id })) },
      },
    });
  }

  beforeEach(async () => {
    h = await createHarness(provider);
    await createPerson(h.db, { telegramId: teacher.id, fullName: 'Педагог Тестовый' });
    await project('Тиражируем клубы', 'replicate', 'municipal', ['network']);
    await project('Учим дистанту', 'train', 'regional', ['distance', 'ovz']);
    await project('Учим наставников', 'train', 'municipal', ['mentoring']);
    await project('Делаем конструктор', 'build', 'regional', []);
  });
  afterEach(async () => h.close());

  const listed = (text: string) => ['Тиражируем клубы', 'Учим дистанту', 'Учим наставников', 'Делаем конструктор'].filter((t) => text.includes(t));

  it('narrows the list by kind and by level, shows the legend, and keeps the choice while paging back', async () => {
    const all = texts(await h.command(teacher, '/projects')).join('\n');
    expect(listed(all)).toHaveLength(4);
    // Each line carries its directions' marks, explained by the legend.
    expect(all).toMatch(/Учим дистанту — [^\n]*♿💻/);

    const screen = texts(await h.pressByText(teacher, 'Вид и уровень')).join('\n');
    expect(screen).toContain('<b>Условные обозначения</b> (направленности):');
    expect(screen).toContain('💻 Дистанционные программы');
    expect(screen).toContain('♿ ОВЗ');
    expect(screen).toContain('🎓 Наставничество');
    for (const data of h.buttons(teacher).map((b) => b.data)) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);

    await h.pressByText(teacher, 'Обучение кадров');
    expect(h.buttons(teacher).map((b) => b.text)).toContain('✅ Обучение кадров');
    const trained = texts(await h.pressByText(teacher, 'Показать проекты')).join('\n');
    expect(listed(trained)).toEqual(['Учим дистанту', 'Учим наставников']);
    expect(trained).toContain('Вид: Обучение кадров · уровень: все');
    expect(h.buttons(teacher).map((b) => b.text)).toContain('✅ Вид и уровень');

    await h.pressByText(teacher, '✅ Вид и уровень');
    await h.pressByText(teacher, 'Муниципальный');
    const municipalTraining = texts(await h.pressByText(teacher, 'Показать проекты')).join('\n');
    expect(listed(municipalTraining)).toEqual(['Учим наставников']);
    expect(municipalTraining).toContain('Вид: Обучение кадров · уровень: Муниципальный');

    // The other filters keep the kind and level: «Все» status still shows only municipal training.
    expect(listed(texts(await h.pressByText(teacher, /^(• )?Все$/)).join('\n'))).toEqual(['Учим наставников']);

    await h.pressByText(teacher, '✅ Вид и уровень');
    await h.pressByText(teacher, 'Все виды');
    await h.pressByText(teacher, 'Региональный');
    expect(listed(texts(await h.pressByText(teacher, 'Показать проекты')).join('\n'))).toEqual(['Учим дистанту', 'Делаем конструктор']);
  });

  it('reads a button from before the kind and level filters as "every kind" and refuses a forged one', async () => {
    // A list button as messages before this change carried it: no kind and level digits.
    const old = texts(await h.press(teacher, 'cat:l:0.0.o0.0')).join('\n');
    expect(listed(old)).toHaveLength(4);
    await h.press(teacher, 'cat:l:0.0.o059.0');
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
    await h.press(teacher, 'cat:k:-');
    expect(h.fake.callsOf('answerCallbackQuery').at(-1)?.params.text).toBe('Эта кнопка устарела. Продолжим с последнего сообщения.');
  });
});
