// The public pages of the bank of best practices (no login): the search with keyword, direction
// and guild, paginated, one published practice's card, and its files streamed from Telegram
// (only items of a published practice, at most getFile's 20 MB); links and texts are shown as they are.
import { localName } from '../../services/rewards.ts';
import type { PracticeCard } from '../../services/practices.ts';
import { idOf, pageOf, type AdminDeps, type AdminRoute, type PageContext } from './context.ts';
import { html } from './html.ts';
import { pager } from './users.ts';
import { RateLimiter, withSecurityHeaders } from './security.ts';
import { attachmentHeader, fetchTelegramFile, safeContentType, TELEGRAM_DOWNLOAD_LIMIT } from '../telegram-files.ts';
import { notFoundPage } from './layout.ts';

export const PUBLIC_PAGE_SIZE = 10;
/** Each download costs a getFile call and up to 20 MB through this server: a visitor gets this many a minute. */
export const DOWNLOADS_PER_MINUTE = 20;

const names = (ctx: PageContext, list: { nameRu: string; nameEn: string }[]) => (list.length ? list.map((n) => localName(n, ctx.locale)).join(', ') : '—');

function botLink(deps: AdminDeps, practiceId: number): string | null {
  return deps.botUsername ? `https://t.me/${deps.botUsername}?start=practice_${practiceId}` : null;
}

function summaryOf(ctx: PageContext, p: PracticeCard) {
  return html`<article class="card practice">
  <h2><a href="${`/practices/${p.id}`}">${p.title}</a></h2>
  <p class="muted">${names(ctx, p.directions)} · ${names(ctx, p.guilds)}${p.author ? html` · ${p.author}` : ''}</p>
  ${p.tokens.length ? html`<p class="tokens">${p.tokens.map((t) => html`<span class="token">${localName(t, ctx.locale)}</span>`)}</p>` : ''}
</article>`;
}

/** A file of the hand-in that the web can fetch from Telegram for a visitor. */
const downloadable = (deps: AdminDeps, i: PracticeCard['items'][number]) =>
  Boolean(deps.botFiles && i.fileId && (i.kind === 'document' || i.kind === 'photo') && (i.fileSize ?? 0) <= TELEGRAM_DOWNLOAD_LIMIT);

/** Downloads held open at once: each keeps a connection to Telegram and the visitor's. */
const OPEN_DOWNLOADS_MAX = 16;
const OPEN_DOWNLOADS_PER_VISITOR = 2;

/** Counts downloads in progress, in all and per visitor; a slot is given back when its stream closes. */
class OpenDownloads {
  #all = 0;
  readonly #byVisitor = new Map<string, number>();

