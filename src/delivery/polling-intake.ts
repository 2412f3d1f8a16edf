// Long polling that stores each batch before confirming it to Telegram: the next getUpdates offset
// moves past an update only after it is safely in the inbox, so a crash loses nothing.
import { GrammyError, HttpError, type Api } from 'grammy';
import type { Logger } from 'pino';
import type { InboundStore } from './inbound-store.ts';

export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member', 'chat_member', 'chat_join_request', 'channel_post'] as const;

export interface PollingOptions {
  timeoutSeconds?: number;
  /** Called after `count` new updates were stored. */
  onStored?: (count: number) => void;
  /** Waited for before each fetch: resolves when the processor can take more (it may be behind). */
  beforePoll?: (signal: AbortSignal) => Promise<void>;
  maxBackoffMs?: number;
}

export class PollingIntake {
  #controller: AbortController | null = null;
  #loop: Promise<void> | null = null;

  constructor(
    private readonly api: Api,
    private readonly store: InboundStore,
    private readonly logger: Logger,
    private readonly options: PollingOptions = {},
  ) {}

  async start(): Promise<void> {
    // A webhook left over from another deployment would make getUpdates fail with 409.
    await this.api.deleteWebhook({ drop_pending_updates: false });
    await this.store.releaseAll();
    const controller = new AbortController();
    this.#controller = controller;
    this.#loop = this.#run(controller.signal);
  }

  async #run(signal: AbortSignal): Promise<void> {
    const last = await this.store.highestUpdateId().catch(() => null);
    let offset = last === null ? undefined : last + 1;
    let backoff = 0;
    while (!signal.aborted) {
      try {
        await this.options.beforePoll?.(signal);
        if (signal.aborted) break;
        const updates = await this.api.getUpdates({ offset, limit: 100, timeout: this.options.timeoutSeconds ?? 25, allowed_updates: [...ALLOWED_UPDATES] }, signal as unknown as Parameters<Api['getUpdates']>[1]);
        if (updates.length) {
          const stored = await this.store.accept(updates);
          offset = updates[updates.length - 1]!.update_id + 1;
          this.options.onStored?.(stored);
        }
        backoff = 0;
      } catch (error) {
        if (signal.aborted) break;
        if (error instanceof GrammyError && error.error_code === 401) {
          this.logger.fatal('Telegram rejected BOT_TOKEN (401 Unauthorized): check the token from @BotFather');
          process.exitCode = 2;
          break;
        }
        backoff = Math.min(Math.max(backoff * 2, 500), this.options.maxBackoffMs ?? 30_000);
        const what = error instanceof GrammyError && error.error_code === 409 ? 'another bot instance is polling (409)' : error instanceof HttpError ? 'Telegram is unreachable' : 'cannot store updates';
        this.logger.warn({ err: error, retryInMs: backoff }, `${what}; retrying`);
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, backoff);
          signal.addEventListener('abort', () => (clearTimeout(timer), resolve(undefined)), { once: true });
        });
      }
    }
  }

  async stop(): Promise<void> {
    this.#controller?.abort();
    await this.#loop;
  }
}
