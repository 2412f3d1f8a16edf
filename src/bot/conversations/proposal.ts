// /propose: a proposal for improving KoDO — text (a file or photo may come with it, its caption
// being the text), a preview, then it is sent. And the moderator's comment on a decision.
import { createConversation } from '@grammyjs/conversations';
import { InlineKeyboard, type Composer, type Middleware } from 'grammy';
import type { Message } from 'grammy/types';
import { checkProposal, PROPOSAL_COMMENT_MAX, PROPOSAL_FILE_MAX, PROPOSAL_TEXT_MAX, type ProposalStatus } from '../../domain/proposals.ts';
import type { ProposalFile, ProposalService } from '../../services/groups/proposals.ts';
import type { UserService } from '../../services/users.ts';
import type { BotContext, ConvContext, KodoConversation } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { ask, Cancelled, showPrompt } from './ask.ts';
import { outcome } from './outcome.ts';

export const PROPOSAL = 'proposal';
export const PROPOSAL_DECISION = 'proposal-decision';
const PREFIX = 'pf:';
const MB = 1024 * 1024;

export interface ProposalConversationDeps {
  proposals: ProposalService;
  users: UserService;
  plugins: Middleware<ConvContext>[];
}

type Piece = { text: string | null; file: ProposalFile | null } | { refusal: string };

function pieceOf(ctx: ConvContext, message: Message): Piece {
  const caption = message.caption ?? null;
  if (message.document) {
    const d = message.document;
    if ((d.file_size ?? 0) > PROPOSAL_FILE_MAX) return { refusal: ctx.t('proposal-bad-file-too-big', { size: Math.round((d.file_size ?? 0) / MB), max: PROPOSAL_FILE_MAX / MB }) };
    return { text: caption, file: { kind: 'document', fileId: d.file_id, fileName: d.file_name ?? null, fileSize: d.file_size ?? null } };
  }
  if (message.photo?.length) {
    const p = message.photo.at(-1)!;
    return { text: caption, file: { kind: 'photo', fileId: p.file_id, fileName: null, fileSize: p.file_size ?? null } };
  }
  if (message.text !== undefined) return { text: message.text, file: null };
  return { refusal: ctx.t('proposal-bad-kind') };
}

export function installProposalConversations(composer: Composer<BotContext>, deps: ProposalConversationDeps): void {
  async function proposal(conversation: KodoConversation, ctx: ConvContext, userId: number) {
    let text: string | null = null;
    let file: ProposalFile | null = null;
    let problem: string | null = null;
    try {
      for (;;) {
        const ready = text !== null && !checkProposal(text, file?.fileSize ?? null);
        const prompt = ready
          ? ctx.t('proposal-preview', { text: escapeHtml(text!.length > 600 ? `${text!.slice(0, 600)}…` : text!), file: file ? ctx.t(file.kind === 'photo' ? 'proposal-file-photo' : 'proposal-file-document', { name: escapeHtml(file.fileName ?? '') }) : ctx.t('proposal-file-none') })
          : ctx.t(file ? 'proposal-ask-text-for-file' : 'proposal-ask', { max: PROPOSAL_TEXT_MAX });
        const keyboard = new InlineKeyboard();
        if (ready) keyboard.text(ctx.t('proposal-btn-send'), `${PREFIX}send`);
        keyboard.text(ctx.t('btn-cancel'), `${PREFIX}cancel`);
        const messageId = await showPrompt(ctx, { text: (problem ? `${problem}\n\n` : '') + prompt, keyboard });
        problem = null;
        const next = await conversation.wait();
        if (next.callbackQuery) {
          const data = next.callbackQuery.data ?? '';
          if (next.callbackQuery.message?.message_id !== messageId || !data.startsWith(PREFIX)) {
            await next.answerCallbackQuery({ text: next.t('stale-button') });
            continue;
          }
          await next.answerCallbackQuery();
          if (data === `${PREFIX}cancel`) throw new Cancelled();
          if (data === `${PREFIX}send` && ready) break;
          continue;
        }
        const message = next.message;
        if (!message) continue;
        if (message.text?.startsWith('/')) {
          if (message.text.slice(1).split(/[\s@]/, 1)[0]!.toLowerCase() === 'cancel') throw new Cancelled();
          problem = ctx.t('proposal-busy');
          continue;
        }
        const piece = pieceOf(ctx, message);
        if ('refusal' in piece) {
          problem = piece.refusal;
          continue;
        }
        if (piece.file) file = piece.file;
        if (piece.text !== null && piece.text.trim()) {
          const refusal = checkProposal(piece.text, null);
          if (refusal) {
            problem = ctx.t(`proposal-bad-${refusal}`, { length: piece.text.length, max: PROPOSAL_TEXT_MAX });
            continue;
          }
          text = piece.text.trim();
        }
      }
      const saved = await conversation.external(() =>
        outcome(async () => {
          const person = await deps.users.byId(userId);
          if (!person) throw new Error('person vanished');
          return (await deps.proposals.submit(person, text!, file)).id;
        }),
      );
      if (!saved.ok) return void (await ctx.reply(ctx.t(saved.code, { ...saved.vars, max: PROPOSAL_TEXT_MAX })));
      await ctx.reply(ctx.t('proposal-sent', { id: saved.value }));
    } catch (error) {
      if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('proposal-cancelled')));
      throw error;
    }
  }

  async function decision(conversation: KodoConversation, ctx: ConvContext, userId: number, proposalId: number, revision: number, status: ProposalStatus) {
    let problem: string | null = null;
    try {
      let comment: string | null = null;
      for (;;) {
        const answer = await ask(
          conversation,
          ctx,
          { text: (problem ? `${problem}\n\n` : '') + ctx.t('proposal-ask-comment', { id: proposalId, status: ctx.t(`proposal-status-${status}`), max: PROPOSAL_COMMENT_MAX }), keyboard: new InlineKeyboard().text(ctx.t('proposal-btn-no-comment'), `${PREFIX}none`).text(ctx.t('btn-cancel'), `${PREFIX}cancel`) },
          { prefix: PREFIX, acceptText: true },
        );
        if (answer.kind === 'button') {
          if (answer.data === 'cancel') throw new Cancelled();
          break;
        }
        if (answer.text.trim().length <= PROPOSAL_COMMENT_MAX) {
          comment = answer.text.trim();
          break;
        }
        problem = ctx.t('proposal-bad-comment', { max: PROPOSAL_COMMENT_MAX });
      }
      const done = await conversation.external(() =>
        outcome(async () => {
          const person = await deps.users.byId(userId);
          if (!person) throw new Error('person vanished');
          await deps.proposals.setStatus(person, proposalId, status, comment, revision);
        }),
      );
      if (!done.ok) return void (await ctx.reply(ctx.t(done.code, { ...done.vars, role: ctx.t('role-moderator') })));
      await ctx.reply(ctx.t('proposal-status-set', { id: proposalId, status: ctx.t(`proposal-status-${status}`) }), { reply_markup: new InlineKeyboard().text(ctx.t('proposal-btn-queue'), 'prop:q:0') });
    } catch (error) {
      if (error instanceof Cancelled) return void (await ctx.reply(ctx.t('proposal-decision-cancelled')));
      throw error;
    }
  }

  composer.use(createConversation(proposal, { id: PROPOSAL, plugins: deps.plugins }));
  composer.use(createConversation(decision, { id: PROPOSAL_DECISION, plugins: deps.plugins }));
}
