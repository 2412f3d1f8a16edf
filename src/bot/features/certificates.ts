// /certificates (list and re-send mine), /portfolio (PDF and the public link), /cert_revoke for
// moderators, and the cert_<code> deep link. Rendering of new certificates is not done here.
import { Composer, GrammyError, InlineKeyboard, InputFile } from 'grammy';
import type { Message } from 'grammy/types';
import type { CertificateRecord, CertificateSummary } from '../../services/certificates.ts';
import { ServiceError } from '../../services/users.ts';
import type { FeatureDeps } from '../create-bot.ts';
import type { BotContext } from '../context.ts';
import { escapeHtml } from '../html.ts';
import { registeredPerson } from '../registered.ts';

const LIST_LIMIT = 30;
// A person waiting for their portfolio gets an answer rather than a stalled chat.
const PORTFOLIO_TIMEOUT_MS = 45_000;

const STATE_ICON: Record<CertificateSummary['state'], string> = { ready: '✅', pending: '⏳', revoked: '⛔' };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function certificatesFeature(deps: FeatureDeps): Composer<BotContext> {
  const { certificates, portfolio } = deps.services;
  const feature = new Composer<BotContext>();

  const localeOf = async (ctx: BotContext) => (await ctx.i18n.getLocale()) ?? 'ru';

  // ── /certificates ─────────────────────────────────────────────────────

  feature.command('certificates', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const all = await certificates.listFor(person.id);
    if (!all.length) return void (await ctx.reply(ctx.t('certificates-none')));
    const locale = await localeOf(ctx);
    const shown = all.slice(0, LIST_LIMIT);
    const lines = shown.map((c, i) =>
      ctx.t(c.kind === 'project' ? 'certificates-list-item-project' : 'certificates-list-item', {
        n: i + 1,
        icon: STATE_ICON[c.state],
        step: escapeHtml(c.step ?? ''),
        hours: c.hours ?? 0,
        project: escapeHtml(c.project),
        points: c.points,
        date: certificates.formatDate(c.issuedAt, locale),
        code: c.code,
        state: ctx.t(`certificates-state-${c.state}`),
      }),
    );
    const kb = new InlineKeyboard();
    let inRow = 0;
    shown.forEach((c, i) => {
      if (c.state !== 'ready') return;
      kb.text(`📄 ${i + 1}`, `cert:send:${c.id}`);
      if (++inRow % 5 === 0) kb.row();
    });
    const text = [
      ctx.t('certificates-list-header', { count: all.length }),
      '',
      lines.join('\n'),
      all.length > shown.length ? `\n${ctx.t('certificates-list-more', { count: all.length - shown.length })}` : '',
      '',
      ctx.t(inRow ? 'certificates-list-hint' : 'certificates-list-hint-none', { url: `${certificates.publicUrl}/c/` }),
    ].join('\n');
    await ctx.reply(text, { parse_mode: 'HTML', reply_markup: inRow ? kb : undefined, link_preview_options: { is_disabled: true } });
  });

  const resend = async (ctx: BotContext, certificateId: number): Promise<string | null> => {
    const locale = await localeOf(ctx);
    const plan = await certificates.planResend(ctx.person!.id, certificateId, locale);
    switch (plan.kind) {
      case 'not-found':
        return ctx.t('certificates-not-found-button');
      case 'revoked':
        return ctx.t('certificates-revoked', { reason: plan.reason });
      case 'pending':
        return ctx.t('certificates-preparing');
      case 'fileId':
        try {
          await ctx.replyWithDocument(plan.fileId, { caption: plan.caption, parse_mode: 'HTML' });
          return null;
        } catch (error) {
          // Telegram forgot the file (another bot token, a wiped test server): upload it again.
          if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
          await certificates.forgetFileId(certificateId);
          return resend(ctx, certificateId);
        }
      case 'file': {
        await ctx.replyWithChatAction('upload_document').catch(() => undefined);
        const sent: Message.DocumentMessage = await ctx.replyWithDocument(new InputFile(plan.path, plan.filename), { caption: plan.caption, parse_mode: 'HTML' });
        if (sent.document?.file_id) await certificates.rememberFileId(certificateId, sent.document.file_id);
        return null;
      }
    }
  };

  feature.callbackQuery(/^cert:send:(\d{1,9})$/, async (ctx) => {
    if (!(await registeredPerson(ctx))) return;
    const problem = await resend(ctx, Number(ctx.match[1]));
    await ctx.answerCallbackQuery(problem ? { text: problem, show_alert: true } : undefined);
  });
  // Anything else under this prefix is stale or forged.
  feature.callbackQuery(/^cert:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));

  // ── deep link cert_<code> ─────────────────────────────────────────────

  const card = (ctx: BotContext, cert: CertificateRecord, locale: string) => {
    const status = cert.revokedAt
      ? ctx.t('certificates-card-revoked', { date: certificates.formatDate(cert.revokedAt, locale), reason: escapeHtml(certificates.reasonText(locale, cert.revokeReason)) })
      : ctx.t('certificates-card-valid');
    return ctx.t(cert.kind === 'project' ? 'certificates-card-project' : 'certificates-card', {
      code: cert.code,
      status,
      participant: escapeHtml(cert.participant),
      institution: escapeHtml(cert.institution ?? '—'),
      project: escapeHtml(cert.project),
      step: escapeHtml(cert.step ?? ''),
      hours: cert.hours ? ctx.t('certificates-hours', { hours: cert.hours }) : '—',
      points: cert.maxPoints ? `${cert.points}/${cert.maxPoints}` : String(cert.points),
      date: certificates.formatDate(cert.issuedAt, locale),
      url: certificates.verifyUrl(cert.code),
    });
  };

  deps.deepLinks.on('certificate', async (ctx, link) => {
    const bot = ctx as BotContext;
    const cert = await certificates.byCode(link.code);
    if (!cert) return void (await ctx.reply(ctx.t('certificates-not-found', { code: escapeHtml(link.code) }), { parse_mode: 'HTML' }));
    const locale = (await ctx.i18n.getLocale()) ?? 'ru';
    const mine = bot.person?.id === cert.userId && !cert.revokedAt;
    await ctx.reply(card(bot, cert, locale), {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_markup: mine ? new InlineKeyboard().text(ctx.t('certificates-btn-send'), `cert:send:${cert.id}`) : undefined,
    });
  });

  // ── /cert_revoke CODE reason (moderators) ─────────────────────────────

  feature.command('cert_revoke', async (ctx) => {
    const person = ctx.person;
    if (!person?.roles.some((r) => r === 'moderator' || r === 'admin')) {
      return void (await ctx.reply(ctx.t('need-role', { role: ctx.t('role-moderator') })));
    }
    const [code = '', ...rest] = ctx.match.trim().split(/\s+/);
    if (!code || !rest.length) return void (await ctx.reply(ctx.t('certificates-revoke-usage')));
    try {
      const { changed, code: found } = await certificates.revoke(person, code, rest.join(' '), ctx.effectKey);
      await ctx.reply(ctx.t(changed ? 'certificates-revoke-done' : 'certificates-revoke-already', { code: found }));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const vars: Record<string, string | number> = error.code === 'need-role' ? { role: ctx.t('role-moderator') } : { ...error.vars, code: escapeHtml(String(error.vars.code ?? code)) };
      await ctx.reply(ctx.t(error.code, vars), { parse_mode: 'HTML' });
    }
  });

  // ── /portfolio ────────────────────────────────────────────────────────

  const publicPart = (ctx: BotContext, state: { public: boolean; url: string | null }) => ({
    text: state.public ? ctx.t('portfolio-public-on', { url: state.url! }) : ctx.t('portfolio-public-off'),
    kb: new InlineKeyboard().text(ctx.t(state.public ? 'portfolio-btn-close' : 'portfolio-btn-open'), `portfolio:public:${state.public ? 'off' : 'on'}`),
  });

  feature.command('portfolio', async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const userId = person.id;
    const view = await portfolio.build(userId);
    if (!view) return void (await ctx.reply(ctx.t('not-registered')));
    await ctx.reply(
      ctx.t('portfolio-summary', {
        points: view.points,
        level: escapeHtml(view.level ?? '—'),
        steps: view.steps.length,
        certificates: view.certificates.filter((c) => !c.revoked).length,
        badges: view.badges.length,
        training: view.training.length,
      }),
      { parse_mode: 'HTML' },
    );
    await ctx.replyWithChatAction('upload_document').catch(() => undefined);
    try {
      const pdf = await withTimeout(portfolio.pdf(userId), PORTFOLIO_TIMEOUT_MS);
      if (pdf) await ctx.replyWithDocument(new InputFile(pdf, 'kodo-portfolio.pdf'), { caption: ctx.t('portfolio-caption') });
    } catch (error) {
      if (error instanceof GrammyError) throw error;
      deps.logger.warn({ err: error }, 'portfolio PDF not rendered');
      await ctx.reply(ctx.t('portfolio-pdf-failed'));
    }
    const part = publicPart(ctx, await portfolio.publicState(userId));
    await ctx.reply(part.text, { parse_mode: 'HTML', reply_markup: part.kb, link_preview_options: { is_disabled: true } });
  });

  feature.callbackQuery(/^portfolio:public:(on|off)$/, async (ctx) => {
    const person = await registeredPerson(ctx);
    if (!person) return;
    const state = await portfolio.setPublic(person.id, ctx.match[1] === 'on');
    await ctx.answerCallbackQuery({ text: ctx.t(state.public ? 'portfolio-opened' : 'portfolio-closed') });
    const part = publicPart(ctx, state);
    await ctx.editMessageText(part.text, { parse_mode: 'HTML', reply_markup: part.kb, link_preview_options: { is_disabled: true } }).catch((error) => {
      // Pressing twice leaves the text as it is; Telegram says "not modified".
      if (!(error instanceof GrammyError && /not modified/i.test(error.description))) throw error;
    });
  });
  feature.callbackQuery(/^portfolio:/, (ctx) => ctx.answerCallbackQuery({ text: ctx.t('stale-button') }));

  return feature;
}
