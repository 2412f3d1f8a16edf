// Where the files read at run time live (locales/, templates/, prisma/), from the TypeScript
// sources and from the bundle in dist/ alike: both sit somewhere below the project's package.json,
// at different depths, so paths are taken from the project root rather than from the module.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest directory at or above `start` that holds a package.json. */
export function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json in ${start} or any directory above it`);
    dir = parent;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: `projectPath('prisma', 'sqlite', 'migrations')`. */
export function projectPath(...parts: string[]): string {
  return join(projectRoot, ...parts);
}
