// The submission conversation: each checklist item in turn (document, photo, link or text), a
// summary where any item can be replaced, then «Отправить на проверку». Every item is stored in the
// draft as it arrives, so neither a restart nor /cancel loses anything.
import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Composer, type Middleware } from 'grammy';
import type { Message } from 'grammy/types';
import { formatDay, type Locale } from '../../domain/dates.ts';
import {
  ACCEPTED_FORMATS_TEXT,
  formatFileSize,
  LINK_MAX,
  progressOf,
  TEXT_ITEM_MAX,
  type ItemRefusal,
  type Offer,
} from '../../domain/submission-rules.ts';
import type { DraftItem, DraftView, SubmissionService } from '../../services/submissions.ts';
import { ServiceError } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { Cancelled, commandOf, isOwnPrompt, refuse, showPrompt, type Prompt } from './ask.ts';
import { truncate } from '../../domain/text.ts';

export const SUBMISSION = 'submission';
/** Callback data of this conversation's own buttons (the step card's entry button is `submit:<stepId>`). */
export const PREFIX = 'subm:';

const TITLE_IN_BUTTON = 28;
const PREVIEW_MAX = 60;

export interface SubmissionConversationDeps {
  submissions: SubmissionService;
  timeZone: string;
  plugins: Middleware<ConvContext>[];
}

/** A service outcome that survives the conversation's storage (ServiceError itself would not). */
type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; vars: Record<string, string | number> };

async function outcome<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ServiceError) return { ok: false, code: error.code, vars: error.vars };
    throw error;
  }
}

type Translator = { t(key: string, vars?: Record<string, string | number>): string };

/** A service refusal in words: dates in the region's calendar, names escaped for HTML. */
export function refusalText(ctx: Translator, locale: Locale, timeZone: string, code: string, vars: Record<string, string | number>): string {
  const v: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(vars)) {
    if ((key === 'from' || key === 'to') && typeof value === 'string') v[key] = formatDay(new Date(value), locale, timeZone);
    else v[key] = typeof value === 'string' ? escapeHtml(value) : value;
  }
  return ctx.t(code, v);
}


/** What the person sent, read as something an item could take, or the kind of wrong input it is. */
function offerOf(message: Message): Offer | { bad: 'sticker' | 'voice' | 'video' | 'other' } {
  if (message.sticker) return { bad: 'sticker' };
  if (message.voice || message.audio || message.video_note) return { bad: 'voice' };
  // An animation message carries a `document` too: it is a video to the person, so say so.
  if (message.video || message.animation) return { bad: 'video' };
  if (message.document) {
    const d = message.document;
    if (d.mime_type?.startsWith('video/')) return { bad: 'video' };
    if (d.mime_type?.startsWith('audio/')) return { bad: 'voice' };
    return { type: 'document', fileId: d.file_id, fileUniqueId: d.file_unique_id, fileName: d.file_name ?? null, mimeType: d.mime_type ?? null, fileSize: d.file_size ?? null };
  }
  if (message.photo?.length) {
    const largest = message.photo.at(-1)!;
    return { type: 'photo', fileId: largest.file_id, fileUniqueId: largest.file_unique_id, fileSize: largest.file_size ?? null };
  }
  if (message.text !== undefined) return { type: 'text', text: message.text };
  return { bad: 'other' };
}

function refusalMessage(ctx: ConvContext, reason: ItemRefusal): string {
  return ctx.t(`submission-bad-${reason}`, { formats: ACCEPTED_FORMATS_TEXT, max: reason === 'link-too-long' ? LINK_MAX : TEXT_ITEM_MAX });
}

function acceptsLine(ctx: ConvContext, item: DraftItem): string {
  return ctx.t(`submission-accepts-${item.accepts}`, { formats: ACCEPTED_FORMATS_TEXT, max: TEXT_ITEM_MAX });
}

