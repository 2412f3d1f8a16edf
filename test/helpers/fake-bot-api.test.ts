// Tests for the fake Bot API server and the update factory, driven through a real grammY Bot.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, InlineKeyboard, InputFile } from 'grammy';
import type { Message } from 'grammy/types';
import { FakeBotApi } from './fake-bot-api.js';
import { callbackUpdate, commandUpdate, documentUpdate, makeUser, photoUpdate, textUpdate } from './updates.js';

const PDF_BYTES = Buffer.from('%PDF-1.4 hello');
const TOKEN = '123:TEST';

async function rawCall(apiRoot: string, method: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${apiRoot}/bot${TOKEN}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('FakeBotApi with a grammY bot', () => {
  const fake = new FakeBotApi();
  let bot: Bot;
  const alice = makeUser(1001, { first_name: 'Alice' });

  beforeAll(async () => {
    await fake.start();
    bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
    bot.command('doc', (ctx) =>
      ctx.replyWithDocument(new InputFile(PDF_BYTES, 'a.pdf'), {
        caption: 'Your file',
        reply_markup: new InlineKeyboard().text('Got it', 'ack'),
      }),
    );
    bot.command('photo', (ctx) => ctx.replyWithPhoto(new InputFile(Buffer.alloc(3000, 1), 'p.jpg')));
    bot.callbackQuery('edit', async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText('Edited', { reply_markup: new InlineKeyboard().text('Again', 'edit') });
    });
    bot.on('message:text', (ctx) =>
      ctx.reply(`echo: ${ctx.message.text}`, { reply_markup: new InlineKeyboard().text('Edit me', 'edit') }),
    );
    await bot.init();
  });

  afterAll(async () => {
    await fake.stop();
  });

  beforeEach(() => {
    fake.clear();
  });

  it('serves getMe from the token and default bot info', () => {
    expect(bot.botInfo).toMatchObject({ id: 123, is_bot: true, username: 'kodo_test_bot', can_join_groups: true });
  });

  it('records getMe with the token', async () => {
    await bot.api.getMe();
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ method: 'getMe', token: TOKEN });
    expect(typeof fake.calls[0]!.at).toBe('number');
  });

  it('replies to text and exposes the message through sent()', async () => {
    await bot.handleUpdate(textUpdate(alice, 'hello'));
    await bot.handleUpdate(textUpdate(alice, 'again'));

    const sent = fake.sent(alice.id);
    expect(sent.map((s) => s.text)).toEqual(['echo: hello', 'echo: again']);
    expect(sent[1]!.messageId).toBe(sent[0]!.messageId + 1);
    expect(sent[0]).toMatchObject({ method: 'sendMessage', chatId: alice.id });
    expect(sent[0]!.replyMarkup).toEqual({ inline_keyboard: [[{ text: 'Edit me', callback_data: 'edit' }]] });
    expect(sent[0]!.message.chat).toEqual({ id: alice.id, type: 'private' });
    expect(sent[0]!.message.reply_markup).toEqual(sent[0]!.replyMarkup);
    expect(fake.lastMessage(alice.id)?.text).toBe('echo: again');
    expect(fake.sent(999)).toEqual([]);
  });

  it('parses multipart uploads sent by grammY', async () => {
    await bot.handleUpdate(commandUpdate(alice, '/doc'));

    const last = fake.lastMessage(alice.id)!;
    expect(last.method).toBe('sendDocument');
    expect(last.text).toBe('Your file');
    expect(last.document).toMatchObject({ file_name: 'a.pdf', mime_type: 'application/pdf', file_size: PDF_BYTES.length });
    expect(last.file?.filename).toBe('a.pdf');
    expect(last.file?.data.equals(PDF_BYTES)).toBe(true);
    // reply_markup travels as a JSON string in multipart and must come back as an object.
    expect(last.replyMarkup).toEqual({ inline_keyboard: [[{ text: 'Got it', callback_data: 'ack' }]] });

    const call = fake.calls.find((c) => c.method === 'sendDocument')!;
    expect(call.params['chat_id']).toBe(String(alice.id));
    expect(call.params['document']).toMatchObject({ filename: 'a.pdf', size: PDF_BYTES.length });
    expect(call.files).toHaveLength(1);
    expect(call.files[0]!.data.toString()).toBe('%PDF-1.4 hello');

    const file = await bot.api.getFile(last.document!.file_id);
    expect(file).toMatchObject({ file_id: last.document!.file_id, file_size: PDF_BYTES.length });
    const download = await fetch(`${fake.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF_BYTES)).toBe(true);
  });

  it('returns photo sizes for uploaded photos', async () => {
    await bot.handleUpdate(commandUpdate(alice, 'photo'));
    const last = fake.lastMessage(alice.id)!;
    expect(last.method).toBe('sendPhoto');
    expect(last.photo).toHaveLength(3);
    expect(last.photo!.at(-1)!.file_size).toBe(3000);
  });

  it('edits messages and rejects edits that change nothing', async () => {
    await bot.handleUpdate(textUpdate(alice, 'menu'));
    const original = fake.lastMessage(alice.id)!;

    await bot.handleUpdate(callbackUpdate(alice, 'edit', original.message));
    const edited = fake.lastMessage(alice.id)!;
    expect(edited).toMatchObject({ method: 'editMessageText', messageId: original.messageId, text: 'Edited' });
    expect(fake.getMessage(alice.id, original.messageId)?.text).toBe('Edited');
    expect(fake.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);

    const again = bot.api.editMessageText(alice.id, original.messageId, 'Edited', {
      reply_markup: new InlineKeyboard().text('Again', 'edit'),
    });
    await expect(again).rejects.toBeInstanceOf(GrammyError);
    await expect(again).rejects.toMatchObject({ error_code: 400, description: expect.stringContaining('message is not modified') });
  });

  it('injects failures with retry_after', async () => {
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 3', retry_after: 3 });

    const err = await bot.api.sendMessage(alice.id, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(429);
    expect((err as GrammyError).parameters.retry_after).toBe(3);
    expect(fake.sent(alice.id)).toHaveLength(0);

    await bot.api.sendMessage(alice.id, 'x');
    expect(fake.sent(alice.id)).toHaveLength(1);
  });

  it('fails the requested number of times', async () => {
    fake.failNext('sendChatAction', { error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 2);
    await expect(bot.api.sendChatAction(alice.id, 'typing')).rejects.toMatchObject({ error_code: 403 });
    await expect(bot.api.sendChatAction(alice.id, 'typing')).rejects.toMatchObject({ error_code: 403 });
    await expect(bot.api.sendChatAction(alice.id, 'typing')).resolves.toBe(true);
  });

  it('stores commands per scope', async () => {
    await bot.api.setMyCommands([{ command: 'start', description: 'Start' }]);
    await bot.api.setMyCommands([{ command: 'admin', description: 'Admin' }], { scope: { type: 'chat', chat_id: 5 } });
    expect(await bot.api.getMyCommands()).toEqual([{ command: 'start', description: 'Start' }]);
    expect(await bot.api.getMyCommands({ scope: { type: 'chat', chat_id: 5 } })).toEqual([
      { command: 'admin', description: 'Admin' },
    ]);
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    await expect(bot.api.setMyCommands([{ command: 'Bad-Name', description: 'x' }])).rejects.toMatchObject({
      error_code: 400,
    });
  });

  it('answers unknown methods with 404', async () => {
    const { status, json } = await rawCall(fake.apiRoot, 'noSuchMethod', {});
    expect(status).toBe(404);
    expect(json).toEqual({ ok: false, error_code: 404, description: 'Not Found: method not found' });
  });

  it('parses urlencoded bodies, turning JSON-looking fields into objects', async () => {
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage`, {
      method: 'POST',
      body: new URLSearchParams({ chat_id: '-100200', text: 'hi', reply_markup: '{"inline_keyboard":[]}' }),
    });
    const json = (await res.json()) as any;
    expect(json.ok).toBe(true);
    expect(json.result.chat).toEqual({ id: -100200, type: 'supergroup' });
    expect(fake.calls.at(-1)!.params['reply_markup']).toEqual({ inline_keyboard: [] });
  });

  it('handles media groups, copies and forwards', async () => {
    const group: Message[] = await bot.api.sendMediaGroup(alice.id, [
      { type: 'document', media: new InputFile(Buffer.from('one'), 'one.txt') },
      { type: 'document', media: new InputFile(Buffer.from('two'), 'two.txt') },
    ]);
    expect(group).toHaveLength(2);
    expect(group[0]!.media_group_id).toBe(group[1]!.media_group_id);
    expect(group.map((m) => m.document?.file_name)).toEqual(['one.txt', 'two.txt']);

    const copy = await bot.api.copyMessage(2002, alice.id, group[0]!.message_id);
    expect(copy.message_id).toBeGreaterThan(0);
    const forwarded = await bot.api.forwardMessage(2002, alice.id, group[1]!.message_id);
    expect(forwarded.document?.file_name).toBe('two.txt');
    expect(forwarded.forward_origin?.type).toBe('user');
  });

  it('builds realistic incoming updates', () => {
    const cmd = commandUpdate(alice, '/start', 'ref_42');
    expect(cmd.message?.text).toBe('/start ref_42');
    expect(cmd.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(cmd.message?.chat.id).toBe(alice.id);

    const doc = documentUpdate(alice, { file_name: 'r.pdf', mime_type: 'application/pdf', file_size: 10 });
    expect(doc.update_id).toBeGreaterThan(cmd.update_id);
    expect(doc.message!.message_id).toBeGreaterThan(cmd.message!.message_id);
    expect(doc.message?.document).toMatchObject({ file_name: 'r.pdf', file_size: 10 });
    expect(photoUpdate(alice).message?.photo).toHaveLength(3);
  });
});

