// The portfolio document: the participant's record laid into templates/portfolio.html.
import { formatDay, formatRange } from '../domain/dates.ts';
import { CERTIFICATE_ISSUER } from './certificate-html.ts';
import { escapeHtml, userText } from './escape.ts';
import { fillTemplate, loadTemplate } from './template.ts';

export interface PortfolioView {
  participant: string;
  institution: string | null;
  municipality: string | null;
  guilds: string[];
  points: number;
  level: string | null;
  generatedAt: Date;
  steps: { project: string; step: string; training: boolean; points: number; maxPoints: number | null; acceptedAt: Date; tokens: string[]; certificate: string | null }[];
  certificates: { code: string; issuedAt: Date; revoked: boolean; points: number; project: string; step: string }[];
  badges: { name: string; description: string; awardedAt: Date }[];
  training: { project: string; startsOn: Date; endsOn: Date; stepsAccepted: number; stepsTotal: number; completed: boolean }[];
}

const empty = (text: string) => `<p class="empty">${escapeHtml(text)}</p>`;

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function portfolioHtml(view: PortfolioView, publicUrl: string, timeZone: string): string {
  const day = (d: Date) => `<span class="nowrap">${escapeHtml(formatDay(d, 'ru', timeZone, true))}</span>`;
  const base = publicUrl.replace(/\/+$/, '');
  const organisation = [view.institution, view.municipality].filter((x): x is string => Boolean(x)).map(userText).join(', ');

  const training = view.training.length
    ? table(
        ['Проект', 'Сроки', 'Шаги', 'Статус'],
        view.training.map((t) => [
          userText(t.project),
          escapeHtml(formatRange(t.startsOn, t.endsOn, 'ru', timeZone)),
          `${t.stepsAccepted} из ${t.stepsTotal}`,
          t.completed ? 'завершён' : 'идёт',
        ]),
        [2],
      )
    : empty('Пока нет участия в проектах подготовки кадров.');

  const steps = view.steps.length
    ? table(
        ['Проект и шаг', 'Принят', 'Баллы', 'Сертификат'],
        view.steps.map((s) => [
          `${userText(s.project)}<br><span class="muted">${userText(s.step)}</span>${s.training ? ' <span class="tag">обучение</span>' : ''}${s.tokens.map((t) => ` <span class="tag">${escapeHtml(t)}</span>`).join('')}`,
          day(s.acceptedAt),
          s.maxPoints ? `${s.points} из ${s.maxPoints}` : String(s.points),
          s.certificate ? `<span class="code">${escapeHtml(s.certificate)}</span>` : '<span class="muted">—</span>',
        ]),
        [2],
      )
    : empty('Принятых шагов пока нет.');

  const badges = view.badges.length
    ? table(['Награда', 'За что', 'Получена'], view.badges.map((b) => [`<b>${escapeHtml(b.name)}</b>`, escapeHtml(b.description), day(b.awardedAt)]))
    : empty('Наград пока нет.');

  const certificates = view.certificates.length
    ? table(
        ['Код', 'Шаг проекта', 'Выдан', 'Баллы'],
        view.certificates.map((c) => [
          `<span class="code">${escapeHtml(c.code)}</span>${c.revoked ? '<br><span class="revoked">отозван</span>' : ''}`,
          `${userText(c.project)}<br><span class="muted">${userText(c.step)}</span>`,
          day(c.issuedAt),
          String(c.points),
        ]),
        [3],
      )
    : empty('Сертификатов пока нет.');

  return fillTemplate(loadTemplate('portfolio.html'), {
    issuer: CERTIFICATE_ISSUER,
    participant: userText(view.participant),
    organisation: organisation || '—',
    guilds: view.guilds.length ? `Гильдии: ${view.guilds.map(escapeHtml).join(', ')}` : '',
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
    generated: formatDay(view.generatedAt, 'ru', timeZone, true),
    verifyBase: base,
  });
}
