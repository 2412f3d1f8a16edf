// Screens of the bank of best practices in the bot: the search results with their filters, the
// direction and guild pickers, and a practice's card. Pure: texts and buttons from the data given.
import { InlineKeyboard } from 'grammy';
import type { PracticeCard } from '../../services/practices.ts';
import { encodePracticeAction, type PracticeSearch } from '../practice-state.ts';
import { escapeHtml } from '../html.ts';
import { truncate } from '../../domain/text.ts';

export const PRACTICES_PAGE_SIZE = 5;

export interface PracticeScreen {
  text: string;
  keyboard: InlineKeyboard;
}

export interface PracticeViewEnv {
  t(key: string, vars?: Record<string, string | number>): string;
  locale: string;
}

interface Named {
  id: number;
  nameRu: string;
  nameEn: string;
}

const nameOf = (n: Named, locale: string) => (locale === 'en' ? n.nameEn : n.nameRu);

export function filtersLine(env: PracticeViewEnv, state: PracticeSearch, ref: { directions: Named[]; guilds: Named[] }): string {
  const direction = ref.directions.find((d) => d.id === state.direction);
  const guild = ref.guilds.find((g) => g.id === state.guild);
  return env.t('practices-filters', {
    direction: escapeHtml(direction ? nameOf(direction, env.locale) : env.t('practices-any')),
    guild: escapeHtml(guild ? nameOf(guild, env.locale) : env.t('practices-any')),
    keyword: state.keyword ? escapeHtml(state.keyword) : '—',
  });
}

export function listScreen(env: PracticeViewEnv, state: PracticeSearch, found: { rows: PracticeCard[]; total: number }, ref: { directions: Named[]; guilds: Named[] }): PracticeScreen {
  const pages = Math.max(1, Math.ceil(found.total / PRACTICES_PAGE_SIZE));
  const lines = [env.t('practices-title'), filtersLine(env, state, ref), ''];
  if (!found.rows.length) lines.push(env.t('practices-none'));
  else {
    lines.push(env.t('practices-found', { count: found.total, page: state.page + 1, pages }));
    found.rows.forEach((p, i) => {
      const n = state.page * PRACTICES_PAGE_SIZE + i + 1;
      lines.push(`${n}. <b>${escapeHtml(truncate(p.title, 120))}</b>${p.author ? ` — ${escapeHtml(p.author)}` : ''}`);
    });
  }
  const kb = new InlineKeyboard();
  found.rows.forEach((p, i) => kb.text(`${state.page * PRACTICES_PAGE_SIZE + i + 1}. ${truncate(p.title, 40)}`, encodePracticeAction({ verb: 'card', id: p.id, state })).row());
  if (pages > 1) {
    if (state.page > 0) kb.text('◀', encodePracticeAction({ verb: 'list', state: { ...state, page: state.page - 1 } }));
    kb.text(`${state.page + 1} / ${pages}`, encodePracticeAction({ verb: 'list', state }));
    if (state.page + 1 < pages) kb.text('▶', encodePracticeAction({ verb: 'list', state: { ...state, page: state.page + 1 } }));
    kb.row();
  }
  kb.text(env.t('practices-by-direction'), encodePracticeAction({ verb: 'directions', state })).text(env.t('practices-by-guild'), encodePracticeAction({ verb: 'guilds', state })).row();
  kb.text(env.t('practices-by-keyword'), encodePracticeAction({ verb: 'keyword', state }));
  if (state.direction || state.guild || state.keyword) kb.text(env.t('practices-reset'), encodePracticeAction({ verb: 'list', state: { direction: 0, guild: 0, page: 0, keyword: '' } }));
  return { text: lines.join('\n'), keyboard: kb };
}

/** The direction or guild picker: each choice is the list with it set and the page back at 1. */
export function pickerScreen(env: PracticeViewEnv, state: PracticeSearch, field: 'direction' | 'guild', options: Named[]): PracticeScreen {
  const kb = new InlineKeyboard();
  const choose = (id: number) => encodePracticeAction({ verb: 'list', state: { ...state, [field]: id, page: 0 } });
  kb.text(`${state[field] === 0 ? '✅ ' : ''}${env.t('practices-any')}`, choose(0)).row();
  options.forEach((o, i) => {
    kb.text(`${state[field] === o.id ? '✅ ' : ''}${nameOf(o, env.locale)}`, choose(o.id));
    if (i % 2 === 1) kb.row();
  });
  kb.row().text(env.t('practices-back'), encodePracticeAction({ verb: 'list', state }));
  return { text: env.t(field === 'direction' ? 'practices-pick-direction' : 'practices-pick-guild'), keyboard: kb };
}

export function cardScreen(env: PracticeViewEnv, card: PracticeCard, state: PracticeSearch, botUsername: string | undefined): PracticeScreen {
  const names = (list: Named[]) => (list.length ? escapeHtml(list.map((n) => nameOf(n, env.locale)).join(', ')) : '—');
  const lines = [
    `📘 <b>${escapeHtml(card.title)}</b>`,
    '',
    env.t('practices-card-project', { project: escapeHtml(card.project.title) }),
    env.t('practices-card-step', { position: card.step.position, step: escapeHtml(card.step.title) }),
    env.t('practices-card-directions', { names: names(card.directions) }),
    env.t('practices-card-guilds', { names: names(card.guilds) }),
    env.t('practices-card-tokens', { names: names(card.tokens) }),
    env.t('practices-card-points', { points: card.points, max: card.maxPoints }),
  ];
  if (card.author) lines.push(env.t('practices-card-author', { author: escapeHtml(card.author) }));
  if (card.summary) lines.push('', escapeHtml(truncate(card.summary, 600)));
  // Texts and links follow while they fit one message (4096 characters); what does not fit is left
  // out whole, so no HTML tag is ever cut in half.
  const tail = botUsername ? ['', env.t('practices-card-link', { link: `https://t.me/${botUsername}?start=practice_${card.id}` })] : [];
  let length = lines.join('\n').length + tail.join('\n').length + 2;
  const shown = card.items.filter((i) => i.kind === 'text' || i.kind === 'link');
  if (shown.length) lines.push('');
  for (const i of shown) {
    const line = `<b>${escapeHtml(i.title)}</b>: ${i.kind === 'link' ? escapeHtml(truncate(i.url ?? '', 300)) : escapeHtml(truncate(i.text ?? '', 500))}`;
    if (length + line.length + 1 > 4000) break;
    lines.push(line);
    length += line.length + 1;
  }
  lines.push(...tail);
  const files = card.items.filter((i) => (i.kind === 'document' || i.kind === 'photo') && i.fileId).length;
  const kb = new InlineKeyboard();
  if (files) kb.text(env.t('practices-files', { count: files }), encodePracticeAction({ verb: 'files', id: card.id })).row();
  kb.text(env.t('practices-back'), encodePracticeAction({ verb: 'list', state }));
  return { text: lines.join('\n'), keyboard: kb };
}
