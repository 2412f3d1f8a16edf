// Remembers, in a marker file per browser, which Chromium this process started, so that a later start
// can end the browsers a killed process left running (each holds hundreds of MB) — found through /proc.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';

/** A process as the kernel knows it: the pid alone is reused, the pid with its start time on this boot is not. */
export interface ProcessIdentity {
  host: string;
  bootId: string;
  pid: number;
  /** Field 22 of /proc/<pid>/stat: clock ticks after boot when the process started. */
  startTicks: string;
}

export interface BrowserMarker {
  owner: ProcessIdentity;
  /** The browser's profile folder: every Chromium process of that browser carries it on its command line. */
  userDataDir: string;
}

export interface LeftoverReport {
  /** Browsers of processes that are gone, found still running and ended. */
  browsers: number;
  /** Their processes (browser, zygotes, renderers, GPU, utilities) that were killed. */
  processes: number;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function statFields(pid: number): string[] | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  // The command name in parentheses may itself contain spaces and parentheses: split after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const bootId = (): string => readText('/proc/sys/kernel/random/boot_id')?.trim() ?? '';

/** Who `pid` is, or null when no such process runs (or it is a zombie: dead, only not yet reaped). */
export function processIdentity(pid: number): ProcessIdentity | null {
  const fields = statFields(pid);
  if (!fields || fields[0] === 'Z' || fields[0] === 'X') return null;
  return { host: hostname(), bootId: bootId(), pid, startTicks: fields[19] ?? '' };
}

export function currentProcess(): ProcessIdentity {
  return processIdentity(process.pid) ?? { host: hostname(), bootId: bootId(), pid: process.pid, startTicks: '' };
}

function sameProcess(a: ProcessIdentity, b: ProcessIdentity | null): boolean {
  return b !== null && a.host === b.host && a.bootId === b.bootId && a.pid === b.pid && a.startTicks === b.startTicks;
}

function markerPath(runDir: string, userDataDir: string): string {
  return join(runDir, `chromium-${basename(userDataDir)}.json`);
}

/** Writes the marker before the browser starts, so that even a kill during the start leaves a trace. */
export function writeMarker(runDir: string, marker: BrowserMarker): string {
  mkdirSync(runDir, { recursive: true });
  const path = markerPath(runDir, marker.userDataDir);
  writeFileSync(path, `${JSON.stringify(marker)}\n`);
  return path;
}

export function removeMarker(path: string): void {
  rmSync(path, { force: true });
}

/**
 * The live processes of the browser whose profile is `userDataDir`. Chromium rewrites its helpers'
 * command lines into one space-separated string, so the argument is looked for as a token either way.
 */
export function browserProcesses(userDataDir: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return []; // not Linux: nothing to look through
  }
  const argument = `--user-data-dir=${userDataDir}`;
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = readText(`/proc/${entry}/cmdline`);
    if (!cmdline || !cmdline.split(/[\0 ]/).includes(argument)) continue;
    const pid = Number(entry);
    if (processIdentity(pid)) pids.push(pid);
  }
  return pids;
}

/** Profiles are made with this prefix; a marker naming any other folder is not acted on (nor deleted). */
export const PROFILE_PREFIX = 'kodo-chromium-';

function readMarker(path: string): BrowserMarker | null {
  try {
    const marker = JSON.parse(readFileSync(path, 'utf8')) as BrowserMarker;
    const ours = typeof marker?.userDataDir === 'string' && isAbsolute(marker.userDataDir) && basename(marker.userDataDir).startsWith(PROFILE_PREFIX);
    return ours && typeof marker.owner?.pid === 'number' ? marker : null;
  } catch {
    return null;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Ends the browsers recorded in `runDir` whose owner process no longer runs on this machine, removes
 * their profiles and markers. Markers of live owners (another instance sharing the folder) and of
 * other machines (a shared volume) are left alone: their browsers are not ours to judge.
 */
export async function endLeftoverBrowsers(runDir: string): Promise<LeftoverReport> {
  const report: LeftoverReport = { browsers: 0, processes: 0 };
  let names: string[];
  try {
    names = readdirSync(runDir).filter((name) => name.startsWith('chromium-') && name.endsWith('.json'));
  } catch {
    return report;
  }
  const host = hostname();
  for (const name of names) {
    const path = join(runDir, name);
    const marker = readMarker(path);
    if (marker && marker.owner.host !== host) continue;
    if (marker && sameProcess(marker.owner, processIdentity(marker.owner.pid))) continue;
    const pids = marker ? browserProcesses(marker.userDataDir) : [];
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    if (pids.length) {
      report.browsers++;
      report.processes += pids.length;
      // SIGKILL is delivered at once but the exit takes a moment; the profile is removed after it.
      for (let i = 0; i < 50 && browserProcesses(marker!.userDataDir).length; i++) await pause(20);
    }
    if (marker) rmSync(marker.userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    removeMarker(path);
  }
  return report;
}
