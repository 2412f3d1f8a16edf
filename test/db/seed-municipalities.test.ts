// The region's municipalities as reference data: the file is read forgivingly (spaces, blanks, comments,
// repeats), loading twice adds nothing, stored spellings win, and registration then offers them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMunicipalitiesFile, municipalitiesFile, parseMunicipalityList, seedMunicipalities } from '../../src/db/seed/municipalities.ts';
import { createHarness, texts } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseProviders } from '../helpers/db.ts';
import { makeUser } from '../helpers/updates.ts';

const EXAMPLE = join(import.meta.dirname, '../../src/db/seed/municipalities-krasnoyarsk-krai.txt');

describe('reading a municipalities file', () => {
  it('trims names, collapses spaces, skips blank lines, comments and repeats in another case or ё/е', () => {
    const list = parseMunicipalityList(
      '\uFEFF# Городские округа\r\n  Красноярск  \r\n\r\nАчинск\n   \nКРАСНОЯРСК\nНовосёловский   район\nновоселовский район\n\t# отступ перед комментарием\nАчинск\n',
    );
    expect(list.names).toEqual(['Красноярск', 'Ачинск', 'Новосёловский район']);
    expect(list.duplicates).toBe(3);
    expect(list.rejected).toEqual([]);
  });

  it('skips lines that cannot be a name, saying which', () => {
    const list = parseMunicipalityList(`Канск\n12\n${'Очень длинное название '.repeat(10)}\nМинусинск`);
    expect(list.names).toEqual(['Канск', 'Минусинск']);
    expect(list.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'too-short'],
      [3, 'too-long'],
    ]);
  });

  it('takes the file from --municipalities, else MUNICIPALITIES_FILE, else ./data/municipalities.txt if present', () => {
    expect(municipalitiesFile(['--demo', '--municipalities', 'regions/krai.txt'], { MUNICIPALITIES_FILE: 'other.txt' })).toBe(resolve('regions/krai.txt'));
    expect(municipalitiesFile([], { MUNICIPALITIES_FILE: ' other.txt ' })).toBe(resolve('other.txt'));
    expect(() => municipalitiesFile(['--municipalities'], {})).toThrow(/needs a file/);
    expect(() => municipalitiesFile(['--municipalities', '--demo'], {})).toThrow(/needs a file/);
  });

  it('ships an example for Krasnoyarsk Krai with every line a name', () => {
    const list = parseMunicipalityList(readExample());
    expect(list.rejected).toEqual([]);
    expect(list.duplicates).toBe(0);
    expect(list.names).toContain('Красноярск');
    expect(list.names).toContain('Таймырский Долгано-Ненецкий район');
    expect(list.names.length).toBeGreaterThanOrEqual(60);
  });
});

function readExample(): string {
  return readFileSync(EXAMPLE, 'utf8');
}

describe.each(databaseProviders)('loading municipalities on %s', (provider) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kodo-municipalities-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds each municipality once however often it runs, and keeps a spelling already stored', async () => {
    const database = await createTestDatabase(provider);
    try {
      const db = database.db;
      // Someone registered before the list was loaded and typed it their way.
      await db.municipality.create({ data: { name: 'красноярск' } });
      const first = await loadMunicipalitiesFile(db, EXAMPLE);
      const expected = parseMunicipalityList(readExample()).names.length;
      expect(first).toMatchObject({ added: expected - 1, existing: 1, duplicates: 0, rejected: [] });
      const again = await loadMunicipalitiesFile(db, EXAMPLE);
      expect(again).toMatchObject({ added: 0, existing: expected });
      expect(await db.municipality.count()).toBe(expected);
      expect(await db.municipality.count({ where: { name: { in: ['Красноярск', 'красноярск'] } } })).toBe(1);

      // A second file with repeats and a new name adds just the new one.
      const more = join(dir, `${provider}.txt`);
      writeFileSync(more, '  Ачинск \n\nАЧИНСК\nНовый посёлок\n');
      expect(await loadMunicipalitiesFile(db, more)).toMatchObject({ added: 1, existing: 1, duplicates: 1 });
      // Two loads at once: the unique name keeps one row.
      await Promise.all([seedMunicipalities(db, ['Посёлок у реки']), seedMunicipalities(db, ['Посёлок у реки'])]);
      expect(await db.municipality.count({ where: { name: 'Посёлок у реки' } })).toBe(1);
      await expect(loadMunicipalitiesFile(db, join(dir, 'missing.txt'))).rejects.toThrow(/cannot read the municipalities file .*ENOENT/);
    } finally {
      await database.drop();
    }
  }, 60_000);

  it('lets a newcomer pick a loaded municipality, and a typed variant finds it instead of adding another', async () => {
    const h = await createHarness(provider);
    try {
      await loadMunicipalitiesFile(h.db, EXAMPLE);
      const olga = makeUser(931);
      await h.command(olga, '/start');
      expect(texts(await h.say(olga, 'Кедрова Ольга Ивановна')).at(-1)).toContain('Выберите ваш муниципалитет');
      expect(h.buttons(olga).map((b) => b.text)).toContain('Абанский район');
      const before = await h.db.municipality.count();
      // Typed without ё and in lower case: the stored «Новосёловский район» is taken.
      expect(texts(await h.say(olga, 'новоселовский район')).at(-1)).toContain('Шаг 3 из 5.');
      expect(await h.db.municipality.count()).toBe(before);
    } finally {
      await h.close();
    }
  }, 60_000);
});
