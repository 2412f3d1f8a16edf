// Public pages without login: /c/<code> says whether a certificate is valid or revoked and what it
// certifies; /p/<code> is a portfolio its owner chose to open.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { escapeHtml, userText } from '../render/escape.ts';
import { fillTemplate, loadTemplate } from '../render/template.ts';
import type { CertificateRecord, CertificateService } from '../services/certificates.ts';
import type { PortfolioService } from '../services/portfolio.ts';
import type { Translate } from '../services/translator.ts';

export interface CertificatePagesDeps {
  certificates: CertificateService;
  portfolio: PortfolioService;
  translate: Translate;
  defaultLocale: string;
}

// Nothing on these pages needs scripts, frames or outside resources: forbid them all.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // A revocation must show at once, not after a cache expires.
  'cache-control': 'no-store',
};

function localeOf(request: FastifyRequest, fallback: string): string {
  const query = (request.query as { lang?: unknown } | undefined)?.lang;
  if (query === 'ru' || query === 'en') return query;
  const accept = String(request.headers['accept-language'] ?? '').toLowerCase();
  if (/^\s*en\b/.test(accept)) return 'en';
  if (/^\s*ru\b/.test(accept)) return 'ru';
  return fallback;
}

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).headers(SECURITY_HEADERS).type('text/html; charset=utf-8').send(html);
}

export function registerCertificatePages(app: FastifyInstance, deps: CertificatePagesDeps): void {
  const { certificates, portfolio, translate } = deps;

  const facts = (locale: string, cert: CertificateRecord) => {
    const t = (key: string) => escapeHtml(translate(locale, key));
    const organisation = [cert.institution, cert.municipality].filter((x): x is string => Boolean(x)).map(userText).join(', ') || '—';
    const rows: [string, string][] = [
      [t('certificates-page-participant'), userText(cert.participant)],
      [t('certificates-page-institution'), organisation],
      [t('certificates-page-project'), userText(cert.project)],
      // A project certificate stands for every step; its hours are printed where the project states them.
      cert.step === null ? [t('certificates-page-kind'), t('certificates-page-kind-project')] : [t('certificates-page-step'), userText(cert.step)],
      ...(cert.kind === 'project' && cert.hours ? [[t('certificates-page-hours'), escapeHtml(String(cert.hours))] as [string, string]] : []),
      [t('certificates-page-points'), escapeHtml(cert.maxPoints ? `${cert.points} / ${cert.maxPoints}` : String(cert.points))],
      [t('certificates-page-date'), escapeHtml(certificates.formatDate(cert.issuedAt, locale))],
      [t('certificates-page-issuer'), t('certificates-issuer')],
      [t('certificates-page-code'), `<span class="code">${escapeHtml(cert.code)}</span>`],
    ];
    return `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
  };

  app.get<{ Params: { code: string } }>('/c/:code', async (request, reply) => {
    const locale = localeOf(request, deps.defaultLocale);
    const code = request.params.code;
    const cert = await certificates.byCode(code);
    const page = (status: number, values: { statusClass: string; statusText: string; statusDetail: string; facts: string }) =>
      send(reply, status, fillTemplate(loadTemplate('certificate-check.html'), {
        lang: locale,
        title: translate(locale, 'certificates-page-title'),
        issuer: translate(locale, 'certificates-issuer'),
        note: translate(locale, 'certificates-page-note'),
        ...values,
      }));
    if (!cert) {
      return page(404, {
        statusClass: 'missing',
        statusText: translate(locale, 'certificates-page-not-found'),
        statusDetail: escapeHtml(translate(locale, 'certificates-page-not-found-detail', { code: code.slice(0, 64) })),
        facts: '',
      });
    }
    if (cert.revokedAt) {
      return page(200, {
        statusClass: 'revoked',
        statusText: translate(locale, 'certificates-page-revoked'),
        statusDetail: escapeHtml(translate(locale, 'certificates-page-revoked-detail', {
          date: certificates.formatDate(cert.revokedAt, locale),
          reason: certificates.reasonText(locale, cert.revokeReason),
        })),
        facts: facts(locale, cert),
      });
    }
    return page(200, {
      statusClass: 'valid',
      statusText: translate(locale, 'certificates-page-valid'),
      statusDetail: escapeHtml(translate(locale, cert.kind === 'project' ? 'certificates-page-valid-detail-project' : 'certificates-page-valid-detail')),
      facts: facts(locale, cert),
    });
  });

  app.get<{ Params: { code: string } }>('/p/:code', async (request, reply) => {
    const html = await portfolio.publicHtml(request.params.code);
    if (html) return send(reply, 200, html);
    const locale = localeOf(request, deps.defaultLocale);
    return send(reply, 404, fillTemplate(loadTemplate('certificate-check.html'), {
      lang: locale,
      title: translate(locale, 'portfolio-page-title'),
      issuer: translate(locale, 'certificates-issuer'),
      note: '',
      statusClass: 'missing',
      statusText: translate(locale, 'portfolio-page-not-found'),
      statusDetail: '',
      facts: '',
    }));
  });
}
