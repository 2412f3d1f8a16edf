// In-process fake of the Telegram Bot API (node:http only) for tests and benchmarks.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BotCommand, Message, PhotoSize, Update, UserFromGetMe } from 'grammy/types';

// Loose JSON object: request params come from the wire and are only partially validated.
type Obj = Record<string, any>;

export interface UploadedFile {
  /** Multipart field name (grammY uses a random id referenced as `attach://<id>`). */
  field: string;
  filename: string;
  size: number;
  contentType: string;
  data: Buffer;
}

export interface RecordedCall {
  method: string;
  token: string;
  params: Record<string, any>;
  /** Date.now() when the request arrived. */
  at: number;
  /** File parts of a multipart request (also reachable through params, see resolveAttachments). */
  files: UploadedFile[];
}

export interface FailureResponse {
  error_code: number;
  description: string;
  retry_after?: number;
  migrate_to_chat_id?: number;
}

export interface SentDocument {
  file_id: string;
  file_unique_id: string;
  file_name?: string;
  mime_type?: string;
  file_size?: number;
}

export interface SentMessage {
  method: 'sendMessage' | 'sendDocument' | 'sendPhoto' | 'editMessageText';
  chatId: number;
  messageId: number;
  /** Text, or caption for media messages. */
  text?: string;
  replyMarkup?: any;
  document?: SentDocument;
  photo?: PhotoSize[];
  /** The uploaded bytes when the document/photo was sent as an InputFile. */
  file?: UploadedFile;
  params: Record<string, any>;
  /** The Message object returned to the bot. */
  message: Message;
}

export interface FakeBotApiOptions {
  /** Overrides for getMe; `id` defaults to the numeric prefix of the token used. */
  botInfo?: Partial<UserFromGetMe>;
  /** Delay in ms added before every answer. */
  latencyMs?: number;
}

export interface FakeChat {
  id: number;
  type: 'group' | 'supergroup' | 'channel';
  title: string;
  is_forum?: true;
}

export interface FakeTopic {
  message_thread_id: number;
  name: string;
  icon_color: number;
  deleted: boolean;
}

/** Telegram's ChatMemberAdministrator for a bot, with the rights named and every other one off. */
export function botAdministrator(user: Obj, rights: { can_manage_topics?: boolean; can_invite_users?: boolean; can_pin_messages?: boolean } = {}): Obj {
  return {
    status: 'administrator',
    user,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: false,
    can_manage_video_chats: false,
    can_restrict_members: false,
    can_promote_members: false,
    can_change_info: false,
    can_invite_users: rights.can_invite_users ?? false,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_pin_messages: rights.can_pin_messages ?? false,
    can_manage_topics: rights.can_manage_topics ?? false,
  };
}

export type MethodHandler = (params: Obj, call: RecordedCall) => unknown | Promise<unknown>;

interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_size?: number | undefined;
  file_path: string;
  data?: Buffer | undefined;
}

class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: Obj,
  ) {
    super(description);
  }
}

const badRequest = (description: string) => new ApiError(400, `Bad Request: ${description}`);

const NOT_MODIFIED =
  'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  ogg: 'audio/ogg',
  mp3: 'audio/mpeg',
};

function mimeFor(filename: string | undefined, fallback = 'application/octet-stream'): string {
  const ext = filename?.split('.').pop()?.toLowerCase();
  const guessed = ext ? MIME_BY_EXT[ext] : undefined;
  // grammY labels every upload application/octet-stream, while Telegram derives the type from the name.
  return guessed ?? fallback;
}

function looksLikeJson(value: string): boolean {
  const t = value.trim();
  return (t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'));
}

function coerceField(value: string): unknown {
  if (!looksLikeJson(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as Obj)['data']) && 'filename' in value;
}

/** Splits `a=1; b="x;y"` style header parameters, tolerating grammY's unquoted filenames. */
function parseHeaderParams(value: string): { main: string; params: Record<string, string> } {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '"' && value[i - 1] !== '\\') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  const params: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let val = part.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    if (key.endsWith('*')) {
      // RFC 5987: charset'lang'percent-encoded
      const m = /^[^']*'[^']*'(.*)$/.exec(val);
      try {
        params[key.slice(0, -1)] = decodeURIComponent(m ? m[1]! : val);
      } catch {
        params[key.slice(0, -1)] = val;
      }
    } else if (!(key in params)) params[key] = val;
  }
  return { main: (parts[0] ?? '').trim().toLowerCase(), params };
}

/**
 * Minimal multipart/form-data parser. Needed because undici's Response.formData()
 * rejects grammY's bodies (lowercase headers without spaces, unquoted filenames).
 */
export function parseMultipart(body: Buffer, boundary: string): { fields: Obj; files: UploadedFile[] } {
  const fields: Obj = {};
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos < 0) return { fields, files };
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // closing "--boundary--"
    const lineEnd = body.indexOf('\r\n', pos);
    if (lineEnd < 0) break;
    const partStart = lineEnd + 2;
    const partEnd = body.indexOf(nextDelimiter, partStart);
    if (partEnd < 0) break;
    const part = body.subarray(partStart, partEnd);
    pos = partEnd + 2;

    let headerEnd: number;
    let contentStart: number;
    if (part[0] === 0x0d && part[1] === 0x0a) {
      headerEnd = 0;
      contentStart = 2;
    } else {
      headerEnd = part.indexOf('\r\n\r\n');
      if (headerEnd < 0) continue;
      contentStart = headerEnd + 4;
    }
    const headers: Record<string, string> = {};
    for (const line of part.subarray(0, headerEnd).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const disposition = parseHeaderParams(headers['content-disposition'] ?? '');
    const name = disposition.params['name'];
    if (name === undefined) continue;
    const content = part.subarray(contentStart);
    if (disposition.params['filename'] !== undefined) {
      const data = Buffer.from(content);
      const file: UploadedFile = {
        field: name,
        filename: disposition.params['filename'],
        size: data.length,
        contentType: headers['content-type'] ?? 'application/octet-stream',
        data,
      };
      files.push(file);
      fields[name] = file;
    } else {
      fields[name] = coerceField(content.toString('utf8'));
    }
  }
  return { fields, files };
}