describe('FakeBotApi getUpdates', () => {
  const fake = new FakeBotApi();

  beforeAll(async () => {
    await fake.start();
  });

  afterAll(async () => {
    await fake.stop();
  });

  it('honours offset and limit', async () => {
    const user = makeUser(7);
    const a = fake.pushUpdate(textUpdate(user, 'a'));
    const b = fake.pushUpdate({ message: textUpdate(user, 'b').message! });
    const c = fake.pushUpdate(textUpdate(user, 'c'));
    expect(b.update_id).toBeGreaterThan(a.update_id);

    let r = await rawCall(fake.apiRoot, 'getUpdates', {});
    expect(r.json.result.map((u: any) => u.message.text)).toEqual(['a', 'b', 'c']);

    // Unconfirmed updates are delivered again.
    r = await rawCall(fake.apiRoot, 'getUpdates', { limit: 1 });
    expect(r.json.result.map((u: any) => u.update_id)).toEqual([a.update_id]);

    r = await rawCall(fake.apiRoot, 'getUpdates', { offset: b.update_id });
    expect(r.json.result.map((u: any) => u.update_id)).toEqual([b.update_id, c.update_id]);

    r = await rawCall(fake.apiRoot, 'getUpdates', { offset: c.update_id + 1 });
    expect(r.json.result).toEqual([]);
    expect(fake.pendingUpdates).toHaveLength(0);
  });

  it('long polls until an update is pushed', async () => {
    const started = Date.now();
    const poll = rawCall(fake.apiRoot, 'getUpdates', { timeout: 10 });
    setTimeout(() => fake.pushUpdate(textUpdate(makeUser(8), 'late')), 100);
    const r = await poll;
    expect(r.json.result.map((u: any) => u.message.text)).toEqual(['late']);
    expect(Date.now() - started).toBeLessThan(2000);
    await rawCall(fake.apiRoot, 'getUpdates', { offset: r.json.result[0].update_id + 1 });
  });

  it('returns an empty list when the long poll times out', async () => {
    const started = Date.now();
    const r = await rawCall(fake.apiRoot, 'getUpdates', { timeout: 1 });
    expect(r.json).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('adds configured latency', async () => {
    fake.setLatency(150);
    const started = Date.now();
    await rawCall(fake.apiRoot, 'getMe', {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    fake.setLatency(0);
  });

  it('drives grammY long polling end to end', async () => {
    const bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
    const seen: string[] = [];
    let done!: () => void;
    const received = new Promise<void>((r) => (done = r));
    bot.on('message:text', async (ctx) => {
      seen.push(ctx.message.text);
      await ctx.reply(`got ${ctx.message.text}`);
      if (seen.length === 2) done();
    });
    const user = makeUser(9);
    fake.pushUpdate(textUpdate(user, 'one'));
    const running = bot.start({ drop_pending_updates: false });
    setTimeout(() => fake.pushUpdate(textUpdate(user, 'two')), 50);
    await received;
    await bot.stop();
    await running;
    expect(seen).toEqual(['one', 'two']);
    expect(fake.sent(user.id).map((s) => s.text)).toEqual(['got one', 'got two']);
    // bot.stop() confirms handled updates through a final getUpdates offset.
    expect(fake.pendingUpdates).toHaveLength(0);
  });

  it('ends a pending long poll on stop()', async () => {
    const other = await new FakeBotApi().start();
    const started = Date.now();
    const poll = rawCall(other.apiRoot, 'getUpdates', { timeout: 30 });
    await new Promise((r) => setTimeout(r, 50));
    await other.stop();
    const r = await poll;
    expect(r.json).toEqual({ ok: true, result: [] });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
