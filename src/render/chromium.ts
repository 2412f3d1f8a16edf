// Where Debian's Chromium is and how to start it here: headless, offline, no sandbox, no profile reuse.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** CHROMIUM_PATH overrides the Debian location (another distribution, or a test of a missing browser). */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export function chromiumInstalled(path = chromiumPath()): boolean {
  return isExecutable(path);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// The sandbox cannot start as root (as in CI and containers); the pages here run no scripts and
// load nothing, which is what the sandbox would otherwise contain. The rest keep Chromium from
// trying the network at start.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--mute-audio',
];

const SETPRIV_PLACES = ['/usr/bin/setpriv', '/bin/setpriv'];

/**
 * util-linux's `setpriv` (essential on Debian), which can start a program with PR_SET_PDEATHSIG: the
 * kernel then kills the browser when the process that started it dies — even by SIGKILL, when no
 * exit handler of ours runs. Puppeteer starts Chromium in a process group of its own, so without
 * this a killed bot left every Chromium process running. Null where there is no setpriv.
 */
export function parentDeathWrapper(places = SETPRIV_PLACES): string | null {
  return places.find((path) => isExecutable(path)) ?? null;
}

/**
 * The command that starts `executable` with `args` so that it dies with this process. The browser
 * process keeps the pid (setpriv and Debian's launcher script exec), and its helpers end when it does.
 */
export function diesWithParent(wrapper: string, executable: string, args: string[]): { command: string; args: string[] } {
  return { command: wrapper, args: ['--pdeathsig', 'KILL', '--', executable, ...args] };
}