/** Replaces `attach://<id>` references with the uploaded file they point to, so tests can read params.document.filename. */
function resolveAttachments(value: unknown, files: Map<string, UploadedFile>): unknown {
  if (typeof value === 'string' && value.startsWith('attach://')) return files.get(value.slice('attach://'.length)) ?? value;
  if (Array.isArray(value)) return value.map((v) => resolveAttachments(v, files));
  if (typeof value === 'object' && value !== null && !isUploadedFile(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveAttachments(v, files);
    return out;
  }
  return value;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function inlineMarkup(markup: unknown): Obj | undefined {
  // Telegram echoes only inline keyboards in Message.reply_markup; reply keyboards are not part of the message.
  return typeof markup === 'object' && markup !== null && Array.isArray((markup as Obj)['inline_keyboard'])
    ? (markup as Obj)
    : undefined;
}

function sameMarkup(a: unknown, b: unknown): boolean {
  return JSON.stringify(inlineMarkup(a) ?? null) === JSON.stringify(inlineMarkup(b) ?? null);
}

export class FakeBotApi {
  readonly calls: RecordedCall[] = [];

  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  private latencyMs: number;
  private readonly botInfo: Partial<UserFromGetMe>;
  private stopController = new AbortController();

  private readonly sentMessages: SentMessage[] = [];
  private readonly messages = new Map<number, Map<number, Obj>>();
  private readonly nextMessageId = new Map<number, number>();
  private readonly usernameChats = new Map<string, number>();
  private readonly files = new Map<string, StoredFile>();
  private fileSeq = 0;
  private readonly failures = new Map<string, { response: FailureResponse; remaining: number }[]>();
  private readonly customHandlers = new Map<string, MethodHandler>();
  private readonly commands = new Map<string, BotCommand[]>();
  private webhookUrl = '';

  // Groups: chats the test declared, members (the bot's rights among them), forum topics, pins,
  // invite links and pending join requests — checked the way Telegram checks them.
  private readonly chats = new Map<number, FakeChat>();
  private readonly members = new Map<string, Obj>();
  private readonly topics = new Map<number, Map<number, FakeTopic>>();
  private readonly pins = new Map<number, number[]>();
  private readonly inviteLinks = new Map<string, Obj>();
  private readonly joinRequests = new Map<string, { chatId: number; userId: number; inviteLink?: string }>();
  private inviteSeq = 0;

  private updateQueue: Update[] = [];
  private nextUpdateId = 1;
  private readonly updateWaiters = new Set<() => void>();

  constructor(options: FakeBotApiOptions = {}) {
    this.botInfo = options.botInfo ?? {};
    this.latencyMs = options.latencyMs ?? 0;
  }

  get apiRoot(): string {
    if (!this.server) throw new Error('FakeBotApi is not started');
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    if (this.server) return this;
    this.stopController = new AbortController();
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.send(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
        else res.destroy();
      });
    });
    // Tracked so stop() can kill keep-alive sockets held by grammY's agent, which would otherwise keep vitest alive.
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.stopController.abort();
    for (const wake of [...this.updateWaiters]) wake();
    // Give woken long polls a turn to write their (empty) answer before sockets are destroyed.
    await new Promise((r) => setImmediate(r));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Makes the next `times` calls of `method` ('*' = any method) fail with the given error. */
  failNext(method: string, response: FailureResponse, times = 1): void {
    const key = method.toLowerCase();
    const list = this.failures.get(key) ?? [];
    list.push({ response, remaining: times });
    this.failures.set(key, list);
  }

  /** Adds or overrides a method implementation; the return value becomes `result`. */
  setHandler(method: string, handler: MethodHandler): void {
    this.customHandlers.set(method.toLowerCase(), handler);
  }

  /** Makes a file known to getFile and downloadable at `${apiRoot}/file/bot<token>/<file_path>`. */
  registerFile(fileId: string, opts: { data?: Buffer; size?: number; filePath?: string; fileUniqueId?: string } = {}): void {
    this.files.set(fileId, {
      file_id: fileId,
      file_unique_id: opts.fileUniqueId ?? `AQAD_${fileId}`,
      file_size: opts.size ?? opts.data?.length,
      file_path: opts.filePath ?? `documents/file_${++this.fileSeq}`,
      data: opts.data,
    });
  }

  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? this.nextUpdateId } as Update;
    this.nextUpdateId = Math.max(this.nextUpdateId, full.update_id + 1);
    this.updateQueue.push(full);
    for (const wake of [...this.updateWaiters]) wake();
    return full;
  }

  /** Updates not yet confirmed through getUpdates' offset. */
  get pendingUpdates(): readonly Update[] {
    return this.updateQueue;
  }

  sent(chatId?: number | string): SentMessage[] {
    if (chatId === undefined) return [...this.sentMessages];
    const id = this.chatIdOf(chatId);
    return this.sentMessages.filter((m) => m.chatId === id);
  }

  lastMessage(chatId: number | string): SentMessage | undefined {
    return this.sent(chatId).at(-1);
  }

  /** Current state of a message the fake knows about (after edits), if any. */
  getMessage(chatId: number | string, messageId: number): Message | undefined {
    return this.messages.get(this.chatIdOf(chatId))?.get(messageId) as Message | undefined;
  }

  callsOf(method: string): RecordedCall[] {
    const key = method.toLowerCase();
    return this.calls.filter((c) => c.method.toLowerCase() === key);
  }

  myCommands(scope: Obj = { type: 'default' }, languageCode = ''): BotCommand[] {
    return this.commands.get(this.commandsKey(scope, languageCode)) ?? [];
  }

  /** Declares a group the bot is in: its type, title and whether topics are on (Telegram's is_forum). */
  setChat(chatId: number, chat: { type: 'group' | 'supergroup' | 'channel'; title?: string; is_forum?: boolean }): void {
    this.chats.set(chatId, { id: chatId, type: chat.type, title: chat.title ?? `Chat ${chatId}`, ...(chat.is_forum ? { is_forum: true } : {}) });
  }

  /** Sets a member's ChatMember (for the bot: its status and administrator rights). */
  setMember(chatId: number, userId: number, member: Obj): void {
    this.members.set(`${chatId}:${userId}`, member);
  }

  /** The bot as an administrator with the given rights (Telegram's ChatMemberAdministrator). */
  setBotAdmin(chatId: number, rights: { can_manage_topics?: boolean; can_invite_users?: boolean; can_pin_messages?: boolean } = {}, token = '123456:x'): Obj {
    const member = botAdministrator(this.botUser(token), rights);
    this.setMember(chatId, member['user'].id, member);
    return member;
  }

  /** Forum topics of a chat, with whether each still exists. */
  forumTopics(chatId: number): FakeTopic[] {
    return [...(this.topics.get(chatId)?.values() ?? [])];
  }

  /** A topic deleted by hand in Telegram: later messages to it fail with "message thread not found". */
  deleteTopic(chatId: number, threadId: number): void {
    const topic = this.topics.get(chatId)?.get(threadId);
    if (topic) topic.deleted = true;
    // Its messages go with it.
    const chat = this.messages.get(chatId);
    for (const [id, msg] of chat ?? []) if (msg['message_thread_id'] === threadId) chat!.delete(id);
  }

  pinnedMessages(chatId: number): number[] {
    return [...(this.pins.get(chatId) ?? [])];
  }

  /** Records a pending join request, as Telegram does before sending the chat_join_request update. */
  addJoinRequest(chatId: number, userId: number, inviteLink?: string): void {
    this.joinRequests.set(`${chatId}:${userId}`, { chatId, userId, ...(inviteLink ? { inviteLink } : {}) });
  }

  pendingJoinRequests(chatId: number): number[] {
    return [...this.joinRequests.values()].filter((r) => r.chatId === chatId).map((r) => r.userId);
  }

  memberStatus(chatId: number, userId: number): string {
    return (this.members.get(`${chatId}:${userId}`)?.['status'] as string | undefined) ?? 'left';
  }

  /** Forgets recorded calls and the sent() log; stored messages and counters are kept so later edits still work. */
  clear(): void {
    this.calls.length = 0;
    this.sentMessages.length = 0;
  }

  /** clear() plus stored messages, files, failures, commands, handlers and queued updates. */
  reset(): void {
    this.clear();
    this.messages.clear();
    this.nextMessageId.clear();
    this.files.clear();
    this.failures.clear();
    this.customHandlers.clear();
    this.commands.clear();
    this.updateQueue = [];
    this.webhookUrl = '';
    this.chats.clear();
    this.members.clear();
    this.topics.clear();
    this.pins.clear();
    this.inviteLinks.clear();
    this.joinRequests.clear();
  }

  // --- HTTP plumbing ---

  private send(res: ServerResponse, status: number, body: unknown): void {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    const signal = this.stopController.signal;
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (download) {
      await this.sleep(this.latencyMs);
      const path = decodeURIComponent(download[2]!);
      const file = [...this.files.values()].find((f) => f.file_path === path);
      if (!file?.data) return this.send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': file.data.length });
      res.end(file.data);
      return;
    }

    // grammY's test environment inserts "test/" before the method name.
    const route = /^\/bot([^/]+)\/(?:test\/)?([A-Za-z0-9_]+)\/?$/.exec(url.pathname);
    if (!route) {
      await readBody(req);
      return this.send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
    const token = decodeURIComponent(route[1]!);
    const method = route[2]!;

    const body = await readBody(req);
    const params: Obj = {};
    for (const [k, v] of url.searchParams) params[k] = coerceField(v);
    const contentType = req.headers['content-type'] ?? '';
    const { main: mediaType, params: ctParams } = parseHeaderParams(contentType);
    let files: UploadedFile[] = [];
    if (body.length > 0) {
      if (mediaType === 'application/json') {
        try {
          Object.assign(params, JSON.parse(body.toString('utf8')));
        } catch {
          await this.sleep(this.latencyMs);
          return this.send(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
        }
      } else if (mediaType === 'application/x-www-form-urlencoded') {
        for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = coerceField(v);
      } else if (mediaType === 'multipart/form-data' && ctParams['boundary']) {
        const parsed = parseMultipart(body, ctParams['boundary']);
        files = parsed.files;
        Object.assign(params, parsed.fields);
      }
    }
    const resolved =
      files.length > 0 ? (resolveAttachments(params, new Map(files.map((f) => [f.field, f]))) as Obj) : params;

    const call: RecordedCall = { method, token, params: resolved, at: Date.now(), files };
    this.calls.push(call);

    await this.sleep(this.latencyMs);

    const failure = this.takeFailure(method);
    if (failure) {
      const parameters: Obj = {};
      if (failure.retry_after !== undefined) parameters['retry_after'] = failure.retry_after;
      if (failure.migrate_to_chat_id !== undefined) parameters['migrate_to_chat_id'] = failure.migrate_to_chat_id;
      return this.send(res, failure.error_code, {
        ok: false,
        error_code: failure.error_code,
        description: failure.description,
        ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
      });
    }

    try {
      const result = await this.dispatch(method, resolved, call, res);
      this.send(res, 200, { ok: true, result });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      this.send(res, err.errorCode, {
        ok: false,
        error_code: err.errorCode,
        description: err.description,
        ...(err.parameters ? { parameters: err.parameters } : {}),
      });
    }
  }

  private takeFailure(method: string): FailureResponse | undefined {
    for (const key of [method.toLowerCase(), '*']) {
      const list = this.failures.get(key);
      const entry = list?.[0];
      if (!list || !entry) continue;
      entry.remaining--;
      if (entry.remaining <= 0) list.shift();
      if (list.length === 0) this.failures.delete(key);
      return entry.response;
    }
    return undefined;
  }

  private dispatch(method: string, p: Obj, call: RecordedCall, res: ServerResponse): unknown {
    // Bot API method names are case-insensitive.
    const key = method.toLowerCase();
    const custom = this.customHandlers.get(key);
    if (custom) return custom(p, call);
    switch (key) {
      case 'getme':
        return this.getMe(call.token);
      case 'sendmessage':
        return this.sendMessage(p, call.token);
      case 'senddocument':
        return this.sendDocument(p, call.token);
      case 'sendphoto':
        return this.sendPhoto(p, call.token);
      case 'sendmediagroup':
        return this.sendMediaGroup(p, call.token);
      case 'copymessage':
        return this.copyMessage(p);
      case 'forwardmessage':
        return this.forwardMessage(p);
      case 'editmessagetext':
        return this.editMessageText(p, call.token);
      case 'editmessagecaption':
        return this.editMessageCaption(p, call.token);
      case 'editmessagereplymarkup':
        return this.editMessageReplyMarkup(p, call.token);
      case 'deletemessage':
        this.requireChat(p);
        this.messages.get(this.chatIdOf(p['chat_id']))?.delete(num(p['message_id']) ?? -1);
        return true;
      case 'deletemessages': {
        const chat = this.messages.get(this.requireChat(p));
        for (const id of Array.isArray(p['message_ids']) ? p['message_ids'] : []) chat?.delete(Number(id));
        return true;
      }
      case 'sendchataction':
        this.requireChat(p);
        return true;
      case 'answercallbackquery':
        if (!p['callback_query_id']) throw badRequest('query is too old and response timeout expired or query ID is invalid');
        return true;
      case 'setmycommands':
        return this.setMyCommands(p);
      case 'deletemycommands':
        this.commands.delete(this.commandsKey(p['scope'], p['language_code']));
        return true;
      case 'getmycommands':
        return this.myCommands(p['scope'], p['language_code']);
      case 'setwebhook':
        this.webhookUrl = String(p['url'] ?? '');
        if (p['drop_pending_updates'] === true || p['drop_pending_updates'] === 'true') this.updateQueue = [];
        return true;
      case 'deletewebhook':
        this.webhookUrl = '';
        if (p['drop_pending_updates'] === true || p['drop_pending_updates'] === 'true') this.updateQueue = [];
        return true;
      case 'getwebhookinfo':
        return { url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.updateQueue.length };
      case 'setchatmenubutton':
        return true;
      case 'getchat':
        return this.getChat(p);
      case 'getchatmember':
        return this.getChatMember(p, call.token);
      case 'createforumtopic':
        return this.createForumTopic(p, call.token);
      case 'pinchatmessage':
        return this.pinChatMessage(p, call.token);
      case 'createchatinvitelink':
        return this.createChatInviteLink(p, call.token);
      case 'approvechatjoinrequest':
        return this.decideJoinRequest(p, call.token, true);
      case 'declinechatjoinrequest':
        return this.decideJoinRequest(p, call.token, false);
      case 'getfile':
        return this.getFile(p);
      case 'getupdates':
        return this.getUpdates(p, res);
      default:
        throw new ApiError(404, 'Not Found: method not found');
    }
  }

  // --- helpers for method implementations ---

  private botUser(token: string): UserFromGetMe {
    const fromToken = Number(token.split(':')[0]);
    return {
      id: Number.isSafeInteger(fromToken) && fromToken > 0 ? fromToken : 1000000001,
      is_bot: true,
      first_name: 'KoDO Test',
      username: 'kodo_test_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
      ...this.botInfo,
    } as UserFromGetMe;
  }

  private chatIdOf(value: unknown): number {
    const n = num(value);
    if (n !== undefined) return n;
    if (typeof value === 'string' && value.startsWith('@')) {
      // Channel usernames get a stable synthetic supergroup-style id so they can be looked up later.
      let id = this.usernameChats.get(value.toLowerCase());
      if (id === undefined) {
        id = -1000000000000 - this.usernameChats.size - 1;
        this.usernameChats.set(value.toLowerCase(), id);
      }
      return id;
    }
    throw badRequest('chat not found');
  }

  private requireChat(p: Obj): number {
    if (p['chat_id'] === undefined || p['chat_id'] === '') throw badRequest('chat_id is empty');
    return this.chatIdOf(p['chat_id']);
  }

  private chatObject(chatId: number): Obj {
    const declared = this.chats.get(chatId);
    if (declared) return { ...declared };
    return { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' };
  }

  private newMessage(chatId: number, token: string, p: Obj): Obj {
    const messageId = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, messageId + 1);
    const msg: Obj = {
      message_id: messageId,
      from: this.botUser(token),
      chat: this.chatObject(chatId),
      date: Math.floor(Date.now() / 1000),
    };
    if (p['message_thread_id'] !== undefined) msg['message_thread_id'] = num(p['message_thread_id']);
    const replyTo = num(p['reply_parameters']?.['message_id'] ?? p['reply_to_message_id']);
    const original = replyTo !== undefined ? this.messages.get(chatId)?.get(replyTo) : undefined;
    if (original) msg['reply_to_message'] = { ...original, reply_to_message: undefined };
    const markup = inlineMarkup(p['reply_markup']);
    if (markup) msg['reply_markup'] = markup;
    return msg;
  }

  private store(msg: Obj): void {
    const chatId = msg['chat']['id'] as number;
    let chat = this.messages.get(chatId);
    if (!chat) this.messages.set(chatId, (chat = new Map()));
    chat.set(msg['message_id'] as number, msg);
  }

  private record(method: SentMessage['method'], msg: Obj, p: Obj, extra: Partial<SentMessage> = {}): void {
    const text = (msg['text'] ?? msg['caption']) as string | undefined;
    this.sentMessages.push({
      method,
      chatId: msg['chat']['id'] as number,
      messageId: msg['message_id'] as number,
      ...(text !== undefined ? { text } : {}),
      ...(p['reply_markup'] !== undefined ? { replyMarkup: p['reply_markup'] } : {}),
      ...extra,
      params: p,
      message: structuredClone(msg) as Message,
    });
  }

  private applyCaption(msg: Obj, p: Obj): void {
    if (p['caption'] === undefined || p['caption'] === '') return;
    const caption = String(p['caption']);
    if (caption.length > 1024) throw badRequest('message caption is too long');
    msg['caption'] = caption;
    if (Array.isArray(p['caption_entities'])) msg['caption_entities'] = p['caption_entities'];
  }

  private newFileId(kind: 'document' | 'photo' | 'video' | 'audio'): { file_id: string; file_unique_id: string } {
    const n = ++this.fileSeq;
    // Prefixes mimic real Telegram file ids so code that sniffs them keeps working.
    const prefix = { document: 'BQACAgIAAxk', photo: 'AgACAgIAAxk', video: 'BAACAgIAAxk', audio: 'CQACAgIAAxk' }[kind];
    return { file_id: `${prefix}_fake_${n}`, file_unique_id: `AQAD_fake_${n}` };
  }

  private documentFrom(input: unknown): { document: SentDocument; file?: UploadedFile } {
    if (isUploadedFile(input)) {
      const ids = this.newFileId('document');
      const document: SentDocument = {
        ...ids,
        file_name: input.filename,
        mime_type: mimeFor(input.filename, input.contentType),
        file_size: input.size,
      };
      this.files.set(ids.file_id, { ...ids, file_size: input.size, file_path: `documents/file_${this.fileSeq}`, data: input.data });
      return { document, file: input };
    }
    if (typeof input !== 'string' || input === '') throw badRequest('there is no document in the request');
    if (/^https?:\/\//.test(input)) {
      const ids = this.newFileId('document');
      const name = decodeURIComponent(new URL(input).pathname.split('/').pop() || 'file');
      return { document: { ...ids, file_name: name, mime_type: mimeFor(name, 'application/octet-stream') } };
    }
    // Re-sending by file_id keeps the id, as Telegram does.
    const known = this.files.get(input);
    return {
      document: {
        file_id: input,
        file_unique_id: known?.file_unique_id ?? `AQAD_${input}`,
        ...(known?.file_size !== undefined ? { file_size: known.file_size } : {}),
      },
    };
  }

  private photoFrom(input: unknown): { photo: PhotoSize[]; file?: UploadedFile } {
    if (typeof input === 'string' && input !== '' && !/^https?:\/\//.test(input)) {
      const known = this.files.get(input);
      return {
        photo: [
          {
            file_id: input,
            file_unique_id: known?.file_unique_id ?? `AQAD_${input}`,
            width: 800,
            height: 800,
            ...(known?.file_size !== undefined ? { file_size: known.file_size } : {}),
          },
        ],
      };
    }
    if (!isUploadedFile(input) && (typeof input !== 'string' || input === '')) throw badRequest('there is no photo in the request');
    const total = isUploadedFile(input) ? input.size : 50_000;
    const photo: PhotoSize[] = [90, 320, 800].map((side, i, all) => {
      const ids = this.newFileId('photo');
      const size = Math.max(1, Math.round((total * side) / all[all.length - 1]!));
      this.files.set(ids.file_id, {
        ...ids,
        file_size: size,
        file_path: `photos/file_${this.fileSeq}.jpg`,
        ...(isUploadedFile(input) && i === all.length - 1 ? { data: input.data } : {}),
      });
      return { ...ids, width: side, height: side, file_size: size };
    });
    return { photo, ...(isUploadedFile(input) ? { file: input } : {}) };
  }

  // --- method implementations ---

  private getMe(token: string): UserFromGetMe {
    return this.botUser(token);
  }

  private sendMessage(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    const text = p['text'] === undefined ? '' : String(p['text']);
    if (text.trim() === '') throw badRequest('message text is empty');
    if (text.length > 4096) throw badRequest('message is too long');
    this.checkThread(chatId, p, token);
    const msg = this.newMessage(chatId, token, p);
    msg['text'] = text;
    if (msg['message_thread_id'] !== undefined && this.chats.get(chatId)?.is_forum) msg['is_topic_message'] = true;
    if (Array.isArray(p['entities'])) msg['entities'] = p['entities'];
    this.store(msg);
    this.record('sendMessage', msg, p);
    return msg;
  }

  private sendDocument(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    const { document, file } = this.documentFrom(p['document']);
    const msg = this.newMessage(chatId, token, p);
    msg['document'] = document;
    this.applyCaption(msg, p);
    this.store(msg);
    this.record('sendDocument', msg, p, { document, ...(file ? { file } : {}) });
    return msg;
  }

  private sendPhoto(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    const { photo, file } = this.photoFrom(p['photo']);
    const msg = this.newMessage(chatId, token, p);
    msg['photo'] = photo;
    this.applyCaption(msg, p);
    this.store(msg);
    this.record('sendPhoto', msg, p, { photo, ...(file ? { file } : {}) });
    return msg;
  }

  private sendMediaGroup(p: Obj, token: string): Obj[] {
    const chatId = this.requireChat(p);
    const media = p['media'];
    if (!Array.isArray(media) || media.length === 0) throw badRequest("can't parse media JSON object");
    const groupId = String(Date.now()) + String(++this.fileSeq);
    return media.map((item: Obj) => {
      const msg = this.newMessage(chatId, token, p);
      msg['media_group_id'] = groupId;
      switch (item['type']) {
        case 'photo':
          msg['photo'] = this.photoFrom(item['media']).photo;
          break;
        case 'document':
          msg['document'] = this.documentFrom(item['media']).document;
          break;
        case 'video':
        case 'audio': {
          const ids = this.newFileId(item['type']);
          const size = isUploadedFile(item['media']) ? item['media'].size : undefined;
          msg[item['type']] =
            item['type'] === 'video'
              ? { ...ids, width: 640, height: 360, duration: 1, ...(size !== undefined ? { file_size: size } : {}) }
              : { ...ids, duration: 1, ...(size !== undefined ? { file_size: size } : {}) };
          break;
        }
        default:
          throw badRequest('wrong type of the media specified');
      }
      this.applyCaption(msg, item);
      this.store(msg);
      return msg;
    });
  }

  private copyMessage(p: Obj): Obj {
    const chatId = this.requireChat(p);
    const fromChat = this.chatIdOf(p['from_chat_id']);
    const source = this.messages.get(fromChat)?.get(num(p['message_id']) ?? -1);
    const messageId = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, messageId + 1);
    if (source) {
      const copy: Obj = { ...structuredClone(source), message_id: messageId, chat: this.chatObject(chatId), date: Math.floor(Date.now() / 1000) };
      if (p['caption'] !== undefined) copy['caption'] = String(p['caption']);
      const markup = inlineMarkup(p['reply_markup']);
      if (markup) copy['reply_markup'] = markup;
      else delete copy['reply_markup'];
      this.store(copy);
    }
    return { message_id: messageId };
  }

  private forwardMessage(p: Obj): Obj {
    const chatId = this.requireChat(p);
    const fromChat = this.chatIdOf(p['from_chat_id']);
    const source = this.messages.get(fromChat)?.get(num(p['message_id']) ?? -1);
    const messageId = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, messageId + 1);
    const now = Math.floor(Date.now() / 1000);
    const msg: Obj = {
      ...(source ? structuredClone(source) : {}),
      message_id: messageId,
      chat: this.chatObject(chatId),
      date: now,
      forward_origin: source?.['from']
        ? { type: 'user', sender_user: source['from'], date: source['date'] }
        : { type: 'hidden_user', sender_user_name: 'Unknown', date: now },
    };
    delete msg['reply_markup'];
    this.store(msg);
    return msg;
  }

  /** Edits of messages the fake never saw (e.g. from the update factory) are accepted to keep tests simple. */
  private editTarget(p: Obj, token: string): Obj | undefined {
    if (p['inline_message_id'] !== undefined) return undefined;
    const chatId = this.requireChat(p);
    const messageId = num(p['message_id']);
    if (messageId === undefined) throw badRequest('message identifier is not specified');
    const existing = this.messages.get(chatId)?.get(messageId);
    if (existing) return existing;
    if (this.chats.has(chatId)) throw badRequest('message to edit not found');
    const synthetic: Obj = {
      message_id: messageId,
      from: this.botUser(token),
      chat: this.chatObject(chatId),
      date: Math.floor(Date.now() / 1000),
    };
    this.store(synthetic);
    return synthetic;
  }

  private editMessageText(p: Obj, token: string): Obj | true {
    const text = p['text'] === undefined ? '' : String(p['text']);
    if (text.trim() === '') throw badRequest('message text is empty');
    if (text.length > 4096) throw badRequest('MESSAGE_TOO_LONG');
    const target = this.editTarget(p, token);
    if (!target) return true;
    const isSynthetic = target['text'] === undefined && target['caption'] === undefined && !target['document'] && !target['photo'];
    if (!isSynthetic && target['text'] === undefined) throw badRequest('there is no text in the message to edit');
    if (target['text'] === text && sameMarkup(target['reply_markup'], p['reply_markup'])) throw badRequest(NOT_MODIFIED);
    target['text'] = text;
    if (Array.isArray(p['entities'])) target['entities'] = p['entities'];
    else delete target['entities'];
    this.setMarkup(target, p['reply_markup']);
    target['edit_date'] = Math.floor(Date.now() / 1000);
    this.record('editMessageText', target, p);
    return target;
  }

  private editMessageCaption(p: Obj, token: string): Obj | true {
    const target = this.editTarget(p, token);
    if (!target) return true;
    const caption = p['caption'] === undefined ? undefined : String(p['caption']);
    if (target['caption'] === caption && sameMarkup(target['reply_markup'], p['reply_markup'])) throw badRequest(NOT_MODIFIED);
    if (caption === undefined || caption === '') delete target['caption'];
    else target['caption'] = caption;
    this.setMarkup(target, p['reply_markup']);
    target['edit_date'] = Math.floor(Date.now() / 1000);
    return target;
  }

  private editMessageReplyMarkup(p: Obj, token: string): Obj | true {
    const target = this.editTarget(p, token);
    if (!target) return true;
    if (sameMarkup(target['reply_markup'], p['reply_markup'])) throw badRequest(NOT_MODIFIED);
    this.setMarkup(target, p['reply_markup']);
    target['edit_date'] = Math.floor(Date.now() / 1000);
    return target;
  }

  private setMarkup(target: Obj, markup: unknown): void {
    // Omitting reply_markup in an edit removes the inline keyboard, as in Telegram.
    const inline = inlineMarkup(markup);
    if (inline) target['reply_markup'] = inline;
    else delete target['reply_markup'];
  }

  private commandsKey(scope: unknown, languageCode: unknown): string {
    const s = typeof scope === 'object' && scope !== null ? scope : { type: 'default' };
    return `${JSON.stringify(s)}|${typeof languageCode === 'string' ? languageCode : ''}`;
  }

  private setMyCommands(p: Obj): true {
    const commands = p['commands'];
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    if (commands.length > 100) throw badRequest('too many commands');
    for (const c of commands as Obj[]) {
      if (typeof c['command'] !== 'string' || !/^[a-z0-9_]{1,32}$/.test(c['command'])) throw badRequest('BOT_COMMAND_INVALID');
      if (typeof c['description'] !== 'string' || c['description'].length < 1 || c['description'].length > 256)
        throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    }
    this.commands.set(
      this.commandsKey(p['scope'], p['language_code']),
      commands.map((c: Obj) => ({ command: c['command'] as string, description: c['description'] as string })),
    );
    return true;
  }

  // --- groups: members, forum topics, pins, invite links, join requests ---

  private adminRights(chatId: number, token: string): Obj | undefined {
    const member = this.members.get(`${chatId}:${this.botUser(token).id}`);
    return member && (member['status'] === 'administrator' || member['status'] === 'creator') ? member : undefined;
  }

  /** Checks a right of the bot in a declared group; undeclared chats are not checked (older tests). */
  private requireRight(chatId: number, token: string, right: string, description: string): void {
    if (!this.chats.has(chatId)) return;
    const admin = this.adminRights(chatId, token);
    if (!admin || (admin['status'] !== 'creator' && admin[right] !== true)) throw badRequest(description);
  }

  private checkThread(chatId: number, p: Obj, token: string): void {
    const status = this.chats.has(chatId) ? this.members.get(`${chatId}:${this.botUser(token).id}`)?.['status'] : undefined;
    if (status === 'left' || status === 'kicked') throw new ApiError(403, `Forbidden: bot was ${status === 'kicked' ? 'kicked from' : 'removed from'} the supergroup chat`);
    const threadId = num(p['message_thread_id']);
    if (threadId === undefined || !this.chats.get(chatId)?.is_forum) return;
    const topic = this.topics.get(chatId)?.get(threadId);
    if (!topic || topic.deleted) throw badRequest('message thread not found');
  }

  private getChatMember(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    const userId = num(p['user_id']);
    if (userId === undefined) throw badRequest('user_id is empty');
    const member = this.members.get(`${chatId}:${userId}`);
    if (member) return member;
    const bot = this.botUser(token);
    return { status: 'left', user: userId === bot.id ? bot : { id: userId, is_bot: false, first_name: `User${userId}` } };
  }

  private createForumTopic(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    const chat = this.chats.get(chatId);
    if (chat && !chat.is_forum) throw badRequest('the chat is not a forum');
    this.requireRight(chatId, token, 'can_manage_topics', 'not enough rights to create a topic');
    const name = String(p['name'] ?? '');
    if (name.length < 1 || name.length > 128) throw badRequest('TOPIC_TITLE_EMPTY');
    // The topic's id is the id of its service message "topic created", as in Telegram.
    const threadId = this.nextMessageId.get(chatId) ?? 1;
    this.nextMessageId.set(chatId, threadId + 1);
    const topic: FakeTopic = { message_thread_id: threadId, name, icon_color: num(p['icon_color']) ?? 7322096, deleted: false };
    let chatTopics = this.topics.get(chatId);
    if (!chatTopics) this.topics.set(chatId, (chatTopics = new Map()));
    chatTopics.set(threadId, topic);
    this.store({ message_id: threadId, message_thread_id: threadId, chat: this.chatObject(chatId), date: Math.floor(Date.now() / 1000), from: this.botUser(token), forum_topic_created: { name, icon_color: topic.icon_color }, is_topic_message: true });
    return { message_thread_id: threadId, name, icon_color: topic.icon_color };
  }

  private pinChatMessage(p: Obj, token: string): true {
    const chatId = this.requireChat(p);
    const messageId = num(p['message_id']);
    if (chatId < 0) this.requireRight(chatId, token, 'can_pin_messages', 'not enough rights to manage pinned messages in the chat');
    if (messageId === undefined || !this.messages.get(chatId)?.has(messageId)) throw badRequest('message to pin not found');
    const list = this.pins.get(chatId) ?? [];
    if (!list.includes(messageId)) list.push(messageId);
    this.pins.set(chatId, list);
    return true;
  }

  private createChatInviteLink(p: Obj, token: string): Obj {
    const chatId = this.requireChat(p);
    this.requireRight(chatId, token, 'can_invite_users', 'not enough rights to manage chat invite link');
    const createsJoinRequest = p['creates_join_request'] === true || p['creates_join_request'] === 'true';
    if (createsJoinRequest && p['member_limit'] !== undefined) throw badRequest("member limit can't be specified for links requiring administrator approval");
    const link: Obj = {
      invite_link: `https://t.me/+fake${++this.inviteSeq}${Math.abs(chatId) % 1000}`,
      creator: this.botUser(token),
      creates_join_request: createsJoinRequest,
      is_primary: false,
      is_revoked: false,
      ...(p['name'] !== undefined ? { name: String(p['name']) } : {}),
    };
    this.inviteLinks.set(link['invite_link'] as string, { ...link, chatId });
    return link;
  }

  private decideJoinRequest(p: Obj, token: string, approve: boolean): true {
    const chatId = this.requireChat(p);
    const userId = num(p['user_id']);
    this.requireRight(chatId, token, 'can_invite_users', 'not enough rights');
    const key = `${chatId}:${userId}`;
    if (userId === undefined || !this.joinRequests.has(key)) throw badRequest('HIDE_REQUESTER_MISSING');
    this.joinRequests.delete(key);
    if (approve) this.members.set(key, { status: 'member', user: { id: userId, is_bot: false, first_name: `User${userId}` } });
    return true;
  }

  private getChat(p: Obj): Obj {
    const chatId = this.requireChat(p);
    const base: Obj = {
      ...this.chatObject(chatId),
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: { unlimited_gifts: true, limited_gifts: true, unique_gifts: true, premium_subscription: true },
    };
    if (chatId > 0) base['first_name'] = `User ${chatId}`;
    else base['title'] ??= `Chat ${chatId}`;
    return base;
  }

  private getFile(p: Obj): Obj {
    const fileId = p['file_id'];
    if (typeof fileId !== 'string' || fileId === '') throw badRequest('invalid file_id');
    let file = this.files.get(fileId);
    if (!file) {
      // Unknown ids (e.g. from the update factory) still resolve so download code paths can be exercised.
      this.registerFile(fileId, { size: 1024 });
      file = this.files.get(fileId)!;
    }
    return {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      ...(file.file_size !== undefined ? { file_size: file.file_size } : {}),
      file_path: file.file_path,
    };
  }

  private async getUpdates(p: Obj, res: ServerResponse): Promise<Update[]> {
    if (this.webhookUrl) throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = num(p['offset']);
    if (offset !== undefined && offset > 0) this.updateQueue = this.updateQueue.filter((u) => u.update_id >= offset);
    else if (offset !== undefined && offset < 0) this.updateQueue = this.updateQueue.slice(offset);
    const limit = Math.min(100, Math.max(1, num(p['limit']) ?? 100));
    const timeout = Math.max(0, num(p['timeout']) ?? 0);
    if (this.updateQueue.length === 0 && timeout > 0 && this.server) await this.waitForUpdate(timeout * 1000, res);
    return this.updateQueue.slice(0, limit);
  }

  private waitForUpdate(ms: number, res: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.updateWaiters.delete(wake);
        res.off('close', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.updateWaiters.add(wake);
      // A client that aborts its long poll (bot.stop()) must not leave a timer behind.
      res.on('close', wake);
    });
  }
}
