// What people type reaches certificates and portfolios as text only: escaping, cleaning, templates.
import { describe, expect, it } from 'vitest';
import { certificateHtml, verificationUrl } from '../../src/render/certificate-html.ts';
import { cleanText, escapeHtml, userText } from '../../src/render/escape.ts';
import { portfolioHtml, type PortfolioView } from '../../src/render/portfolio-html.ts';
import { fillTemplate } from '../../src/render/template.ts';
import { isCertificateCode, newCertificateCode } from '../../src/services/certificates.ts';

const HOSTILE = `<script>alert(1)</script><img src=http://169.254.169.254/latest/meta-data> "quoted" 'single' & more`;

describe('escapeHtml / userText', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves no tag of a hostile name and keeps its words', () => {
    const html = userText(HOSTILE);
    expect(html.startsWith('<bdi>') && html.endsWith('</bdi>')).toBe(true);
    const inner = html.slice('<bdi>'.length, -'</bdi>'.length);
    expect(inner).not.toMatch(/[<>"']/);
    expect(inner).toContain('&lt;img src=http://169.254.169.254/latest/meta-data&gt;');
  });

  it('keeps right-to-left letters but drops bidi overrides and control characters', () => {
    expect(cleanText('Мария \u202Eabc\u202C שלום\u0007')).toBe('Мария abc שלום');
    expect(cleanText('строка\nвторая\tтаб')).toBe('строка\nвторая\tтаб');
    expect(userText('\u2067عربي\u2069')).toBe('<bdi>عربي</bdi>');
  });
});

describe('fillTemplate', () => {
  it('escapes double-brace values and inserts triple-brace fragments as they are', () => {
    expect(fillTemplate('<p>{{name}}</p><div>{{{frag}}}</div>', { name: '<b>x</b>', frag: '<i>y</i>' })).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p><div><i>y</i></div>');
  });

  it('refuses a template with a value it was not given', () => {
    expect(() => fillTemplate('{{a}} {{b}}', { a: 1 })).toThrow(/"b" is missing/);
  });
});

describe('certificate and portfolio documents', () => {
  const doc = {
    code: 'K7QF92MXA3PD', participant: HOSTILE, institution: 'МБУ ДО «Станция юных техников»', project: 'Обучаем <дистант>',
    step: 'Шаг 1', points: 17, maxPoints: 19, issuedAt: new Date('2026-05-14T05:00:00Z'),
  };

  it('prints the name as text and carries every part of the certificate', async () => {
    const html = await certificateHtml(doc, 'https://kodo.example.ru/', 'Asia/Krasnoyarsk');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Обучаем &lt;дистант&gt;');
    expect(html).toContain('14 мая 2026');
    expect(html).toContain('КоДО — коворкинг дополнительного образования');
    expect(html).toContain('Баллы: 17 из 19');
    expect(html).toContain('K7QF92MXA3PD');
    expect(html).toContain('https://kodo.example.ru/c/K7QF92MXA3PD');
    // The QR code is inline SVG: nothing for the page to fetch.
    expect(html).toMatch(/<svg[^>]*>[\s\S]*<\/svg>/);
    expect(html).not.toMatch(/<[^>]+\s(src|href)=/i);
  });

  it('builds the verification link from the public URL', () => {
    expect(verificationUrl('http://localhost:3000//', 'ABC123DEF456')).toBe('http://localhost:3000/c/ABC123DEF456');
  });

  it('lists the portfolio sections and escapes what people typed in them', () => {
    const view: PortfolioView = {
      participant: HOSTILE, institution: 'МБУ ДО «ДДТ»', municipality: 'Город Северогорск', guilds: ['Педагог', 'Методист'],
      points: 42, level: 'Новичок', generatedAt: new Date('2026-11-20T03:00:00Z'),
      steps: [{ project: 'Обучаем', step: 'Шаг <1>', training: true, points: 17, maxPoints: 19, acceptedAt: new Date('2026-05-20T03:00:00Z'), tokens: ['КАЧЕСТВО'], certificate: 'K7QF92MXA3PD' }],
      certificates: [{ code: 'K7QF92MXA3PD', issuedAt: new Date('2026-05-20T03:00:00Z'), revoked: false, points: 17, project: 'Обучаем', step: 'Шаг <1>' }],
      badges: [{ name: 'УМЕЛЕЦ', description: 'Проекты в трёх гильдиях', awardedAt: new Date('2026-06-01T03:00:00Z') }],
      training: [{ project: 'Обучаем', startsOn: new Date('2026-05-14T03:00:00Z'), endsOn: new Date('2026-05-31T03:00:00Z'), stepsAccepted: 1, stepsTotal: 3, completed: false }],
    };
    const html = portfolioHtml(view, 'https://kodo.example.ru', 'Asia/Krasnoyarsk');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('Шаг &lt;1&gt;');
    expect(html).toContain('14 мая – 31 мая');
    expect(html).toContain('1 из 3');
    expect(html).toContain('УМЕЛЕЦ');
    expect(html).toContain('K7QF92MXA3PD');
    expect(html).toContain('Гильдии: Педагог, Методист');
  });
});

describe('certificate codes', () => {
  it('are 12 unambiguous characters, different each time, and accepted by the deep-link pattern', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()));
    expect(codes.size).toBe(2000);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
      expect(isCertificateCode(code)).toBe(true);
    }
  });

  it('rejects codes that cannot be ours before asking the database', () => {
    for (const bad of ['', 'abc', 'ABC-123-DEF', '<script>', 'A'.repeat(33), '../../etc']) expect(isCertificateCode(bad)).toBe(false);
  });
});
