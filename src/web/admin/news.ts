// News for moderators on the web: a post typed in Telegram's HTML subset with link buttons (checked
// by the same rules and messages as /news_new), the audience picked from the same model and counted
// before sending, a send now or at a time in the region's zone — all through BroadcastService — and
// the broadcast's live progress, which admin.js polls from a small JSON route, with pause, resume
// and cancel. Without a Telegram status message: the page itself is the moderator's status.
import { checkPost, decodeAudience, encodeAudience, formatSendTime, parseButtons, parseSendTime, type Audience, type Entity, type Post } from '../../domain/broadcast.ts';
import { parsePostHtml } from '../../domain/post-html.ts';
import { statusText, type BroadcastState } from '../../messages/broadcast-status.ts';
import { escapeHtml } from '../../render/escape.ts';
import type { AudienceKind, BroadcastView } from '../../services/broadcasts.ts';
import { ServiceError } from '../../services/users.ts';
import { tables } from './analytics.ts';
import { MODERATOR, idParam, formField, UPLOAD_LIMIT, type AdminDeps, type AdminRoute, type Page, type PageContext } from './context.ts';
import { html, jsonAttr, trustedHtml, type Html } from './html.ts';
import { notice } from './layout.ts';
import { withSecurityHeaders } from './security.ts';
import { fetchTelegramFile, uploadKindOf, uploadToTelegram, type UploadKind } from '../telegram-files.ts';
import type { DataTable } from './table.ts';
import { hidden } from './users.ts';
import { truncate } from '../../domain/text.ts';

const KINDS: AudienceKind[] = ['guild', 'direction', 'municipality', 'institution', 'project', 'role'];

const TAG: Record<string, string> = { bold: 'b', italic: 'i', underline: 'u', strikethrough: 's', code: 'code', pre: 'pre', blockquote: 'blockquote', spoiler: 'span' };

/** The post as it will look in the chat: entities back to markup, every character of the text escaped. */
export function postPreview(post: Post, t: PageContext['t'], photoUrl: string | null = null): Html {
  const text = post.text;
  const entities = [...(post.entities ?? [])].filter((e) => e.type in TAG || (e.type === 'text_link' && e.url?.startsWith('https://'))).sort((a, b) => a.offset - b.offset || b.length - a.length);
  const open: Entity[] = [];
  let out = '';
  const close = (e: Entity) => (e.type === 'text_link' ? '</a>' : `</${TAG[e.type]}>`);
  const start = (e: Entity) => (e.type === 'text_link' ? `<a href="${escapeHtml(e.url!)}" rel="noopener noreferrer nofollow" target="_blank">` : e.type === 'spoiler' ? '<span class="spoiler">' : `<${TAG[e.type]}>`);
  let next = 0;
  for (let i = 0; i <= text.length; i++) {
    // Spans that end here close first (innermost first); crossing spans are cut at the outer end.
    while (open.length && open.at(-1)!.offset + open.at(-1)!.length <= i) out += close(open.pop()!);
    while (next < entities.length && entities[next]!.offset === i) {
      out += start(entities[next]!);
      open.push(entities[next]!);
      next++;
    }
    if (i < text.length) out += escapeHtml(text[i]!);
  }
  while (open.length) out += close(open.pop()!);
  // The file itself stays in Telegram (the moderator's chat shows it); the page names what comes with the text.
  const attachment = post.photo
    ? html`<p class="attachment" data-attachment="photo">🖼 ${t('web-news-with-photo')}</p>${photoUrl ? html`<img class="post-photo" src="${photoUrl}" alt="${t('web-news-with-photo')}" loading="lazy">` : ''}`
    : post.document ? html`<p class="attachment" data-attachment="document">📎 ${t('web-news-with-document')}</p>` : '';
  return html`${attachment}<div class="post-preview">${trustedHtml(out)}</div>${post.buttons.length ? html`<div class="post-buttons">${post.buttons.map((b) => html`<a class="post-button" href="${b.url}" rel="noopener noreferrer nofollow" target="_blank">${b.text}</a>`)}</div>` : ''}`;
}

