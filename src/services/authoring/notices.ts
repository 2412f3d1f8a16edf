// Messages the authoring services send to other people, through the outbox in the same transaction
// as the change: review requests to moderators, decisions to authors, moved dates to participants.
import type { Tx } from '../../db/client.ts';
import { formatRange } from '../../domain/dates.ts';
import { escapeHtml } from '../../render/escape.ts';
import { enqueue } from '../outbox.ts';
import type { AuthoringDeps } from './deps.ts';

type Recipient = { id: number; telegramId: bigint; locale: string | null };

function say(deps: AuthoringDeps, who: Recipient) {
  const locale = who.locale ?? deps.defaultLocale;
  return (key: string, vars?: Record<string, string | number>) => deps.translate(locale, key, vars);
}

export async function moderators(tx: Tx): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { roles: { some: { role: 'moderator' } }, registeredAt: { not: null } },
    select: { id: true, telegramId: true, locale: true },
    orderBy: { id: 'asc' },
  });
}

/** Each moderator is told once per version sent for review. */
export async function tellModeratorsOfReview(deps: AuthoringDeps, tx: Tx, project: { id: number; title: string; version: number }, author: string, now: Date): Promise<number> {
  const mods = await moderators(tx);
  for (const m of mods) {
    const t = say(deps, m);
    await enqueue(tx, {
      key: `project-review:${project.id}:v${project.version}:${m.id}`,
      chatId: m.telegramId,
      payload: { parse_mode: 'HTML', text: t('authoring-notice-review', { title: escapeHtml(project.title), author: escapeHtml(author) }), reply_markup: { inline_keyboard: [[{ text: t('authoring-btn-open-review'), callback_data: `mod:o:${project.id}` }]] } },
    }, now);
  }
  return mods.length;
}

export async function tellAuthor(deps: AuthoringDeps, tx: Tx, projectId: number, key: string, textKey: string, vars: Record<string, string | number>, now: Date): Promise<void> {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: { author: { select: { id: true, telegramId: true, locale: true } } } });
  if (!project?.author) return;
  const t = say(deps, project.author);
  await enqueue(tx, { key, chatId: project.author.telegramId, payload: { parse_mode: 'HTML', text: t(textKey, vars) } }, now);
}

/**
 * People enrolled who still owe the moved step (or, for the project's own dates, who have not
 * completed it) get one message per change.
 */
export async function tellDatesMoved(
  deps: AuthoringDeps,
  tx: Tx,
  change: { projectId: number; projectTitle: string; version: number; stepId: number | null; stepTitle: string | null; startsOn: Date; endsOn: Date },
  now: Date,
): Promise<void> {
  const enrolments = await tx.enrolment.findMany({
    where: {
      projectId: change.projectId,
      completedAt: null,
      ...(change.stepId !== null ? { submissions: { none: { stepId: change.stepId, status: 'accepted' } } } : {}),
    },
    select: { user: { select: { id: true, telegramId: true, locale: true } } },
  });
  for (const { user } of enrolments) {
    const t = say(deps, user);
    const locale = (user.locale ?? deps.defaultLocale) === 'en' ? 'en' : 'ru';
    const dates = formatRange(change.startsOn, change.endsOn, locale, deps.timeZone);
    const text = change.stepTitle !== null
      ? t('authoring-notice-step-dates', { project: escapeHtml(change.projectTitle), step: escapeHtml(change.stepTitle), dates })
      : t('authoring-notice-project-dates', { project: escapeHtml(change.projectTitle), dates });
    await enqueue(tx, { key: `project-dates:${change.projectId}:v${change.version}:${change.stepId ?? 'p'}:${user.id}`, chatId: user.telegramId, payload: { parse_mode: 'HTML', text } }, now);
  }
}