/** One line of the summary for what was handed in. */
function describeFilled(ctx: ConvContext, locale: Locale, item: DraftItem): string {
  const f = item.filled!;
  const size = f.fileSize != null ? ` (${formatFileSize(f.fileSize, locale)})` : '';
  let what: string;
  if (f.kind === 'document') what = ctx.t('submission-what-document', { name: escapeHtml(truncate(f.fileName ?? ctx.t('submission-kind-document'), PREVIEW_MAX)) }) + size;
  else if (f.kind === 'photo') what = ctx.t('submission-what-photo') + size;
  else if (f.kind === 'link') what = ctx.t('submission-what-link', { url: escapeHtml(truncate(f.url ?? '', PREVIEW_MAX)) });
  else what = ctx.t('submission-what-text', { text: escapeHtml(truncate((f.text ?? '').replace(/\s+/g, ' '), PREVIEW_MAX)) });
  return f.carriedFromAttempt !== null ? `${what} — <i>${ctx.t('submission-summary-carried', { attempt: f.carriedFromAttempt })}</i>` : what;
}

function summaryPrompt(ctx: ConvContext, locale: Locale, view: DraftView, notice: string | null): Prompt {
  const lines = view.items.map((item) => {
    const title = escapeHtml(item.title);
    if (item.filled) return `${item.filled.carriedFromAttempt !== null ? '↪️' : '✅'} ${item.position}. ${title} — ${describeFilled(ctx, locale, item)}`;
    return `${item.required ? '❌' : '➖'} ${item.position}. ${title} — ${ctx.t(item.required ? 'submission-summary-missing' : 'submission-summary-skipped')}`;
  });
  const complete = view.items.every((i) => i.filled || !i.required);
  const text = [
    ...(notice ? [notice, ''] : []),
    ctx.t('submission-summary-head', { step: escapeHtml(view.stepTitle), project: escapeHtml(view.projectTitle), attempt: view.attempt }),
    '',
    ...lines,
    '',
    ctx.t(complete ? 'submission-summary-ready' : 'submission-summary-incomplete'),
  ].join('\n');
  const keyboard = new InlineKeyboard();
  for (const item of view.items) {
    const key = item.filled ? 'submission-btn-replace' : 'submission-btn-add';
    keyboard.text(ctx.t(key, { position: item.position, title: truncate(item.title, TITLE_IN_BUTTON) }), `${PREFIX}replace:${item.checklistItemId}`).row();
  }
  if (complete) keyboard.text(ctx.t('submission-btn-send'), `${PREFIX}send:${view.submissionId}`).row();
  keyboard.text(ctx.t('submission-btn-cancel'), `${PREFIX}cancel`);
  return { text, keyboard };
}

type Input =
  | { kind: 'button'; data: string; messageId: number }
  | { kind: 'command' }
  | { kind: 'resume' }
  | { kind: 'message'; message: Message };

