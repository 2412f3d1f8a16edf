// Drives the whole bot as Telegram would: updates go through the inbox and processor, replies come
// back through a fake Bot API, and tests read what a person would see.
import pino from 'pino';
import type { Update, User } from 'grammy/types';
import { createBot, type KodoBot } from '../../src/bot/create-bot.ts';
import { createTranslator } from '../../src/bot/i18n.ts';
import type { Db, Provider } from '../../src/db/client.ts';
import { seedReference } from '../../src/db/seed/seed.ts';
import { InboundStore } from '../../src/delivery/inbound-store.ts';
import { UpdateProcessor } from '../../src/delivery/processor.ts';
import type { Clock } from '../../src/runtime/clock.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { createTestDatabase } from './db.ts';
import { FakeBotApi, type SentMessage } from './fake-bot-api.ts';
import { callbackUpdate, commandUpdate, documentUpdate, photoUpdate, stickerUpdate, textUpdate } from './updates.ts';

export const TEST_TOKEN = '123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz';

export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-20T03:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface Harness {
  fake: FakeBotApi;
  db: Db;
  provider: Provider;
  services: Services;
  kodo: KodoBot;
  store: InboundStore;
  processor: UpdateProcessor;
  clock: TestClock;
  /** Delivers an update the way production does and returns the messages the bot sent meanwhile. */
  deliver(update: Update): Promise<SentMessage[]>;
  say(user: User, text: string): Promise<SentMessage[]>;
  command(user: User, command: string, payload?: string): Promise<SentMessage[]>;
  /** Presses a button on the newest bot message to this user that has one (or on `messageId`). */
  press(user: User, data: string, messageId?: number): Promise<SentMessage[]>;
  /** The button texts of the newest message with a keyboard. */
  buttons(user: User): { text: string; data: string }[];
  pressByText(user: User, text: string | RegExp): Promise<SentMessage[]>;
  sticker(user: User): Promise<SentMessage[]>;
  photo(user: User): Promise<SentMessage[]>;
  document(user: User, name?: string): Promise<SentMessage[]>;
  /** Same bot, database and fake Telegram, as if the process had restarted. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function createHarness(provider: Provider = 'sqlite', options: { admins?: number[] } = {}): Promise<Harness> {
  const fake = await new FakeBotApi().start();
  const database = await createTestDatabase(provider);
  const db = database.db;
  await seedReference(db);
  const clock = new TestClock();
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const translate = createTranslator('ru');
  const botInfo = {
    id: 123456, is_bot: true as const, first_name: 'KoDO', username: 'kodo_test_bot', can_join_groups: true,
    can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
    has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
  };

  const build = () => {
    const services = createServices({ db, clock, translate, defaultLocale: 'ru', timeZone: 'Asia/Krasnoyarsk', publicUrl: 'http://kodo.test' });
    const kodo = createBot({ token: TEST_TOKEN, apiRoot: fake.apiRoot, db, services, clock, timeZone: 'Asia/Krasnoyarsk', publicUrl: 'http://kodo.test', defaultLocale: 'ru', logger, botInfo, maxRetrySeconds: 1 });
    const store = new InboundStore(db, `test-${Math.random().toString(36).slice(2, 8)}`, clock);
    const processor = new UpdateProcessor(kodo.bot, store, logger, { concurrency: 4, prefetch: kodo.prefetch });
    return { services, kodo, store, processor };
  };
  let parts = build();
  await parts.services.users.ensureAdmins((options.admins ?? []).map(BigInt));

  const lastWithKeyboard = (user: User) =>
    [...fake.sent(user.id)].reverse().find((m) => (m.replyMarkup as { inline_keyboard?: unknown })?.inline_keyboard);

  const harness: Harness = {
    fake,
    db,
    provider,
    clock,
    get services() {
      return parts.services;
    },
    get kodo() {
      return parts.kodo;
    },
    get store() {
      return parts.store;
    },
    get processor() {
      return parts.processor;
    },
    async deliver(update) {
      const before = fake.sent().length;
      await parts.store.accept([update]);
      for (;;) {
        const claimed = await parts.processor.claim(10);
        if (!claimed.length) break;
        for (const u of claimed) await parts.processor.handle(u);
      }
      return fake.sent().slice(before);
    },
    say: (user, text) => harness.deliver(textUpdate(user, text)),
    command: (user, command, payload) => harness.deliver(commandUpdate(user, command, payload)),
    async press(user, data, messageId) {
      const target = messageId !== undefined ? fake.getMessage(user.id, messageId) : lastWithKeyboard(user)?.message;
      return harness.deliver(callbackUpdate(user, data, target ? { ...target } : undefined));
    },
    buttons(user) {
      const markup = lastWithKeyboard(user)?.replyMarkup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined;
      return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data }));
    },
    async pressByText(user, text) {
      const button = harness.buttons(user).find((b) => (typeof text === 'string' ? b.text === text : text.test(b.text)));
      if (!button) throw new Error(`no button ${String(text)} among: ${harness.buttons(user).map((b) => b.text).join(' | ')}`);
      return harness.press(user, button.data);
    },
    sticker: (user) => harness.deliver(stickerUpdate(user)),
    photo: (user) => harness.deliver(photoUpdate(user)),
    document: (user, name = 'plan.pdf') => harness.deliver(documentUpdate(user, { file_name: name, mime_type: 'application/pdf', file_size: 2048 })),
    async restart() {
      await parts.processor.stop();
      parts = build();
    },
    async close() {
      await parts.processor.stop();
      await fake.stop();
      await database.drop();
    },
  };
  return harness;
}

export const texts = (messages: SentMessage[]) => messages.map((m) => m.text ?? '');
