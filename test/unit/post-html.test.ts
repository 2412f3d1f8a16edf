// The web form's HTML subset read into the text and entities a post keeps.
import { describe, expect, it } from 'vitest';
import { parsePostHtml } from '../../src/domain/post-html.ts';

describe('parsePostHtml', () => {
  it('turns tags into entities with UTF-16 offsets and decodes character references', () => {
    const r = parsePostHtml('<b>Важно</b>: семинар 😀 <i>в <u>пятницу</u></i> &lt;10:00&gt; <a href="https://kodo.example/s">запись</a>');
    expect(r).toEqual({
      ok: true,
      text: 'Важно: семинар 😀 в пятницу <10:00> запись',
      entities: [
        { type: 'bold', offset: 0, length: 5 },
        { type: 'italic', offset: 18, length: 9 },
        { type: 'underline', offset: 20, length: 7 },
        { type: 'text_link', offset: 36, length: 6, url: 'https://kodo.example/s' },
      ],
    });
  });

  it('keeps line breaks and reads <br> as one', () => {
    expect(parsePostHtml('Первая<br>вторая\r\nтретья')).toMatchObject({ ok: true, text: 'Первая\nвторая\nтретья', entities: [] });
  });

  it('refuses a tag outside the subset, a tag left open or closed in the wrong order', () => {
    expect(parsePostHtml('<script>x</script>')).toEqual({ ok: false, problem: 'tag', tag: 'script' });
    expect(parsePostHtml('<b>жирный')).toEqual({ ok: false, problem: 'unbalanced', tag: 'b' });
    expect(parsePostHtml('<b><i>x</b></i>')).toEqual({ ok: false, problem: 'unbalanced', tag: 'b' });
  });

  it('refuses a link that is not https', () => {
    expect(parsePostHtml('<a href="http://kodo.example">x</a>')).toEqual({ ok: false, problem: 'link-not-https', url: 'http://kodo.example' });
    expect(parsePostHtml('<a href="javascript:alert(1)">x</a>')).toMatchObject({ ok: false, problem: 'link-not-https' });
  });
});
