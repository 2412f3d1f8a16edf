// The certificate document: what it certifies, laid into templates/certificate.html with a QR code.
import { formatDay } from '../domain/dates.ts';
import { userText } from './escape.ts';
import { fillTemplate, loadTemplate } from './template.ts';

export const CERTIFICATE_ISSUER = 'КоДО — коворкинг дополнительного образования';

export interface CertificateDocument {
  code: string;
  participant: string;
  institution: string | null;
  project: string;
  step: string;
  points: number;
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

export async function certificateHtml(doc: CertificateDocument, publicUrl: string, timeZone: string): Promise<string> {
  const url = verificationUrl(publicUrl, doc.code);
  return fillTemplate(loadTemplate('certificate.html'), {
    issuer: CERTIFICATE_ISSUER,
    code: doc.code,
    participant: userText(doc.participant),
    institution: doc.institution ? userText(doc.institution) : '',
    project: userText(doc.project),
    step: userText(doc.step),
    points: doc.maxPoints ? `${doc.points} из ${doc.maxPoints}` : String(doc.points),
    date: formatDay(doc.issuedAt, 'ru', timeZone, true),
    verifyUrl: url,
    qr: await qrSvg(url),
  });
}
