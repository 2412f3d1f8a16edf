// Where Debian's Chromium is and how to start it here: headless, offline, no sandbox, no profile reuse.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** CHROMIUM_PATH overrides the Debian location (another distribution, or a test of a missing browser). */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export function chromiumInstalled(path = chromiumPath()): boolean {
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