/** The first refusal of a composed post, as the bot words it; null when it may be saved. */
export function postProblem(ctx: PageContext, markup: string, buttonLines: string, attachment: UploadKind | null = null): { post: Post } | { problem: string } {
  const parsed = parsePostHtml(markup);
  if (!parsed.ok) {
    if (parsed.problem === 'link-not-https') return { problem: ctx.t('news-buttons-not-https', { line: truncate(parsed.url, 80) }) };
    return { problem: ctx.t(`web-news-html-${parsed.problem}`, { tag: parsed.tag }) };
  }
  // The attachment's place is held by a stand-in until the post passes: nothing is uploaded for a post refused anyway.
  const post: Post = { text: parsed.text, entities: parsed.entities.length ? parsed.entities : undefined, buttons: [], ...(attachment ? { [attachment]: 'pending' } : {}) };
  const problem = checkPost(post);
  if (problem) return { problem: ctx.t(`broadcast-post-${problem.problem}`, problem.problem === 'too-long' ? { limit: problem.limit, length: problem.length } : {}) };
  const buttons = parseButtons(buttonLines);
  if (!buttons.ok) return { problem: ctx.t(`news-buttons-${buttons.problem}`, { line: truncate(buttons.line, 80) }) };
  post.buttons = buttons.buttons;
  return { post };
}

