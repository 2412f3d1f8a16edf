// The buttons notices carry: the callback data the bot answers, and no link Telegram would refuse.
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction } from '../../src/bot/catalogue-state.ts';
import { submitData } from '../../src/bot/views/step-view.ts';
import { inlineKeyboard, stepCardButton, submitStepButton, urlButton } from '../../src/services/notice-buttons.ts';

describe('notice buttons', () => {
  it('carry the callback data the submission and catalogue features answer', () => {
    expect(submitStepButton('Сдать', 42)).toEqual({ text: 'Сдать', callback_data: submitData(42) });
    const step = stepCardButton('Шаг', 987_654_321) as { callback_data: string };
    expect(step.callback_data).toBe(encodeAction({ verb: 'step-new', stepId: 987_654_321 }));
    expect(decodeAction(step.callback_data)).toEqual({ verb: 'step-new', stepId: 987_654_321 });
    expect(Buffer.byteLength(step.callback_data)).toBeLessThanOrEqual(64);
  });

  it('link only to addresses Telegram accepts in a button', () => {
    expect(urlButton('Проверить', 'https://kodo.example.ru/c/ABCDEFGHJKLM')).toEqual({ text: 'Проверить', url: 'https://kodo.example.ru/c/ABCDEFGHJKLM' });
    expect(urlButton('Проверить', 'http://kodo.test/c/X')).not.toBeNull();
    for (const local of ['http://localhost:3000/c/X', 'http://127.0.0.1:3000/c/X', 'http://[::1]:3000/c/X', 'http://kodo/c/X', 'ftp://kodo.example.ru/c/X', 'not a url']) {
      expect(urlButton('Проверить', local)).toBeNull();
    }
  });

  it('leave out empty rows, and give no keyboard at all when nothing is left', () => {
    expect(inlineKeyboard([[urlButton('a', 'http://localhost/x')]])).toBeUndefined();
    expect(inlineKeyboard([[urlButton('a', 'http://localhost/x')], [submitStepButton('b', 1)]])).toEqual({ inline_keyboard: [[{ text: 'b', callback_data: 'submit:1' }]] });
  });
});
