// The portfolio document: the participant's record laid into templates/portfolio.html.
import { formatDay, formatRange } from '../domain/dates.ts';
import { escapeHtml, userText } from './escape.ts';
import { printText, type PrintText } from './print-text.ts';
import { fillTemplate, loadTemplate } from './template.ts';

export interface PortfolioView {
  /** The holder's language: names of guilds, levels, badges and tokens are already in it. */
  locale?: string;
  participant: string;
  institution: string | null;
  municipality: string | null;
  guilds: string[];
  points: number;
  level: string | null;
  generatedAt: Date;
  steps: { project: string; step: string; training: boolean; points: number; maxPoints: number | null; acceptedAt: Date; tokens: string[]; certificate: string | null }[];
  /** `step` is null for a project completion certificate. */
  certificates: { code: string; issuedAt: Date; revoked: boolean; points: number; project: string; step: string | null }[];
  badges: { name: string; description: string; awardedAt: Date }[];
  training: { project: string; startsOn: Date; endsOn: Date; stepsAccepted: number; stepsTotal: number; completed: boolean }[];
}

const empty = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The portfolio in the holder's language (`text`, Russian by default); labels from locales (portfolio-pdf-*). */
export function portfolioHtml(view: PortfolioView, publicUrl: string, timeZone: string, text: PrintText = printText('ru')): string {
  const { t, locale } = text;
  const day = (d: Date) => `<span class="nowrap">${escapeHtml(formatDay(d, locale, timeZone, true))}</span>`;
  const ofMax = (points: number, max: number | null) => (max ? t('cert-pdf-points-of', { points, max }) : String(points));
  const base = publicUrl.replace(/\/+$/, '');
  const organisation = [view.institution, view.municipality].filter((x): x is string => Boolean(x)).map(userText).join(', ');

  const training = view.training.length
    ? table(
        [t('portfolio-pdf-col-project'), t('portfolio-pdf-col-dates'), t('portfolio-pdf-col-steps'), t('portfolio-pdf-col-status')],
        view.training.map((p) => [
          userText(p.project),
          escapeHtml(formatRange(p.startsOn, p.endsOn, locale, timeZone)),
          escapeHtml(ofMax(p.stepsAccepted, p.stepsTotal)),
          escapeHtml(t(p.completed ? 'portfolio-pdf-completed' : 'portfolio-pdf-running')),
        ]),
        [2],
      )
    : empty(t('portfolio-pdf-training-none'));

  const steps = view.steps.length
    ? table(
        [t('portfolio-pdf-col-project-step'), t('portfolio-pdf-col-accepted'), t('portfolio-pdf-col-points'), t('portfolio-pdf-col-certificate')],
        view.steps.map((s) => [
          `${userText(s.project)}<br><span class="muted">${userText(s.step)}</span>${s.training ? ` <span class="tag">${escapeHtml(t('portfolio-pdf-tag-training'))}</span>` : ''}${s.tokens.map((token) => ` <span class="tag">${escapeHtml(token)}</span>`).join('')}`,
          day(s.acceptedAt),
          escapeHtml(ofMax(s.points, s.maxPoints)),
          s.certificate ? `<span class="code">${escapeHtml(s.certificate)}</span>` : '<span class="muted">—</span>',
        ]),
        [2],
      )
    : empty(t('portfolio-pdf-steps-none'));

  const badges = view.badges.length
    ? table([t('portfolio-pdf-col-badge'), t('portfolio-pdf-col-why'), t('portfolio-pdf-col-awarded')], view.badges.map((b) => [`<b>${escapeHtml(b.name)}</b>`, escapeHtml(b.description), day(b.awardedAt)]))
    : empty(t('portfolio-pdf-badges-none'));

  const certificates = view.certificates.length
    ? table(
        [t('portfolio-pdf-col-code'), t('portfolio-pdf-col-project-step'), t('portfolio-pdf-col-issued'), t('portfolio-pdf-col-points')],
        view.certificates.map((c) => [
          `<span class="code">${escapeHtml(c.code)}</span>${c.revoked ? `<br><span class="revoked">${escapeHtml(t('portfolio-pdf-revoked'))}</span>` : ''}`,
          `${userText(c.project)}<br><span class="muted">${c.step === null ? escapeHtml(t('portfolio-pdf-whole-project')) : userText(c.step)}</span>`,
          day(c.issuedAt),
          String(c.points),
        ]),
        [3],
      )
    : empty(t('portfolio-pdf-certificates-none'));

  return fillTemplate(loadTemplate('portfolio.html'), {
    lang: locale,
    title: t('portfolio-pdf-title'),
    kicker: t('portfolio-pdf-kicker'),
    issuer: t('certificates-issuer'),
    participant: userText(view.participant),
    organisation: organisation || '—',
    guilds: view.guilds.length ? escapeHtml(t('portfolio-pdf-guilds', { guilds: view.guilds.join(', ') })) : '',
    pointsLabel: t('portfolio-pdf-points'),
    stepsLabel: t('portfolio-pdf-steps'),
    certificatesLabel: t('portfolio-pdf-certificates'),
    badgesLabel: t('portfolio-pdf-badges'),
    trainingLabel: t('portfolio-pdf-training'),
    trainingTitle: t('portfolio-pdf-training-title'),
    stepsTitle: t('portfolio-pdf-steps-title'),
    badgesTitle: t('portfolio-pdf-badges-title'),
    certificatesTitle: t('portfolio-pdf-certificates-title'),
    points: view.points,
    level: view.level ? userText(view.level) : '—',
    stepsCount: view.steps.length,
    certificatesCount: view.certificates.filter((c) => !c.revoked).length,
    badgesCount: view.badges.length,
    trainingCount: view.training.length,
    training,
    steps,
    badges,
    certificates,
    footer: t('portfolio-pdf-footer', { date: formatDay(view.generatedAt, locale, timeZone, true), url: `${base}/c/` }),
  });
}
