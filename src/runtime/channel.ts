/**
 * One typed channel between two threads, or two ends of a MessageChannel in one thread: a stream of
 * values with credit-based flow control (a sender is at most `window` values ahead of what the other
 * end has taken), the end of the stream with a result, and failures carried as structured errors
 * (name, message, code, line, stack). Either end may send, receive, or both.
 */

/** What a channel needs of a port: a Worker, a worker's parentPort or a MessagePort all have it. */
export interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

/** An error as it crosses a thread: plain data, so its code and line survive the copy. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  /** A line of the input the error is about, counted from 1. */
  line?: number;
  stack?: string;
}

/** An error with the fields a channel carries across. */
export type StructuredError = Error & { code?: string; line?: number };

type Settle<R> = { resolve: (r: R) => void; reject: (e: Error) => void };

type Wire<T, R> =
  | { t: 'data'; v: T }
  | { t: 'credit'; n: number }
  | { t: 'end'; v: R }
  | { t: 'error'; e: WireError }
  | { t: 'stop' };

export function toWireError(err: unknown): WireError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const { code, line } = err as StructuredError;
  return {
    name: err.name,
    message: err.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof line === 'number' ? { line } : {}),
    ...(err.stack !== undefined ? { stack: err.stack } : {}),
  };
}

/** The error again, as a plain Error with the same name, message, code, line and stack. */
export function fromWireError(wire: WireError): StructuredError {
  const err: StructuredError = new Error(wire.message);
  // Own property only when it differs, so String(err) reads as the original did.
  if (wire.name !== 'Error') Object.defineProperty(err, 'name', { value: wire.name, configurable: true, writable: true });
  if (wire.code !== undefined) err.code = wire.code;
  if (wire.line !== undefined) err.line = wire.line;
  if (wire.stack !== undefined) err.stack = wire.stack;
  return err;
}

/**
 * One end of a channel: sends `Out` values, receives `In` values, and learns the other end's outcome
 * (`Result`, or its failure). Credit for a received value goes back when the next one is asked for,
 * so the window also counts the value being worked on.
 */
export class Channel<Out, In = never, Result = unknown> implements AsyncIterable<In> {
  readonly #port: PortLike;
  #credit: number;
  readonly #queue: In[] = [];
  /** Credit owed for the value last taken (returned on the next `next()`). */
  #owed = false;
  #ended: { result: Result } | undefined;
  #failure: Error | undefined;
  /** The other end takes no more values. */
  #stopped = false;
  /** This end said it takes no more. */
  #stopping = false;
  #waiters: (() => void)[] = [];
  readonly #settle: Settle<Result>;
  /** The other end's result, or its failure (or the loss of the link). */
  readonly outcome: Promise<Result>;

  constructor(port: PortLike, options: { window?: number } = {}) {
    this.#port = port;
    this.#credit = options.window ?? Number.POSITIVE_INFINITY;
    let settle!: Settle<Result>;
    this.outcome = new Promise<Result>((resolve, reject) => (settle = { resolve, reject }));
    this.#settle = settle;
    // Awaited by whoever needs it; an outcome nobody awaits is not an unhandled rejection.
    this.outcome.catch(() => undefined);
    port.on('message', this.#onMessage);
  }

  #onMessage = (message: unknown): void => {
    const m = message as Wire<In, Result>;
    switch (m.t) {
      case 'data':
        this.#queue.push(m.v);
        break;
      case 'credit':
        this.#credit += m.n;
        break;
      case 'end':
        if (this.#ended || this.#failure) return;
        this.#ended = { result: m.v };
        this.#settle.resolve(m.v);
        break;
      case 'error':
        this.#fail(fromWireError(m.e));
        break;
      case 'stop':
        this.#stopped = true;
        break;
    }
    this.#wake();
  };

  #fail(err: Error): void {
    if (this.#ended || this.#failure) return;
    this.#failure = err;
    this.#settle.reject(err);
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /**
   * Sends a value once the other end has room for it. False when it takes no more (it stopped,
   * ended, failed, or the link was lost): the sender should stop producing.
   */
  async send(value: Out): Promise<boolean> {
    for (;;) {
      if (this.#stopped || this.#ended || this.#failure) return false;
      if (this.#credit > 0) break;
      await this.#wait();
    }
    this.#credit -= 1;
    this.#port.postMessage({ t: 'data', v: value } satisfies Wire<Out, never>);
    return true;
  }

  /** The next value from the other end; done with its result at its end; throws its failure. */
  async next(): Promise<IteratorResult<In, Result>> {
    if (this.#owed) {
      this.#owed = false;
      this.#port.postMessage({ t: 'credit', n: 1 } satisfies Wire<never, never>);
    }
    for (;;) {
      if (this.#queue.length > 0) {
        this.#owed = true;
        return { done: false, value: this.#queue.shift()! };
      }
      if (this.#failure) throw this.#failure;
      if (this.#ended) return { done: true, value: this.#ended.result };
      await this.#wait();
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<In> {
    return {
      next: () => this.next() as Promise<IteratorResult<In>>,
      return: () => {
        this.stop();
        return Promise.resolve({ done: true, value: undefined });
      },
    };
  }

  /** Tells the other end this end takes no more values (its `send` then returns false). */
  stop(): void {
    if (this.#stopping) return;
    this.#stopping = true;
    this.#queue.length = 0;
    this.#port.postMessage({ t: 'stop' } satisfies Wire<never, never>);
  }

  /** This end is done: the other end's `next()` is done with `result`. */
  end(result?: unknown): void {
    this.#port.postMessage({ t: 'end', v: result } satisfies Wire<never, unknown>);
  }

  /** This end failed: the other end's `next()` and `outcome` throw `err`, code and line kept. */
  fail(err: unknown): void {
    this.#port.postMessage({ t: 'error', e: toWireError(err) } satisfies Wire<never, never>);
  }

  /** The link is gone (the worker exited, was terminated): waits end with `err` unless the other end had ended. */
  lost(err: Error): void {
    this.#fail(err);
    this.#wake();
  }

  /** The failure that ended the channel, if any. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Stops listening (a port without listeners no longer keeps its thread alive). */
  close(): void {
    this.#port.off('message', this.#onMessage);
  }
}
