// The processor's waits are all bounded and all end when the runner stops.

/** The part of an abort signal the waits use (the runner types its own with an old polyfill). */
export interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Resolves at the first of: the callback `register` was given is called, `ms` pass, the signal aborts. */
export function until(ms: number, signal: StopSignal | undefined, register: (done: () => void) => () => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unregister();
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unregister = register(done);
    signal?.addEventListener('abort', done);
  });
}
