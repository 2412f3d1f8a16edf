// Run by the sending instance every second or so: starts scheduled broadcasts whose time has come,
// edits each moderator's status message in place (at most every few seconds, within the limits)
// and finishes a broadcast once nothing is left to send.
import { GrammyError, type Api } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import type { Logger } from 'pino';
import type { MessageRenderer } from '../messages/index.ts';
import { statusText, type BroadcastState } from '../messages/broadcast-status.ts';
import type { BroadcastService, BroadcastView } from '../services/broadcasts.ts';

export interface MonitorOptions {
  /** Least time between two edits of one status message. */
  editEveryMs?: number;
  /** Waits for the sender's limiter to let one more message go to the chat (false: not soon). */
  takeSlot: (chatId: bigint) => Promise<(() => void) | null>;
}

/** The status message's buttons for each state (callback data as the news feature reads it). */
export function controlButtons(t: (key: string) => string, id: number, state: BroadcastState): InlineKeyboardButton[][] {
  if (state === 'sending') return [[{ text: t('broadcast-btn-pause'), callback_data: `bc:pause:${id}` }, { text: t('broadcast-btn-cancel'), callback_data: `bc:cx:${id}` }]];
  if (state === 'paused') return [[{ text: t('broadcast-btn-resume'), callback_data: `bc:resume:${id}` }, { text: t('broadcast-btn-cancel'), callback_data: `bc:cx:${id}` }]];
  if (state === 'scheduled') return [[{ text: t('broadcast-btn-cancel'), callback_data: `bc:cx:${id}` }]];
  return [];
}

export class BroadcastMonitor {
  readonly #editEveryMs: number;

  constructor(
    private readonly broadcasts: BroadcastService,
    private readonly messages: MessageRenderer,
    private readonly api: Api,
    private readonly logger: Logger,
    private readonly options: MonitorOptions,
  ) {
    this.#editEveryMs = options.editEveryMs ?? 4_000;
  }

  async tick(now: Date): Promise<void> {
    await this.broadcasts.startDue(now);
    for (const b of await this.broadcasts.watched()) {
      if (b.status === 'scheduled') continue;
      const counts = await this.broadcasts.counts(b.id, b.total);
      if (b.status === 'sending' && (await this.broadcasts.finishIfDone(b.id, counts, now))) b.status = 'done';
      const finished = b.status === 'done' || b.status === 'cancelled';
      const due = finished || !b.progressAt || now.getTime() - b.progressAt.getTime() >= this.#editEveryMs;
      if (!due || !b.statusChatId || !b.statusMessageId) continue;
      if (await this.#edit(b, b.status as BroadcastState, counts)) await this.broadcasts.markShown(b.id, now);
    }
  }

  /** False when the limits left no room for the edit this time. */
  async #edit(b: BroadcastView, state: BroadcastState, counts: Awaited<ReturnType<BroadcastService['counts']>>): Promise<boolean> {
    const author = b.createdById ? await this.#locale(b.statusChatId!) : null;
    const ctx = this.messages.context(this.messages.audience(author));
    const text = statusText(ctx.t, ctx.locale, b.title, state, counts);
    // The slot is taken last, so the edit leaves at the moment the limiter counted it.
    const answered = await this.options.takeSlot(b.statusChatId!);
    if (!answered) return false;
    try {
      await this.api.editMessageText(Number(b.statusChatId), b.statusMessageId!, text, { parse_mode: 'HTML', reply_markup: { inline_keyboard: controlButtons(ctx.t, b.id, state) } });
    } catch (error) {
      // Unchanged numbers, or the moderator deleted the message: the broadcast goes on regardless.
      if (!(error instanceof GrammyError)) throw error;
      if (!error.description.includes('not modified')) this.logger.warn({ err: error, broadcast: b.id }, 'broadcast status message not updated');
    } finally {
      answered();
    }
    return true;
  }

  readonly #locales = new Map<string, string | null>();
  async #locale(chatId: bigint): Promise<string | null> {
    const key = String(chatId);
    if (!this.#locales.has(key)) this.#locales.set(key, (await this.broadcasts.localeOf(chatId)) ?? null);
    return this.#locales.get(key)!;
  }
}
