// The region's municipalities as reference data, from a plain-text file the installation provides (one
// name a line), so that newcomers pick their municipality instead of typing it — typed names are where
// near-duplicates come from. Loaded by `npm run db:seed`; adding is idempotent, nothing is removed.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkOrganisationName } from '../../domain/profile-rules.ts';
import { nameKey } from '../../services/directory.ts';
import type { Db } from '../client.ts';
import { isUniqueViolation } from '../../runtime/unique-violation.ts';

/** Looked for when neither `--municipalities <file>` nor MUNICIPALITIES_FILE names a file. */
export const DEFAULT_MUNICIPALITIES_FILE = './data/municipalities.txt';

export interface MunicipalityList {
  /** Names to have, spaces collapsed, in file order, each once. */
  names: string[];
  /** Lines that name the same municipality as an earlier line (case, spacing, ё/е, quotes aside). */
  duplicates: number;
  /** Lines that cannot be a municipality's name (too long, no letters), with their line numbers. */
  rejected: { line: number; text: string; reason: string }[];
}

/** Reads the file's text: blank lines and `#` comments are skipped, names trimmed and checked. */
export function parseMunicipalityList(text: string): MunicipalityList {
  const list: MunicipalityList = { names: [], duplicates: 0, rejected: [] };
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .forEach((raw, index) => {
      const trimmed = raw.trim();
      if (!trimmed || trimmed.startsWith('#')) return;
      const check = checkOrganisationName(trimmed);
      if (!check.ok) {
        list.rejected.push({ line: index + 1, text: trimmed.slice(0, 80), reason: check.reason });
        return;
      }
      const key = nameKey(check.value);
      if (seen.has(key)) {
        list.duplicates++;
        return;
      }
      seen.add(key);
      list.names.push(check.value);
    });
  return list;
}

export interface MunicipalitySeedResult {
  added: number;
  /** Already there, possibly spelled a little differently (then the stored spelling stays). */
  existing: number;
}

/**
 * Adds the municipalities not yet stored. A name matching a stored one in the directory's sense
 * (case, spacing, ё/е, quotes) is the same municipality — people may already have registered under
 * it. The unique name makes a concurrent run harmless.
 */
export async function seedMunicipalities(db: Db, names: readonly string[]): Promise<MunicipalitySeedResult> {
  const stored = await db.municipality.findMany({ select: { name: true } });
  const known = new Set(stored.map((m) => nameKey(m.name)));
  const result: MunicipalitySeedResult = { added: 0, existing: 0 };
  for (const name of names) {
    const key = nameKey(name);
    if (known.has(key)) {
      result.existing++;
      continue;
    }
    known.add(key);
    // An upsert reads, then inserts: on PostgreSQL a run at the same moment may insert in between,
    // and the unique name then refuses the second insert — the row is there all the same.
    const added = await db.municipality
      .create({ data: { name } })
      .then(() => true)
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) return false;
        throw error;
      });
    if (added) result.added++;
    else result.existing++;
  }
  return result;
}

/**
 * The file to load: `--municipalities <file>` first, then MUNICIPALITIES_FILE, then
 * ./data/municipalities.txt when it exists; null when there is none (nothing to load).
 */
export function municipalitiesFile(argv: readonly string[], env: Record<string, string | undefined> = process.env): string | null {
  const at = argv.indexOf('--municipalities');
  if (at >= 0) {
    const path = argv[at + 1];
    if (!path || path.startsWith('--')) throw new Error('--municipalities needs a file: npm run db:seed -- --municipalities data/municipalities.txt');
    return resolve(path);
  }
  const fromEnv = env.MUNICIPALITIES_FILE?.trim();
  if (fromEnv) return resolve(fromEnv);
  return existsSync(DEFAULT_MUNICIPALITIES_FILE) ? resolve(DEFAULT_MUNICIPALITIES_FILE) : null;
}

export async function loadMunicipalitiesFile(db: Db, path: string): Promise<MunicipalitySeedResult & Omit<MunicipalityList, 'names'>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the municipalities file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const list = parseMunicipalityList(text);
  const result = await seedMunicipalities(db, list.names);
  return { ...result, duplicates: list.duplicates, rejected: list.rejected };
}
