// Files read at run time are found from the sources and from the bundle that `npm start` builds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectRoot, projectPath, projectRoot } from '../../src/paths.ts';
import { localesDir } from '../../src/bot/i18n.ts';
import { templatesDir } from '../../src/render/template.ts';
import { migrationsDir } from '../../src/db/migrate.ts';
import { buildApp } from '../../scripts/build.mjs';

const root = join(import.meta.dirname, '../..');

function underAPackage(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return true;
    if (dirname(d) === d) return false;
  }
}

describe('project paths', () => {
  it('finds the project from the sources', () => {
    expect(projectRoot).toBe(root);
    expect(projectPath('locales', 'ru.ftl')).toBe(join(root, 'locales', 'ru.ftl'));
    expect(existsSync(localesDir)).toBe(true);
    expect(existsSync(join(templatesDir, 'certificate.html'))).toBe(true);
    expect(existsSync(join(migrationsDir('sqlite'), 'migration_lock.toml'))).toBe(true);
  });

  it('stops at the nearest package.json above a directory', () => {
    const base = mkdtempSync(join(tmpdir(), 'kodo-paths-'));
    try {
      const deep = join(base, 'app', 'dist', 'chunks');
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(base, 'app', 'package.json'), '{}');
      expect(findProjectRoot(deep)).toBe(join(base, 'app'));
      expect(findProjectRoot(join(base, 'app'))).toBe(join(base, 'app'));
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it.skipIf(underAPackage(tmpdir()))('says so when there is no package.json above', () => {
    const base = mkdtempSync(join(tmpdir(), 'kodo-paths-'));
    try {
      expect(() => findProjectRoot(base)).toThrow(/no package\.json/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('finds locales, templates and migrations from the bundle too', async () => {
    mkdirSync(join(root, 'dist'), { recursive: true });
    const outdir = mkdtempSync(join(root, 'dist', 'paths-test-'));
    try {
      const probe = join(outdir, 'probe.ts');
      writeFileSync(
        probe,
        [
          `import { localesDir } from ${JSON.stringify(join(root, 'src/bot/i18n.ts'))};`,
          `import { templatesDir } from ${JSON.stringify(join(root, 'src/render/template.ts'))};`,
          `import { migrationsDir } from ${JSON.stringify(join(root, 'src/db/migrate.ts'))};`,
          `console.log(JSON.stringify({ localesDir, templatesDir, migrations: migrationsDir('postgresql') }));`,
        ].join('\n'),
      );
      await buildApp({ entryPoints: { 'nested/probe': probe }, outdir });
      expect(existsSync(join(outdir, 'main.js'))).toBe(true);
      const printed = JSON.parse(execFileSync(process.execPath, [join(outdir, 'nested', 'probe.js')], { encoding: 'utf8' }));
      expect(printed).toEqual({ localesDir, templatesDir, migrations: migrationsDir('postgresql') });
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('refuses to build outside the project, where the bundle could not find its files', async () => {
    await expect(buildApp({ outdir: join(tmpdir(), 'kodo-dist') })).rejects.toThrow(/must be inside/);
  });
});
