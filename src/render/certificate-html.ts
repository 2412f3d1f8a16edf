// The certificate document: what it certifies, laid into templates/certificate.html with a QR code.
import { formatDay } from '../domain/dates.ts';
import { escapeHtml, userText } from './escape.ts';
import { printText, type PrintText } from './print-text.ts';
import { fillTemplate, loadTemplate } from './template.ts';

export type CertificateKind = 'step' | 'project';

export interface CertificateDocument {
  code: string;
  /** A step accepted (the default), or every step of a project completed. */
  kind?: CertificateKind;
  participant: string;
  institution: string | null;
  project: string;
  /** The step's title (null for a project certificate). */
  step: string | null;
  points: number;
  /** Study hours of a project certificate, when the project states them. */
  hours?: number | null;
  maxPoints: number | null;
  issuedAt: Date;
}

export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/c/${encodeURIComponent(code)}`;
}

/** An inline SVG, so the page needs no request and no image decoding from outside. */
export async function qrSvg(text: string): Promise<string> {
  // Loaded on first use, like the renderer: most processes never draw a certificate.
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M', color: { dark: '#1f2a44', light: '#fffdf8' } });
}

/**
 * The certificate page in the holder's language (`text`, Russian by default). User text is
 * escaped and isolated; the labels come from locales/*.ftl (keys cert-pdf-*).
 */
export async function certificateHtml(doc: CertificateDocument, publicUrl: string, timeZone: string, text: PrintText = printText('ru')): Promise<string> {
  const { t, locale } = text;
  const url = verificationUrl(publicUrl, doc.code);
  const points = doc.maxPoints ? t('cert-pdf-points-of', { points: doc.points, max: doc.maxPoints }) : String(doc.points);
  const project = userText(doc.project);
  const what =
    doc.kind === 'project'
      ? t('cert-pdf-what-project', { project: '\u0000' })
      : t('cert-pdf-what-step', { step: '\u0000', project: '\u0001' });
  return fillTemplate(loadTemplate('certificate.html'), {
    lang: locale,
    issuer: t('certificates-issuer'),
    code: doc.code,
    heading: t('cert-pdf-heading'),
    subtitle: t(doc.kind === 'project' ? 'cert-pdf-subtitle-project' : 'cert-pdf-subtitle-step'),
    lead: t('cert-pdf-lead'),
    participant: userText(doc.participant),
    institution: doc.institution ? userText(doc.institution) : '',
    // The sentence comes from the locale; the titles are placed into it already escaped.
    // (Replaced by functions: a title with "$&" in it must print as typed.)
    what: escapeLines(what)
      .replace('\u0000', () => `<b>${doc.kind === 'project' ? project : userText(doc.step ?? '')}</b>`)
      .replace('\u0001', () => `<b>${project}</b>`),
    points: t('cert-pdf-points', { points }),
    hours: doc.kind === 'project' && doc.hours ? ` <span class="points">${escapeHtml(t('cert-pdf-hours', { hours: doc.hours }))}</span>` : '',
    dateLabel: t('cert-pdf-date'),
    date: formatDay(doc.issuedAt, locale, timeZone, true),
    issuedBy: t('cert-pdf-issued-by'),
    codeLabel: t('cert-pdf-code'),
    checkLabel: t('cert-pdf-check'),
    seal: escapeLines(t('cert-pdf-seal')),
    scan: t('cert-pdf-scan'),
    verifyUrl: url,
    qr: await qrSvg(url),
  });
}

/** Escapes a locale sentence and keeps its line breaks as <br>. */
function escapeLines(text: string): string {
  return text.split('\n').map((line) => escapeHtml(line)).join('<br>');
}
