// Types for scripts/build.mjs, for the TypeScript that imports it (tests, benchmarks).
import type { BuildResult } from 'esbuild';

export const root: string;
export const defaultOutdir: string;

export interface BuildAppOptions {
  /** Entry points besides src/main.ts: output name → source path (relative to the project or absolute). */
  entryPoints?: Record<string, string>;
  /** Where the bundle goes (default dist/); must be inside the project. */
  outdir?: string;
  /** esbuild's `sourcemap` (default 'linked': a .map file beside each output). */
  sourcemap?: boolean | 'linked' | 'inline' | 'external' | 'both';
  /** esbuild's `logLevel` (default 'warning'). */
  logLevel?: 'verbose' | 'debug' | 'info' | 'warning' | 'error' | 'silent';
}

export function buildApp(options?: BuildAppOptions): Promise<BuildResult>;
