// Proposals for improving KoDO: their statuses and what a proposal may hold.

export const PROPOSAL_STATUSES = ['new', 'review', 'accepted', 'declined', 'done'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const isProposalStatus = (value: string): value is ProposalStatus => (PROPOSAL_STATUSES as readonly string[]).includes(value);

export const PROPOSAL_TEXT_MAX = 2000;
export const PROPOSAL_COMMENT_MAX = 1000;
/** Telegram lets bots download files up to 20 MB; a bigger file is better shared as a link. */
export const PROPOSAL_FILE_MAX = 20 * 1024 * 1024;

export type ProposalRefusal = 'empty' | 'too-long' | 'file-too-big';

export function checkProposal(text: string, fileSize: number | null): ProposalRefusal | null {
  if (fileSize !== null && fileSize > PROPOSAL_FILE_MAX) return 'file-too-big';
  const t = text.trim();
  if (t.length === 0) return 'empty';
  if (t.length > PROPOSAL_TEXT_MAX) return 'too-long';
  return null;
}

/** The queue's order: the ones waiting for a decision first (new, then under review), older first. */
export const QUEUE_STATUSES: readonly ProposalStatus[] = ['new', 'review'];
