// The two locale files: every message defined once (Fluent would silently keep only one of two
// definitions) and the same messages in Russian and English, so no screen falls back to a key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const keysOf = (locale: string): string[] =>
  readFileSync(join(import.meta.dirname, '../../locales', `${locale}.ftl`), 'utf8')
    .split('\n')
    .map((line) => /^([a-zA-Z][\w-]*)\s*=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key));

const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

describe('locales', () => {
  it('defines every message once in each language', () => {
    expect(duplicates(keysOf('ru'))).toEqual([]);
    expect(duplicates(keysOf('en'))).toEqual([]);
  });

  it('has the same messages in Russian and English', () => {
    const ru = new Set(keysOf('ru'));
    const en = new Set(keysOf('en'));
    expect([...ru].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ru.has(k))).toEqual([]);
  });
});
