// HTML → PDF with one shared, lazily started Chromium: a small pool of tabs, a queue in front of it,
// tabs recycled after a number of renders, no JavaScript and no requests, a new browser after a crash;
// the browser dies with this process, and browsers a killed predecessor left behind are ended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, HTTPRequest, Page, PDFOptions } from 'puppeteer-core';
import { currentProcess, endLeftoverBrowsers, type LeftoverReport, PROFILE_PREFIX, removeMarker, writeMarker } from './browser-markers.ts';
import { CHROMIUM_ARGS, chromiumPath, diesWithParent, parentDeathWrapper } from './chromium.ts';

/** Where the renderer keeps a marker per running browser (see browser-markers.ts). */
export const DEFAULT_RUN_DIR = './data/run';

export interface RendererOptions {
  executablePath?: string;
  /** Tabs rendering at once. */
  pages?: number;
  /** A tab is closed and replaced after this many renders, so long-lived pages cannot grow. */
  recycleAfter?: number;
  /** Renders waiting for a tab beyond this are refused rather than queued without end. */
  maxQueue?: number;
  launchTimeoutMs?: number;
  renderTimeoutMs?: number;
  /** Told how long each successful render held its tab (queue wait excluded), for metrics. */
  onRender?: (ms: number) => void;
  /** Folder for the markers that let a later start end browsers this process leaves behind if killed. */
  runDir?: string;
  /**
   * Start Chromium so the kernel ends it when this process dies (default: yes, where util-linux's
   * setpriv exists). Off only reproduces the old behaviour, for the test of the leftover clean-up.
   */
  dieWithProcess?: boolean;
}

export interface RenderOptions {
  landscape?: boolean;
}

export interface RendererStats {
  renders: number;
  failures: number;
  launches: number;
  pagesOpened: number;
  /** Requests the pages tried to make and were refused (anything but inline data: content). */
  blockedRequests: number;
  blockedUrls: string[];
}

/** Chromium could not be started, died, or did not finish in time; the work can be retried later. */
export class RendererUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RendererUnavailableError';
  }
}

// Chromium may still be writing its profile while it exits; a leftover temp folder is harmless.
function removeDir(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    /* left for the OS to clean */
  }
}

interface Tab {
  page: Page;
  browser: Browser;
  uses: number;
}

interface Running {
  browser: Browser;
  userDataDir: string;
  marker: string | null;
}

export class PdfRenderer {
  readonly stats: RendererStats = { renders: 0, failures: 0, launches: 0, pagesOpened: 0, blockedRequests: 0, blockedUrls: [] };
  readonly executablePath: string;
  readonly #pages: number;
  readonly #recycleAfter: number;
  readonly #maxQueue: number;
  readonly #launchTimeoutMs: number;
  readonly #renderTimeoutMs: number;
  readonly #onRender: ((ms: number) => void) | undefined;
  readonly #runDir: string;
  readonly #dieWithProcess: boolean;
  /** The clean-up of leftovers, done once before this renderer's first browser starts. */
  #leftovers: Promise<LeftoverReport> | null = null;
  #running: Promise<Running> | null = null;
  /** The started browser, once #running has resolved. */
  #current: Running | null = null;
  #idle: Tab[] = [];
  #inUse = 0;
  #waiting: Array<() => void> = [];
  #closed = false;
  #failuresInARow = 0;

  constructor(options: RendererOptions = {}) {
    this.executablePath = options.executablePath ?? chromiumPath();
    this.#pages = Math.max(1, options.pages ?? 2);
    this.#recycleAfter = Math.max(1, options.recycleAfter ?? 50);
    this.#maxQueue = options.maxQueue ?? 1_000;
    this.#launchTimeoutMs = options.launchTimeoutMs ?? 30_000;
    this.#renderTimeoutMs = options.renderTimeoutMs ?? 30_000;
    this.#onRender = options.onRender;
    this.#runDir = resolve(options.runDir ?? DEFAULT_RUN_DIR);
    this.#dieWithProcess = options.dieWithProcess ?? true;
  }

  /**
   * Ends the browsers that processes killed earlier left running (their markers name them), once per
   * renderer: the application calls it at start, and the first launch waits for it in any case.
   */
  endLeftovers(): Promise<LeftoverReport> {
    this.#leftovers ??= endLeftoverBrowsers(this.#runDir).catch(() => ({ browsers: 0, processes: 0 }));
    return this.#leftovers;
  }

