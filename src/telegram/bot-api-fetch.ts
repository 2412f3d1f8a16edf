// The `fetch` grammY's client calls for the Bot API, written directly on node:http(s) with
// keep-alive sockets. grammY's default (node-fetch) builds a WHATWG Request, Headers and body
// streams for every call; with two or three calls per update that was most of the bot's CPU and
// garbage. grammY needs little of fetch: a POST with a JSON string or a multipart stream, abort
// through its signal, and `json()` of the answer.
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';

interface BotApiRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | Readable | null;
  signal?: { aborted: boolean; addEventListener(type: 'abort', listener: () => void): void; removeEventListener(type: 'abort', listener: () => void): void } | null;
  agent?: http.Agent;
}

export interface BotApiResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) } as const;

const IDLE_TIMEOUT_MS = 500_000;

class AbortError extends Error {
  override readonly name = 'AbortError';
  readonly type = 'aborted';
  constructor() {
    super('The operation was aborted.');
  }
}

interface Target {
  protocol: 'http:' | 'https:';
  hostname: string;
  port: string;
  path: string;
}

// The same few method URLs over and over: parsed once each (bounded, in case of a runaway caller).
const targets = new Map<string, Target>();
function targetOf(url: string | URL): Target {
  const key = String(url);
  let target = targets.get(key);
  if (!target) {
    const parsed = new URL(key);
    target = { protocol: parsed.protocol === 'https:' ? 'https:' : 'http:', hostname: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port, path: `${parsed.pathname}${parsed.search}` };
    if (targets.size >= 1_000) targets.clear();
    targets.set(key, target);
  }
  return target;
}

export function botApiFetch(url: string | URL, init: BotApiRequestInit = {}): Promise<BotApiResponse> {
  const target = targetOf(url);
  const protocol = target.protocol;
  const signal = init.signal ?? undefined;
  return new Promise<BotApiResponse>((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const body = init.body ?? null;
    const headers: Record<string, string | number> = { ...init.headers };
    if (typeof body === 'string') headers['content-length'] = Buffer.byteLength(body);
    else if (body instanceof Uint8Array) headers['content-length'] = body.byteLength;
    const request = (protocol === 'https:' ? https : http).request({
      protocol,
      hostname: target.hostname,
      port: target.port || undefined,
      path: target.path,
      method: init.method ?? 'GET',
      headers,
      // Our own keep-alive agent unless grammY passed its own (it does, keyed by API root).
      agent: init.agent ?? agents[protocol],
    });
    // As grammY's client does (500 s): a connection that stops answering is given up, never waited on forever.
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error('The Bot API did not answer in time')));
    const onAbort = () => request.destroy(new AbortError());
    signal?.addEventListener('abort', onAbort);
    const done = () => signal?.removeEventListener('abort', onAbort);
    request.once('error', (error) => {
      done();
      reject(error);
    });
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      let settled: Promise<string> | null = null;
      const text = () =>
        (settled ??= new Promise<string>((ok, fail) => {
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.once('end', () => {
            done();
            ok(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
          });
          response.once('error', (error) => {
            done();
            fail(error);
          });
          response.once('aborted', () => {
            done();
            fail(new AbortError());
          });
        }));
      const status = response.statusCode ?? 0;
      resolve({
        ok: status >= 200 && status < 300,
        status,
        statusText: response.statusMessage ?? '',
        text,
        json: async () => JSON.parse(await text()) as unknown,
      });
    });
    if (body === null) request.end();
    else if (typeof body === 'string' || body instanceof Uint8Array) request.end(body);
    else {
      body.once('error', (error) => request.destroy(error));
      body.pipe(request);
    }
  });
}
