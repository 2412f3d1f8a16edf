// Renders pending certificates in the background, outside any update handler: the database rows are
// the queue, failures are retried with backoff (nothing is lost), finished PDFs go out via the outbox.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { Lease } from '../runtime/lease.ts';
import { LeaderLoop } from '../runtime/leader-loop.ts';
import { certificateHtml } from '../render/certificate-html.ts';
import { printText } from '../render/print-text.ts';
import type { PdfRenderer } from '../render/pdf-renderer.ts';
import type { CertificateService } from './certificates.ts';
import type { Clock } from '../runtime/clock.ts';
import type { Db } from '../db/client.ts';

export interface CertificateWorkerOptions {
  instanceId: string;
  timeZone: string;
  /** Pause between looks at the queue when nothing is due. */
  idleMs?: number;
  /** Certificates in flight at once (they queue for the renderer's tabs). */
  batch?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface WorkerRound {
  rendered: number;
  failed: number;
  /** Pending certificates left waiting for their backoff to pass. */
  deferred: number;
}

export class CertificateWorker {
  readonly #loop: LeaderLoop;
  /** Earliest next attempt per certificate after a failure (a restart simply tries at once). */
  readonly #notBefore = new Map<number, number>();

  constructor(
    db: Db,
    private readonly certificates: CertificateService,
    private readonly renderer: PdfRenderer,
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly options: CertificateWorkerOptions,
  ) {
    this.#loop = new LeaderLoop({
      lease: new Lease(db, 'certificate-renderer', options.instanceId, 60_000),
      clock,
      logger,
      name: 'certificates',
      renewEveryMs: 20_000,
      followerPauseMs: 5_000,
      errorPauseMs: 3_000,
      round: async () => ((await this.runOnce()).rendered > 0 ? 0 : (this.options.idleMs ?? 1_000)),
    });
  }

  start(): void {
    this.certificates.onQueued = () => this.wake();
    this.#loop.start();
  }

  wake(): void {
    this.#loop.wake();
  }

  async stop(): Promise<void> {
    if (this.certificates.onQueued) this.certificates.onQueued = null;
    await this.#loop.stop();
  }

  backoffMs(tries: number): number {
    const base = this.options.baseBackoffMs ?? 5_000;
    return Math.min(base * 2 ** Math.max(0, tries - 1), this.options.maxBackoffMs ?? 5 * 60_000);
  }

  /**
   * One round over the due certificates; tests and the loop call it. Certificates still waiting out
   * a backoff are left out of the query, so a few failing ones never hold up the rest.
   */
  async runOnce(): Promise<WorkerRound> {
    await this.certificates.markDelivered();
    // Two certificates per tab keep every tab busy while the others do their database work.
    const concurrency = this.options.batch ?? 4;
    const nowMs = this.clock.now().getTime();
    const waiting: number[] = [];
    for (const [id, at] of this.#notBefore) if (at > nowMs) waiting.push(id);
    const queue = await this.certificates.pending(concurrency * 4, waiting.slice(0, 1_000));
    let rendered = 0;
    let failed = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const result = await this.#renderOne(next.id);
          if (result === 'rendered') rendered++;
          else if (result === 'failed') failed++;
        }
      }),
    );
    return { rendered, failed, deferred: waiting.length };
  }

  async #renderOne(id: number): Promise<'rendered' | 'skipped' | 'failed'> {
    const record = await this.certificates.byId(id);
    if (!record || record.revokedAt) return 'skipped';
    try {
      // Printed in the holder's language, like the caption it is sent with.
      const html = await certificateHtml(record, this.certificates.publicUrl, this.options.timeZone, printText(record.locale));
      const pdf = await this.renderer.render(html, { landscape: true });
      const path = this.certificates.filePath(record.code);
      mkdirSync(this.certificates.dir, { recursive: true });
      // Written aside and renamed, so a crash never leaves a half file for the outbox to send.
      const partial = `${path}.${process.pid}.part`;
      writeFileSync(partial, pdf);
      renameSync(partial, path);
      await this.certificates.rendered(record);
      this.#notBefore.delete(id);
      return 'rendered';
    } catch (error) {
      const tries = await this.certificates.renderFailed(id);
      const delay = this.backoffMs(tries);
      this.#notBefore.set(id, this.clock.now().getTime() + delay);
      this.logger.warn({ err: error, certificateId: id, tries, retryInMs: delay }, 'certificate rendering failed; queued for a retry');
      return 'failed';
    }
  }
}