  /** Renders a self-contained HTML document to an A4 PDF. */
  async render(html: string, options: RenderOptions = {}): Promise<Uint8Array> {
    if (this.#closed) throw new RendererUnavailableError('the renderer is shut down');
    if (this.#waiting.length >= this.#maxQueue) throw new RendererUnavailableError('too many documents are waiting to be rendered');
    await this.#slot();
    try {
      // One more go when the browser died under this render: the next one is a fresh browser.
      for (let attempt = 1; ; attempt++) {
        let tab: Tab | null = null;
        try {
          tab = await this.#tab();
          const started = performance.now();
          const pdf = await this.#print(tab, html, options);
          this.#onRender?.(performance.now() - started);
          this.stats.renders++;
          this.#failuresInARow = 0;
          this.#giveBack(tab);
          return pdf;
        } catch (error) {
          if (tab) await this.#discard(tab);
          // The 'disconnected' event may already have dropped it; the tab still knows its browser.
          const died = this.#forgetIfDead() || (tab !== null && !tab.browser.connected);
          if (died && attempt < 2 && !this.#closed) continue;
          this.stats.failures++;
          // A browser that is alive but keeps failing (hung, out of memory) is replaced too.
          if (++this.#failuresInARow >= 3 && !died) {
            this.#failuresInARow = 0;
            await this.#shutdownBrowser();
          }
          throw error instanceof RendererUnavailableError ? error : new RendererUnavailableError(`rendering failed: ${(error as Error).message}`, { cause: error });
        }
      }
    } finally {
      this.#inUse--;
      this.#waiting.shift()?.();
    }
  }

  /** The browser's process id while it runs (benchmarks sample its memory). */
  async browserPid(): Promise<number | undefined> {
    const running = this.#running ? await this.#running.catch(() => null) : null;
    return running?.browser.process()?.pid;
  }

  get queued(): number {
    return this.#waiting.length;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const wake of this.#waiting.splice(0)) wake();
    await this.#shutdownBrowser();
  }

  async #slot(): Promise<void> {
    while (this.#inUse >= this.#pages) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    if (this.#closed) throw new RendererUnavailableError('the renderer is shut down');
    this.#inUse++;
  }

  async #tab(): Promise<Tab> {
    const { browser } = await this.#browser();
    while (this.#idle.length) {
      const tab = this.#idle.pop()!;
      if (tab.browser === browser && !tab.page.isClosed()) return tab;
    }
    const page = await browser.newPage();
    this.stats.pagesOpened++;
    page.setDefaultTimeout(this.#renderTimeoutMs);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => this.#intercept(request));
    return { page, browser, uses: 0 };
  }

  #intercept(request: HTTPRequest): void {
    if (request.isInterceptResolutionHandled()) return;
    // Inline content (data: images and fonts inside the document) is the page itself.
    if (request.url().startsWith('data:')) return void request.continue().catch(() => undefined);
    this.stats.blockedRequests++;
    if (this.stats.blockedUrls.length < 100) this.stats.blockedUrls.push(request.url());
    void request.abort('blockedbyclient').catch(() => undefined);
  }

  async #print(tab: Tab, html: string, options: RenderOptions): Promise<Uint8Array> {
    tab.uses++;
    await tab.page.setContent(html, { waitUntil: 'load', timeout: this.#renderTimeoutMs });
    const pdfOptions: PDFOptions = {
      format: 'A4',
      landscape: options.landscape ?? false,
      printBackground: true,
      preferCSSPageSize: true,
      timeout: this.#renderTimeoutMs,
    };
    return tab.page.pdf(pdfOptions);
  }

  /** Drops a browser that is no longer connected (crashed, killed); true if there was one. */
  #forgetIfDead(): boolean {
    const current = this.#current;
    if (!current || current.browser.connected) return false;
    this.#running = null;
    this.#current = null;
    this.#idle = [];
    return true;
  }

  #giveBack(tab: Tab): void {
    if (tab.uses >= this.#recycleAfter || !tab.browser.connected) {
      void this.#discard(tab);
      return;
    }
    this.#idle.push(tab);
  }

  async #discard(tab: Tab): Promise<void> {
    if (!tab.page.isClosed()) await tab.page.close().catch(() => undefined);
  }

  #browser(): Promise<Running> {
    if (!this.#running) {
      const launching = this.#launch();
      this.#running = launching;
      // A failed start is not remembered: the next render tries again (the caller backs off).
      launching.catch(() => {
        if (this.#running === launching) this.#running = null;
      });
    }
    return this.#running;
  }

  async #launch(): Promise<Running> {
    await this.endLeftovers();
    const userDataDir = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
    let marker: string | null = null;
    try {
      // Without a marker the browser still dies with us; only the clean-up after a crash is lost.
      marker = writeMarker(this.#runDir, { owner: currentProcess(), userDataDir });
    } catch {
      marker = null;
    }
    try {
      // Loaded on first use: the library costs about 20 MB in every process that never renders.
      const { default: puppeteer } = await import('puppeteer-core');
      const wrapper = this.#dieWithProcess ? parentDeathWrapper() : null;
      // Through the wrapper, puppeteer's own arguments are passed after it by hand.
      const command = wrapper
        ? diesWithParent(wrapper, this.executablePath, puppeteer.defaultArgs({ headless: true, userDataDir, args: CHROMIUM_ARGS }))
        : { command: this.executablePath, args: CHROMIUM_ARGS };
      const browser = await puppeteer.launch({
        executablePath: command.command,
        ignoreDefaultArgs: wrapper !== null,
        headless: true,
        userDataDir,
        args: command.args,
        timeout: this.#launchTimeoutMs,
        protocolTimeout: this.#renderTimeoutMs * 2,
        // The application decides when the browser stops (clean shutdown closes it).
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
      this.stats.launches++;
      const running: Running = { browser, userDataDir, marker };
      this.#current = running;
      browser.on('disconnected', () => {
        // Crashed or killed: forget it, so the next render starts a new one.
        if (this.#current === running) {
          this.#running = null;
          this.#current = null;
          this.#idle = [];
        }
        removeDir(userDataDir);
        if (marker) removeMarker(marker);
      });
      return running;
    } catch (error) {
      removeDir(userDataDir);
      if (marker) removeMarker(marker);
      throw new RendererUnavailableError(`cannot start Chromium at ${this.executablePath}: ${(error as Error).message}`, { cause: error });
    }
  }

  async #shutdownBrowser(): Promise<void> {
    const running = this.#running;
    this.#running = null;
    this.#current = null;
    this.#idle = [];
    const current = running ? await running.catch(() => null) : null;
    if (!current) return;
    await current.browser.close().catch(() => current.browser.process()?.kill('SIGKILL'));
    removeDir(current.userDataDir);
    if (current.marker) removeMarker(current.marker);
  }
}