  take(visitor: string): (() => void) | null {
    const mine = this.#byVisitor.get(visitor) ?? 0;
    if (this.#all >= OPEN_DOWNLOADS_MAX || mine >= OPEN_DOWNLOADS_PER_VISITOR) return null;
    this.#all++;
    this.#byVisitor.set(visitor, mine + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.#all--;
      const left = (this.#byVisitor.get(visitor) ?? 1) - 1;
      if (left > 0) this.#byVisitor.set(visitor, left);
      else this.#byVisitor.delete(visitor);
    };
  }
}

export function practicePageRoutes(deps: AdminDeps): AdminRoute[] {
  const { practices } = deps.services;
  const downloads = new RateLimiter(DOWNLOADS_PER_MINUTE, 60_000, () => deps.clock.now().getTime());
  const open = new OpenDownloads();
  return [
    {
      method: 'GET',
      url: '/practices',
      access: 'public',
      handler: async (ctx) => {
        const t = ctx.t;
        const page = pageOf(ctx);
        const keyword = (ctx.query.q ?? '').slice(0, 100);
        const directionId = idOf(ctx.query.direction);
        const guildId = idOf(ctx.query.guild);
        const [found, ref] = await Promise.all([practices.search({ keyword, directionId, guildId, page: page - 1, pageSize: PUBLIC_PAGE_SIZE }), practices.filters()]);
        return {
          title: t('web-practices-public-title'),
          body: html`<p class="muted">${t('web-practices-public-intro')}</p>
<form method="get" action="/practices" class="filters" role="search">
  <label>${t('web-practices-keyword')}<input type="search" name="q" value="${keyword}" maxlength="100"></label>
  <label>${t('web-practices-direction')}<select name="direction"><option value="">${t('web-filter-all')}</option>${ref.directions.map(
    (d) => html`<option value="${d.id}" ${d.id === directionId ? html`selected` : ''}>${localName(d, ctx.locale)}</option>`,
  )}</select></label>
  <label>${t('web-practices-guild')}<select name="guild"><option value="">${t('web-filter-all')}</option>${ref.guilds.map(
    (g) => html`<option value="${g.id}" ${g.id === guildId ? html`selected` : ''}>${localName(g, ctx.locale)}</option>`,
  )}</select></label>
  <button type="submit">${t('web-practices-search')}</button>
</form>
<p class="muted" id="practices-found">${t('web-found', { count: found.total })}</p>
${found.rows.length ? found.rows.map((p) => summaryOf(ctx, p)) : html`<p>${t('web-practices-none')}</p>`}
${pager(ctx, found.total, PUBLIC_PAGE_SIZE)}`,
        };
      },
    },
    {
      method: 'GET',
      url: '/practices/:id',
      access: 'public',
      handler: async (ctx) => {
        const t = ctx.t;
        const card = await practices.published(idOf(ctx.params.id));
        if (!card) return notFoundPage(ctx, '/practices', 'web-practices-public-title', 'web-practices-gone');
        const link = botLink(deps, card.id);
        const items = html`<ol class="items">${card.items.map((i) => {
          const content =
            i.kind === 'link' && i.url && /^https?:\/\//i.test(i.url)
              ? html`<a href="${i.url}" rel="noopener noreferrer nofollow" target="_blank">${i.url}</a>`
              : i.kind === 'text'
                ? html`<blockquote>${i.text ?? ''}</blockquote>`
                : i.kind === 'link'
                  ? html`<span>${i.url ?? ''}</span>`
                  : html`<span>${i.kind === 'photo' ? t('web-item-photo') : (i.fileName ?? t('web-item-file'))}</span> ${
                      downloadable(deps, i) ? html`<a href="${`/practices/${card.id}/files/${i.position}`}" class="download">${t('web-practices-download')}</a> ` : ''
                    }${link ? html`<a href="${link}" rel="noopener noreferrer">${t('web-practices-file-in-bot')}</a>` : html`<span class="muted">${t('web-item-in-telegram')}</span>`}`;
          return html`<li><b>${i.title}</b><div>${content}</div></li>`;
        })}</ol>`;
        return {
          title: card.title,
          body: html`<dl class="facts">
  <dt>${t('web-col-project')}</dt><dd>${card.project.title}</dd>
  <dt>${t('web-col-step')}</dt><dd>${card.step.position}. ${card.step.title}</dd>
  <dt>${t('web-practices-direction')}</dt><dd>${names(ctx, card.directions)}</dd>
  <dt>${t('web-practices-guild')}</dt><dd>${names(ctx, card.guilds)}</dd>
  <dt>${t('web-practices-tokens')}</dt><dd>${names(ctx, card.tokens)}</dd>
  <dt>${t('web-practices-grade')}</dt><dd>${t('web-practices-points', { points: card.points, max: card.maxPoints })}</dd>
  ${card.author ? html`<dt>${t('web-practices-author')}</dt><dd>${card.author}</dd>` : ''}
</dl>
${card.summary ? html`<p>${card.summary}</p>` : ''}
<h2>${t('web-practices-materials')}</h2>${items}
${link ? html`<p><a href="${link}" rel="noopener noreferrer">${t('web-practices-open-in-bot')}</a></p>` : ''}
<p><a href="/practices">← ${t('web-practices-public-title')}</a></p>`,
        };
      },
    },
      {
      method: 'GET',
      url: '/practices/:id/files/:position',
      access: 'public',
      handler: async (ctx) => {
        const t = ctx.t;
        const missing = notFoundPage(ctx, '/practices', 'web-practices-public-title', 'web-practices-file-gone');
        const card = await practices.published(idOf(ctx.params.id));
        const item = card?.items.find((i) => i.position === idOf(ctx.params.position));
        if (!card || !item || !downloadable(deps, item)) return missing;
        const slowDown = { title: t('web-practices-slow-down'), status: 429, body: html`<p><a href="${`/practices/${card.id}`}">${card.title}</a></p>` };
        const release = open.take(ctx.request.ip);
        if (!release) return slowDown;
        if (!downloads.allow(ctx.request.ip)) {
          release();
          return slowDown;
        }
        const file = await fetchTelegramFile(deps.botFiles!, item.fileId!);
        if (!file) {
          release();
          return missing;
        }
        file.body.once('close', release);
        const name = item.fileName ?? (item.kind === 'photo' ? `practice-${card.id}-${item.position}.jpg` : `practice-${card.id}-${item.position}`);
        const reply = withSecurityHeaders(ctx.reply).type(safeContentType(item.kind, item.mimeType)).header('content-disposition', attachmentHeader(name));
        if (file.size) reply.header('content-length', file.size);
        return reply.send(file.body);
      },
    },
  ];
}
