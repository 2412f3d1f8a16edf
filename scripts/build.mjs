// Compiles the bot to plain JavaScript in dist/ (`npm start` runs it before `node dist/main.js`).
// Running the sources through tsx keeps the transformed code and source maps in memory, about
// 50 MB more per process. One esbuild bundle of src/ takes well under a second, so it runs on every
// start. node_modules stay imports; each generated Prisma client gets its own chunk, loaded only
// when its provider is in use (see src/db/client.ts).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultOutdir = join(root, 'dist');

/** The nearest directory at or above `start` that holds a package.json (as src/paths.ts finds it). */
function nearestPackageDir(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * Bundles src/main.ts — plus `entryPoints` (name → path relative to the project), e.g.
 * `{ 'catalogue-worker': 'bench/catalogue-worker.ts' }` — into `outdir` (default dist/), one
 * `<name>.js` per entry point and shared code in `chunks/`.
 *
 * The bundle finds locales/, templates/ and prisma/ through the nearest package.json above it, so
 * `outdir` must lie inside the project (and not under a package.json of its own).
 */
export async function buildApp(options = {}) {
  const { entryPoints = {}, outdir = defaultOutdir, sourcemap = 'linked', logLevel = 'warning' } = options;
  const out = resolve(root, outdir);
  if (resolve(nearestPackageDir(out) ?? '/') !== resolve(root)) {
    throw new Error(`buildApp: outdir ${out} must be inside ${root}: the bundle finds its files through the project's package.json`);
  }
  return build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts', ...entryPoints },
    outdir: out,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // A map beside each file for `node --enable-source-maps dist/main.js`; plain node ignores it.
    sourcemap,
    sourcesContent: false,
    logLevel,
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await buildApp();
  } catch (error) {
    // esbuild has already printed what failed and where.
    if (!error?.errors?.length) console.error(error instanceof Error ? error.message : error);
    console.error(`build of ${relative(process.cwd(), defaultOutdir) || 'dist'} failed`);
    process.exit(1);
  }
}
