// The renderer's Chromium dies with the process that started it, even by SIGKILL, and a start ends the
// browsers a killed process of the old kind left running — checked with real processes in /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { browserProcesses } from '../../src/render/browser-markers.ts';
import { PdfRenderer } from '../../src/render/pdf-renderer.ts';
import { describeWithChromium } from '../helpers/chromium.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'render-then-wait.ts');

interface Rendered {
  child: ChildProcess;
  bytes: number;
  browserPid: number;
  userDataDir: string;
}

const children: ChildProcess[] = [];

/** Starts a process that renders a PDF and waits; resolves once the PDF is made. */
function startRenderingProcess(runDir: string, env: Record<string, string> = {}): Promise<Rendered> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: { ...process.env, RUN_DIR: runDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const end = out.indexOf('\n');
      if (end >= 0) resolve({ child, ...(JSON.parse(out.slice(0, end)) as Omit<Rendered, 'child'>) });
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code, signal) => reject(new Error(`the rendering process ended (${code ?? signal}) before rendering: ${err}`)));
  });
}

function killAndWait(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Polls /proc until the browser's processes are gone or a generous limit passes; returns what is left. */
async function processesLeft(userDataDir: string, limitMs = 10_000): Promise<number[]> {
  const until = Date.now() + limitMs;
  let left = browserProcesses(userDataDir);
  while (left.length && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = browserProcesses(userDataDir);
  }
  return left;
}

describeWithChromium('Chromium lives no longer than the process that started it', () => {
  let runDir: string;

  beforeAll(() => {
    runDir = mkdtempSync(join(tmpdir(), 'kodo-run-'));
  });

  afterEach(async () => {
    for (const child of children.splice(0)) await killAndWait(child);
    // Whatever a failed test left running is ended here, not left on the machine.
    await endLeftoversIn(runDir);
  });

  afterAll(() => {
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  });

  it('leaves no Chromium process behind when the rendering process is killed with SIGKILL', async () => {
    const rendered = await startRenderingProcess(runDir);
    expect(rendered.bytes).toBeGreaterThan(1_000);
    expect(rendered.userDataDir).toBeTruthy();
    // Browser, zygotes, renderer, GPU and utility processes were all running.
    expect(browserProcesses(rendered.userDataDir).length).toBeGreaterThanOrEqual(3);
    expect(browserProcesses(rendered.userDataDir)).toContain(rendered.browserPid);

    await killAndWait(rendered.child);

    expect(await processesLeft(rendered.userDataDir)).toEqual([]);
  }, 120_000);

  it('ends, at the next start, the browsers a killed process left running, and leaves a live one’s alone', async () => {
    // The old way of starting Chromium: it outlives its parent.
    const [crashed, alive] = await Promise.all([startRenderingProcess(runDir, { DIE_WITH_PROCESS: 'no' }), startRenderingProcess(runDir, { DIE_WITH_PROCESS: 'no' })]);
    await killAndWait(crashed.child);
    // Seen to outlive it (what the clean-up is for).
    expect(await processesLeft(crashed.userDataDir, 1_000)).not.toEqual([]);

    const report = await new PdfRenderer({ runDir }).endLeftovers();

    expect(report.browsers).toBe(1);
    expect(report.processes).toBeGreaterThanOrEqual(3);
    expect(await processesLeft(crashed.userDataDir)).toEqual([]);
    expect(existsSync(crashed.userDataDir)).toBe(false);
    // The running process's browser and its marker are untouched.
    expect(browserProcesses(alive.userDataDir)).toContain(alive.browserPid);
    expect(readdirSync(runDir)).toHaveLength(1);
  }, 120_000);
});

async function endLeftoversIn(runDir: string): Promise<void> {
  await new PdfRenderer({ runDir }).endLeftovers();
}
