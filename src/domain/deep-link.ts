// Parses and builds `/start <payload>` deep links (t.me/<bot>?start=<payload>), e.g. project_12.
export type DeepLink =
  | { kind: 'project'; id: number }
  | { kind: 'step'; id: number }
  /** A published practice of the bank of best practices. */
  | { kind: 'practice'; id: number }
  | { kind: 'certificate'; code: string }
  /** A single-use invite to be one project's expert (the token is random; its hash is stored). */
  | { kind: 'expert-invite'; token: string }
  | { kind: 'unknown'; raw: string };

// Telegram allows 1–64 characters of A–Z, a–z, 0–9, _ and - in a start payload.
const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

export function parseDeepLink(payload: string | undefined | null): DeepLink | null {
  const raw = (payload ?? '').trim();
  if (!raw) return null;
  if (!PAYLOAD.test(raw)) return { kind: 'unknown', raw: raw.slice(0, 64) };
  const numbered = /^(project|step|practice)_(\d{1,9})$/.exec(raw);
  if (numbered) return { kind: numbered[1] as 'project' | 'step' | 'practice', id: Number(numbered[2]) };
  const cert = /^cert_([A-Za-z0-9]{6,32})$/.exec(raw);
  if (cert) return { kind: 'certificate', code: cert[1]! };
  const invite = /^expert_([A-Za-z0-9_-]{16,48})$/.exec(raw);
  if (invite) return { kind: 'expert-invite', token: invite[1]! };
  return { kind: 'unknown', raw };
}

export function deepLinkPayload(link: Exclude<DeepLink, { kind: 'unknown' }>): string {
  if (link.kind === 'certificate') return `cert_${link.code}`;
  if (link.kind === 'expert-invite') return `expert_${link.token}`;
  return `${link.kind}_${link.id}`;
}
