// The moderator's side of a broadcast: the status line edited in place while it goes out, and the
// final report.
import { formatCount, type BroadcastCounts } from '../domain/broadcast.ts';
import { escapeHtml } from '../render/escape.ts';
import type { NoticeKind, RenderContext } from './notice.ts';

export type BroadcastState = 'scheduled' | 'sending' | 'paused' | 'cancelled' | 'done';

/** «3 400 / 10 000 · 12 заблокировали бота» and the state, for the status message. */
export function statusText(t: RenderContext['t'], locale: string, title: string, state: BroadcastState, c: BroadcastCounts): string {
  const done = c.delivered + c.blocked + c.failed + c.muted;
  const line = [`${formatCount(done, locale)} / ${formatCount(c.total, locale)}`];
  if (c.blocked) line.push(t('broadcast-progress-blocked', { count: c.blocked, n: formatCount(c.blocked, locale) }));
  if (c.muted) line.push(t('broadcast-progress-muted', { n: formatCount(c.muted, locale) }));
  if (c.failed) line.push(t('broadcast-progress-failed', { count: c.failed, n: formatCount(c.failed, locale) }));
  return [t(`broadcast-state-${state}`, { title: escapeHtml(title) }), line.join(' · ')].join('\n');
}

export function reportText(t: RenderContext['t'], locale: string, title: string, state: 'done' | 'cancelled', c: BroadcastCounts): string {
  return t(state === 'done' ? 'broadcast-report' : 'broadcast-report-cancelled', {
    title: escapeHtml(title),
    total: formatCount(c.total, locale),
    delivered: formatCount(c.delivered, locale),
    blocked: formatCount(c.blocked, locale),
    failed: formatCount(c.failed, locale),
    left: formatCount(Math.max(0, c.total - c.delivered - c.blocked - c.failed - c.muted), locale),
    muted: formatCount(c.muted, locale),
  });
}

export interface BroadcastFinishedData {
  title: string;
  state: 'done' | 'cancelled';
  counts: BroadcastCounts;
}

/** Sent to the moderator as a new message (the status message is edited too), so the end is noticed. */
export const broadcastFinished: NoticeKind<BroadcastFinishedData> = {
  category: null,
  render: (d, ctx) => ({ method: 'sendMessage', payload: { text: reportText(ctx.t, ctx.locale, d.title, d.state, d.counts), parse_mode: 'HTML' } }),
};