export function newsRoutes(deps: AdminDeps): AdminRoute[] {
  const { broadcasts } = deps.services;

  const label = async (ctx: PageContext, a: Audience): Promise<string | null> => {
    const name = await broadcasts.describe(a);
    if (!name) return null;
    const shown = ctx.locale === 'en' ? name.nameEn : name.nameRu;
    if (a.kind === 'all') return ctx.t('broadcast-aud-label-all');
    if (a.kind === 'role') return ctx.t('broadcast-aud-label-role', { name: ctx.t(`role-${a.role}`) });
    if (a.kind === 'project' && a.owing) return ctx.t('broadcast-aud-label-project-owing', { name: shown, step: (await broadcasts.currentStep(a.id))?.position ?? '—' });
    return ctx.t(`broadcast-aud-label-${a.kind}`, { name: shown });
  };

  const composePage = async (ctx: PageContext, form: { text: string; buttons: string }, problem: string | null): Promise<Page> => {
    const t = ctx.t;
    const recent = await broadcasts.recent(20);
    const rows = [];
    for (const b of recent) rows.push({ b, c: await broadcasts.counts(b.id, b.total) });
    const table: DataTable = {
      id: 'broadcasts',
      title: t('web-news-recent'),
      columns: [
        { label: t('web-news-post'), type: 'text' },
        { label: t('web-col-status'), type: 'text' },
        { label: t('web-news-send-at'), type: 'datetime' },
        { label: t('web-news-total'), type: 'number' },
        { label: t('web-news-delivered'), type: 'number' },
        { label: t('web-news-blocked'), type: 'number' },
        { label: t('web-news-failed'), type: 'number' },
      ],
      rows: rows.map(({ b, c }) => [b.title, t(`web-news-status-${b.status}`), b.sendAt, c.total, c.delivered, c.blocked, c.failed]),
      links: rows.map(({ b }) => `/admin/news/${b.id}`),
    };
    return {
      title: t('web-news-title'),
      status: problem ? 400 : 200,
      body: html`${notice('error', problem)}
<section class="card"><h2>${t('web-news-compose')}</h2>
<form method="post" action="/admin/news" class="stack" id="compose-form" enctype="multipart/form-data">${hidden(ctx)}
  <label>${t('web-news-text')}<textarea name="text" rows="8" maxlength="20000">${form.text}</textarea></label>
  <p class="muted">${t('web-news-text-hint')}</p>
  <label>${t('web-news-buttons')}<textarea name="buttons" rows="3" maxlength="4000" placeholder="Текст кнопки | https://адрес">${form.buttons}</textarea></label>
  <label>${t('web-news-attachment')}<input type="file" name="attachment" accept="image/jpeg,image/png,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.zip,.txt"></label>
  <p class="muted">${t('web-news-attachment-hint')}</p>
  <button type="submit">${t('web-news-next')}</button>
</form></section>
${tables(ctx, [table])}`,
      tables: [table],
    };
  };

  /** Every audience the bot offers, one select with a group per kind. */
  const audienceSelect = async (ctx: PageContext, chosen: string) => {
    const groups: Html[] = [];
    for (const kind of KINDS) {
      const options = [];
      for (let page = 0, pages = 1; page < pages; page++) {
        const r = await broadcasts.options(kind, page);
        pages = r.pages;
        options.push(...r.options);
      }
      if (!options.length) continue;
      groups.push(
        html`<optgroup label="${ctx.t(`broadcast-aud-${kind}`)}">${options.map((o) => {
          const code = encodeAudience(o.audience);
          const name = o.audience.kind === 'role' ? ctx.t(`role-${o.audience.role}`) : ctx.locale === 'en' ? o.nameEn : o.nameRu;
          return html`<option value="${code}" ${code === chosen ? html`selected` : ''}>${name}</option>`;
        })}</optgroup>`,
      );
    }
    return html`<select name="audience" id="audience"><option value="a" ${chosen === 'a' ? html`selected` : ''}>${ctx.t('broadcast-aud-all')}</option>${groups}</select>`;
  };

  const draftPage = async (ctx: PageContext, b: BroadcastView, code: string, problem: string | null, at = ''): Promise<Page> => {
    const t = ctx.t;
    const audience = code ? decodeAudience(code) : null;
    const name = audience ? await label(ctx, audience) : null;
    let counted: Html | string = '';
    if (audience && name) {
      const { total, unreachable } = await broadcasts.count(audience);
      const step = audience.kind === 'project' && !audience.owing ? await broadcasts.currentStep(audience.id) : null;
      const zone = deps.timeZone.split('/').at(-1)!.replace(/_/g, ' ');
      counted = html`<section class="card" id="audience-count"><p>${t('web-news-recipients', { audience: name, count: total })}</p>
${unreachable ? html`<p class="muted">${t('broadcast-audience-unreachable', { count: unreachable })}</p>` : ''}
${step ? html`<p><a href="${`/admin/news/${b.id}?audience=${encodeAudience({ ...audience, owing: true } as Audience)}`}">${t('broadcast-btn-owing', { step: step.position })}</a></p>` : ''}
${
  total
    ? html`<form method="post" action="${`/admin/news/${b.id}/send`}" class="stack" id="send-form">${hidden(ctx)}<input type="hidden" name="audience" value="${code}">
  <label class="check"><input type="radio" name="when" value="now" ${at ? '' : html`checked`}> ${t('web-news-now')}</label>
  <label class="check"><input type="radio" name="when" value="at" ${at ? html`checked` : ''}> ${t('web-news-at', { zone })}</label>
  <input type="datetime-local" name="at" value="${at}">
  <button type="submit">${t('web-news-send')}</button>
</form>`
    : html`<p class="notice error">${t('broadcast-audience-empty')}</p>`
}</section>`;
    } else if (code) counted = html`<p class="notice error">${t('broadcast-audience-gone')}</p>`;
    return {
      title: b.title,
      status: problem ? 400 : 200,
      body: html`${notice('error', problem)}
<p><a href="/admin/news">← ${t('web-nav-news')}</a></p>
<section class="card"><h2>${t('web-news-preview')}</h2>${postPreview(b.post, t, deps.botFiles ? `/admin/news/${b.id}/photo` : null)}</section>
<section class="card"><h2>${t('web-news-audience')}</h2>
<form method="get" action="${`/admin/news/${b.id}`}" class="filters" id="audience-form">
  <label>${t('web-news-audience')}${await audienceSelect(ctx, code)}</label>
  <button type="submit">${t('web-news-count')}</button>
</form>
${counted}</section>
<form method="post" action="${`/admin/news/${b.id}/cancel`}" class="inline">${hidden(ctx)}<button type="submit" class="link">${t('broadcast-btn-discard')}</button></form>`,
    };
  };

  /** What the status route answers and the page shows first: the state line and «3 400 / 10 000 · …». */
  const progress = async (ctx: PageContext, b: BroadcastView) => {
    const counts = await broadcasts.counts(b.id, b.total);
    const state = b.status as BroadcastState;
    const line = statusText(ctx.t, ctx.locale, b.title, state, counts).split('\n')[1] ?? '';
    return { id: b.id, status: b.status, state: ctx.t(`broadcast-state-${state}`, { title: b.title }), progress: line, counts };
  };

  const statusPage = async (ctx: PageContext, b: BroadcastView): Promise<Page> => {
    const t = ctx.t;
    const p = await progress(ctx, b);
    const control = (verb: 'pause' | 'resume' | 'cancel', states: string, key: string) =>
      html`<form method="post" action="${`/admin/news/${b.id}/${verb}`}" class="inline" data-show-when="${states}" ${states.split(' ').includes(b.status) ? '' : html`hidden`}>${hidden(ctx)}<button type="submit" class="${verb === 'cancel' ? 'danger' : ''}" id="${`news-${verb}`}">${t(key)}</button></form>`;
    return {
      title: b.title,
      body: html`${notice('ok', ctx.query.done ? t(`broadcast-${ctx.query.done}`) : null)}
<p><a href="/admin/news">← ${t('web-nav-news')}</a></p>
<section class="card broadcast-status" data-progress-url="${`/admin/news/${b.id}/status`}" data-status="${b.status}" data-initial="${jsonAttr(p.counts)}">
  <p class="state" id="broadcast-state">${p.state}</p>
  <p class="progress" id="broadcast-progress">${p.progress}</p>
  <progress id="broadcast-bar" max="${Math.max(1, p.counts.total)}" value="${p.counts.total - p.counts.left}"></progress>
  ${b.sendAt ? html`<p class="muted">${t('web-news-send-at')}: ${formatSendTime(b.sendAt, deps.timeZone)}</p>` : ''}
  <div class="controls">${control('pause', 'sending', 'broadcast-btn-pause')} ${control('resume', 'paused', 'broadcast-btn-resume')} ${control('cancel', 'scheduled sending paused', 'broadcast-btn-cancel')}</div>
</section>
<section class="card"><h2>${t('web-news-preview')}</h2>${postPreview(b.post, t, deps.botFiles ? `/admin/news/${b.id}/photo` : null)}</section>
<p><a href="${`/admin/audit?entity=broadcast&entityId=${b.id}`}">${t('web-mod-history')}</a></p>`,
    };
  };

  const broadcastOf = async (ctx: PageContext) => {
    const b = await broadcasts.get(idParam(ctx));
    if (!b) throw new ServiceError('broadcast-not-found');
    return b;
  };

  const control = (verb: 'pause' | 'resume' | 'cancel', done: string): AdminRoute => ({
    method: 'POST',
    url: `/admin/news/:id/${verb}`,
    access: MODERATOR,
    handler: async (ctx) => {
      const b = await broadcastOf(ctx);
      await broadcasts[verb](ctx.person!, b.id);
      return withSecurityHeaders(ctx.reply).redirect(b.status === 'draft' ? '/admin/news' : `/admin/news/${b.id}?done=${done}`, 303);
    },
  });

  return [
    {
      method: 'GET',
      url: '/admin/news',
      access: MODERATOR,
      nav: 'web-nav-news',
      handler: (ctx) => composePage(ctx, { text: '', buttons: '' }, null),
    },
    {
      method: 'POST',
      url: '/admin/news',
      access: MODERATOR,
      multipart: true,
      handler: async (ctx) => {
        const form = { text: formField(ctx, 'text'), buttons: formField(ctx, 'buttons') };
        const file = ctx.files.attachment && (ctx.files.attachment.data.length || ctx.files.attachment.filename) ? ctx.files.attachment : null;
        if (file?.truncated) return composePage(ctx, form, ctx.t('web-news-attachment-too-big', { mb: UPLOAD_LIMIT / 1024 / 1024 }));
        const kind = file ? uploadKindOf(file.mimetype) : null;
        const checked = postProblem(ctx, form.text, form.buttons, kind);
        if ('problem' in checked) return composePage(ctx, form, checked.problem);
        if (file && kind) {
          if (!deps.botFiles) return composePage(ctx, form, ctx.t('web-news-attachment-unavailable'));
          const fileId = await uploadToTelegram(deps.botFiles, ctx.person!.telegramId, file, kind, ctx.t('web-news-attachment-caption'));
          if (!fileId) return composePage(ctx, form, ctx.t('web-news-attachment-refused'));
          checked.post[kind] = fileId;
        }
        const id = await broadcasts.createDraft(ctx.person!, checked.post);
        return withSecurityHeaders(ctx.reply).redirect(`/admin/news/${id}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/admin/news/:id',
      access: MODERATOR,
      handler: async (ctx) => {
        const b = await broadcastOf(ctx);
        return b.status === 'draft' ? draftPage(ctx, b, ctx.query.audience ?? '', null) : statusPage(ctx, b);
      },
    },
    {
      method: 'GET',
      url: '/admin/news/:id/photo',
      access: MODERATOR,
      handler: async (ctx) => {
        // The post's photo as recipients will see it, fetched from Telegram by its file_id (never stored here).
        const b = await broadcasts.get(idParam(ctx));
        const file = b?.post.photo && deps.botFiles ? await fetchTelegramFile(deps.botFiles, b.post.photo) : null;
        if (!file) return withSecurityHeaders(ctx.reply).code(404).type('text/plain; charset=utf-8').send(ctx.t('web-not-found'));
        const reply = withSecurityHeaders(ctx.reply).type('image/jpeg').header('cache-control', 'private, max-age=300');
        if (file.size) reply.header('content-length', file.size);
        return reply.send(file.body);
      },
    },
    {
      method: 'GET',
      url: '/admin/news/:id/status',
      access: MODERATOR,
      handler: async (ctx) => {
        const b = await broadcasts.get(idParam(ctx));
        const reply = withSecurityHeaders(ctx.reply).type('application/json; charset=utf-8');
        if (!b) return reply.code(404).send(JSON.stringify({ error: ctx.t('broadcast-not-found') }));
        if (b.status === 'draft') return reply.send(JSON.stringify({ id: b.id, status: b.status }));
        return reply.send(JSON.stringify(await progress(ctx, b)));
      },
    },
    {
      method: 'POST',
      url: '/admin/news/:id/send',
      access: MODERATOR,
      handler: async (ctx) => {
        const b = await broadcastOf(ctx);
        const code = formField(ctx, 'audience');
        const audience = decodeAudience(code);
        // Sent already (a double click, a resent form): the page of what is going on, nothing sent twice.
        if (b.status !== 'draft') return withSecurityHeaders(ctx.reply).redirect(`/admin/news/${b.id}`, 303);
        if (!audience || !(await label(ctx, audience))) return draftPage(ctx, b, '', ctx.t('broadcast-audience-gone'));
        let sendAt: Date | null = null;
        const at = formField(ctx, 'at');
        if (formField(ctx, 'when') === 'at') {
          // The picker's «2026-12-15T10:00» read by the bot's own rule for «15.12.2026 10:00».
          const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(at);
          const parsed = m ? parseSendTime(`${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]}`, deps.clock.now(), deps.timeZone) : ({ ok: false, problem: 'format' } as const);
          if (!parsed.ok) return draftPage(ctx, b, code, ctx.t(`broadcast-time-${parsed.problem}`), at);
          sendAt = parsed.at;
        }
        try {
          await broadcasts.confirm(ctx.person!, b.id, audience, sendAt, null);
        } catch (error) {
          if (error instanceof ServiceError && (error.code === 'broadcast-time-past' || error.code === 'broadcast-audience-empty')) return draftPage(ctx, b, code, ctx.t(error.code), at);
          // Two sends of one form at the same moment: the other one confirmed it.
          if (error instanceof ServiceError && error.code === 'broadcast-already-confirmed') return withSecurityHeaders(ctx.reply).redirect(`/admin/news/${b.id}`, 303);
          throw error;
        }
        return withSecurityHeaders(ctx.reply).redirect(`/admin/news/${b.id}`, 303);
      },
    },
    control('pause', 'paused'),
    control('resume', 'resumed'),
    control('cancel', 'cancelled'),
  ];
}