export function installSubmissionConversation(composer: Composer<BotContext>, deps: SubmissionConversationDeps): void {
  const { submissions, timeZone } = deps;

  async function submission(conversation: KodoConversation, ctx: ConvContext, submissionId: number, userId: number) {
    const locale = ((await ctx.i18n.getLocale()) === 'en' ? 'en' : 'ru') as Locale;
    const first = await conversation.external(() => outcome(() => submissions.draft(userId, submissionId)));
    if (!first.ok) return void (await ctx.reply(refusalText(ctx, locale, timeZone, first.code, first.vars), { parse_mode: 'HTML' }));
    let view = first.value;
    const stepTitle = escapeHtml(view.stepTitle);
    /** The album whose first file filled an item: its other files must not fill the next items. */
    let album: { id: string; warned: boolean } | null = null;

    /**
     * Waits for the next thing the person does that concerns the prompt `messageId`. Updates that
     * concern nothing are dropped from the replay log (see ask.ts); so are the refused inputs the
     * callers answer with `refuseWith`.
     */
    async function nextInput(messageId: number): Promise<Input> {
      for (;;) {
        const next = await conversation.wait();
        const query = next.callbackQuery;
        if (query) {
          const data = query.data ?? '';
          const entry = /^submit:(\d+)$/.exec(data);
          if (entry) {
            // The step card's button pressed again while this conversation runs.
            const same = Number(entry[1]) === view.stepId;
            await next.answerCallbackQuery({ text: same ? ctx.t('submission-same-step') : ctx.t('submission-other-step', { step: truncate(view.stepTitle, 80) }) });
            if (same) return { kind: 'resume' };
            return refuse(conversation);
          }
          if (!isOwnPrompt(query.message?.message_id, messageId) || !data.startsWith(PREFIX)) {
            await next.answerCallbackQuery({ text: ctx.t('stale-button') });
            return refuse(conversation);
          }
          await next.answerCallbackQuery();
          if (data === `${PREFIX}cancel`) throw new Cancelled();
          return { kind: 'button', data: data.slice(PREFIX.length), messageId: query.message!.message_id };
        }
        const message = next.message;
        if (!message) return refuse(conversation); // edits and reactions answer nothing
        const command = commandOf(message.text);
        if (command === 'cancel') throw new Cancelled();
        if (command !== null) return { kind: 'command' };
        if (album && message.media_group_id === album.id) {
          // Kept in the log (an album has at most ten files), so the warning is given once.
          if (!album.warned) await ctx.reply(ctx.t('submission-album-extra'));
          album.warned = true;
          continue;
        }
        return { kind: 'message', message };
      }
    }

    /** Shows a prompt again with what was wrong, and forgets the input that was refused. */
    async function refuseWith(prompt: Prompt): Promise<never> {
      await showPrompt(ctx, prompt);
      return refuse(conversation);
    }

    /**
     * Asks for one item until something it accepts arrives. Returns the new state of the draft,
     * or null when the person skips an optional item or goes back to the summary.
     */
    async function collect(item: DraftItem, mode: 'sequence' | 'replace', notice: string | null): Promise<DraftView | null> {
      const asked = view.items.filter((i) => i.asked).map((i) => i.checklistItemId);
      const render = (problem: string | null): Prompt => {
        const { current, total } = progressOf(asked, item.checklistItemId);
        const head =
          mode === 'sequence' && item.asked
            ? ctx.t('submission-ask-head', { current, total, title: escapeHtml(item.title) })
            : ctx.t('submission-ask-replace-head', { position: item.position, title: escapeHtml(item.title) });
        const lines = [...(problem ? [problem, ''] : []), head];
        if (item.hint) lines.push(`<i>${escapeHtml(item.hint)}</i>`);
        if (item.rejectedComment !== null) {
          lines.push(item.rejectedComment ? ctx.t('submission-ask-rejected', { comment: escapeHtml(item.rejectedComment) }) : ctx.t('submission-ask-rejected-plain'));
        }
        lines.push(acceptsLine(ctx, item));
        const keyboard = new InlineKeyboard();
        if (mode === 'replace') keyboard.text(ctx.t('submission-btn-back'), `${PREFIX}back`);
        else if (!item.required) {
          lines.push(ctx.t('submission-ask-optional'));
          keyboard.text(ctx.t('submission-btn-skip'), `${PREFIX}skip:${item.checklistItemId}`);
        }
        keyboard.text(ctx.t('submission-btn-cancel'), `${PREFIX}cancel`);
        return { text: lines.join('\n'), keyboard };
      };

      const messageId = await showPrompt(ctx, render(notice));
      const input = await nextInput(messageId);
      if (input.kind === 'button') {
        if (mode === 'replace' && input.data === 'back') return null;
        if (mode === 'sequence' && !item.required && input.data === `skip:${item.checklistItemId}`) return null;
        return refuse(conversation); // a button of this prompt that does not fit: nothing to do
      }
      if (input.kind === 'resume') return refuseWith(render(null));
      if (input.kind === 'command') return refuseWith(render(ctx.t('submission-in-progress', { step: stepTitle })));
      const offer = offerOf(input.message);
      if ('bad' in offer) return refuseWith(render(ctx.t(`submission-bad-${offer.bad}`)));
      const saved = await conversation.external(() => outcome(() => submissions.saveItem(userId, submissionId, item.checklistItemId, offer)));
      if (!saved.ok) throw new Ended(saved.code, saved.vars);
      if (!saved.value.ok) return refuseWith(render(refusalMessage(ctx, saved.value.reason)));
      const group = input.message.media_group_id;
      album = group ? { id: group, warned: false } : null;
      return saved.value.view;
    }

    try {
      const own = view.items.filter((i) => i.filled && i.filled.carriedFromAttempt === null).length;
      const askedCount = view.items.filter((i) => i.asked).length;
      const intro =
        own > 0
          ? ctx.t('submission-intro-resume', { step: stepTitle, attempt: view.attempt, done: view.items.filter((i) => i.filled).length, total: view.items.length })
          : view.attempt > 1 && view.items.some((i) => i.filled)
            ? ctx.t(askedCount ? 'submission-intro-rework' : 'submission-intro-rework-none', { step: stepTitle, attempt: view.attempt, count: askedCount })
            : ctx.t('submission-intro', { step: stepTitle, project: escapeHtml(view.projectTitle), total: view.items.length });
      await ctx.reply(intro, { parse_mode: 'HTML' });

      let notice: string | null = null;
      const skipped = new Set<number>();
      for (;;) {
        const item = view.items.find((i) => i.asked && !i.filled && !skipped.has(i.checklistItemId));
        if (!item) break;
        const next = await collect(item, 'sequence', notice);
        if (next) {
          view = next;
          notice = ctx.t('submission-saved', { title: escapeHtml(truncate(item.title, PREVIEW_MAX)) });
        } else {
          skipped.add(item.checklistItemId);
          notice = null;
        }
      }

      for (;;) {
        const summaryId = await showPrompt(ctx, summaryPrompt(ctx, locale, view, notice));
        notice = null;
        const input = await nextInput(summaryId);
        if (input.kind === 'command' || input.kind === 'message') {
          await refuseWith(summaryPrompt(ctx, locale, view, ctx.t(input.kind === 'command' ? 'submission-in-progress' : 'submission-use-buttons', { step: stepTitle })));
        }
        if (input.kind !== 'button') return refuseWith(summaryPrompt(ctx, locale, view, null));
        const messageId = input.messageId;
        const replace = /^replace:(\d+)$/.exec(input.data);
        const item = replace ? view.items.find((i) => i.checklistItemId === Number(replace[1])) : undefined;
        if (item) {
          const next = await collect(item, 'replace', null);
          if (next) {
            view = next;
            notice = ctx.t('submission-saved', { title: escapeHtml(truncate(item.title, PREVIEW_MAX)) });
          }
          continue;
        }
        if (input.data !== `send:${view.submissionId}`) return refuse(conversation);
        const sent = await conversation.external(() => outcome(() => submissions.submit(userId, submissionId)));
        if (!sent.ok) {
          if (sent.code === 'submission-incomplete') {
            notice = refusalText(ctx, locale, timeZone, sent.code, sent.vars);
            continue;
          }
          throw new Ended(sent.code, sent.vars);
        }
        // The summary's buttons go away: the work is sent, a second press must not look possible.
        await ctx.api.editMessageReplyMarkup(ctx.chat!.id, messageId).catch(() => undefined);
        await ctx.reply(ctx.t('submission-sent', { step: stepTitle }), { parse_mode: 'HTML' });
        return;
      }
    } catch (error) {
      if (error instanceof Cancelled) {
        const keyboard = new InlineKeyboard()
          .text(ctx.t('submission-btn-continue'), `submit:${view.stepId}`)
          .text(ctx.t('submission-btn-discard'), `${PREFIX}discard:${view.submissionId}`);
        await ctx.reply(ctx.t('submission-cancelled'), { reply_markup: keyboard });
        return;
      }
      if (error instanceof Ended) {
        await ctx.reply(refusalText(ctx, locale, timeZone, error.code, error.vars), { parse_mode: 'HTML' });
        return;
      }
      throw error;
    }
  }

  composer.use(createConversation(submission, { id: SUBMISSION, plugins: deps.plugins }));
}

/** The draft can no longer be worked on (sent from elsewhere, deleted, rules changed): say why and stop. */
class Ended extends Error {
  constructor(
    readonly code: string,
    readonly vars: Record<string, string | number>,
  ) {
    super(code);
  }
}
