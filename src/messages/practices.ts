// Notices of the bank of best practices: the author asked for consent (with the two answer
// buttons), the proposer told the answer, the author told of a withdrawal by a moderator.
import { escapeHtml } from '../render/escape.ts';
import type { NoticeKind } from './notice.ts';

/** The callback data the bot's practices feature answers (src/bot/features/practices.ts). */
export const practiceAnswerData = (practiceId: number, consent: boolean) => `pr:${consent ? 'y' : 'n'}:${practiceId}`;

export interface ConsentRequestData {
  practiceId: number;
  project: string;
  step: string;
  points: number;
  maxPoints: number;
}

export const consentRequest: NoticeKind<ConsentRequestData> = {
  category: null,
  render: (d, ctx) => ({
    method: 'sendMessage',
    payload: {
      text: ctx.t('practice-consent-request', { project: escapeHtml(d.project), step: escapeHtml(d.step), points: d.points, max: d.maxPoints }),
      parse_mode: 'HTML',
      reply_markup: {
        inline_keyboard: [
          [{ text: ctx.t('practice-consent-yes'), callback_data: practiceAnswerData(d.practiceId, true) }],
          [{ text: ctx.t('practice-consent-no'), callback_data: practiceAnswerData(d.practiceId, false) }],
        ],
      },
    },
  }),
};

export interface AnsweredData {
  practiceId: number;
  title: string;
  consent: boolean;
}

export const answered: NoticeKind<AnsweredData> = {
  category: null,
  render: (d, ctx) => ({
    method: 'sendMessage',
    payload: { text: ctx.t(d.consent ? 'practice-answered-yes' : 'practice-answered-no', { id: d.practiceId, title: escapeHtml(d.title) }), parse_mode: 'HTML' },
  }),
};

export interface WithdrawnData {
  practiceId: number;
  title: string;
  reason: string;
}

export const withdrawn: NoticeKind<WithdrawnData> = {
  category: null,
  render: (d, ctx) => ({
    method: 'sendMessage',
    payload: { text: ctx.t('practice-withdrawn-notice', { title: escapeHtml(d.title), reason: escapeHtml(d.reason || '—') }), parse_mode: 'HTML' },
  }),
};
