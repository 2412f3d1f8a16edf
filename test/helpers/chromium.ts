// Tests that need Debian's Chromium (and pdftotext): skipped with a notice on a machine without them,
// run — and so fail — in CI, where .ci/run installs both.
import { execFileSync } from 'node:child_process';
import { describe } from 'vitest';
import { chromiumInstalled, chromiumPath } from '../../src/render/chromium.ts';

const inCi = process.env.CI === 'true' || process.env.CI === '1';

function pdftotextInstalled(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const chromiumReady = chromiumInstalled() && pdftotextInstalled();

if (!chromiumReady && !inCi) {
  console.warn(`\n⚠ Chromium (${chromiumPath()}) or pdftotext is missing: PDF and browser tests are SKIPPED (they fail in CI). Install: apt-get install -y chromium poppler-utils\n`);
}

/** `describe` when Chromium can run here (always in CI), otherwise a visibly skipped block. */
export const describeWithChromium: typeof describe = chromiumReady || inCi ? describe : (describe.skip as typeof describe);

/** The text of a PDF, as pdftotext reads it (layout kept, so words stay in reading order). */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 16 * 1024 * 1024 }).toString('utf8');
}
