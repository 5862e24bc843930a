/**
 * Worker start-up in one place. A worker is a body (an async function of its channel end and its job)
 * in a module that serves it at its top level; the host starts it with `startWorker`. From the built
 * JavaScript the body runs in a worker thread; from the TypeScript sources (unit tests) there is no
 * JavaScript to start a thread from, so the same body runs in this thread over a MessageChannel,
 * through the same channel, flow control and error transport.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, isMainThread, parentPort, workerData, type ResourceLimits } from 'node:worker_threads';
import { Channel } from './channel.js';

/** A worker: its body and how its two directions are windowed. `Up`: worker → host; `Down`: host → worker. */
export interface WorkerSpec<Job, Up, Down, Result> {
  /** Tag in workerData: a module may be loaded inside another kind of worker too. */
  kind: string;
  /** The module that defines this spec and calls `serveWorker(spec)` at its top level. */
  url: URL;
  /** Values the worker may send ahead of what the host has taken (unbounded when absent), or that per job. */
  upWindow?: number | ((job: Job) => number | undefined);
  /** Values the host may send ahead of what the worker has taken (unbounded when absent). */
  downWindow?: number;
  /** What the host's failure says when the worker stops before its end. */
  stoppedEarly: (exitCode: number) => string;
  body: (channel: Channel<Up, Down, never>, job: Job) => Promise<Result>;
}

/** A started worker, as the host holds it. */
export interface StartedWorker<Up, Down, Result> {
  channel: Channel<Down, Up, Result>;
  /** Settles once the worker has stopped (so its files are closed): its result or its failure. */
  done: Promise<Result>;
  /** Whether the body runs in a thread of its own (false from the TypeScript sources). */
  threaded: boolean;
  terminate(): Promise<void>;
  /** Whether the worker keeps the process alive (a prefetch nobody reads must not). */
  ref(): void;
  unref(): void;
}

/** Runs a body over its channel end: its result or failure ends the channel. */
async function runBody<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>, channel: Channel<Up, Down, never>, job: Job): Promise<void> {
  try {
    channel.end(await spec.body(channel, job));
  } catch (err) {
    channel.fail(err);
  } finally {
    channel.close();
  }
}

interface WorkerData<Job> {
  kind: string;
  job: Job;
}

function upWindowOf<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>, job: Job): number | undefined {
  return typeof spec.upWindow === 'function' ? spec.upWindow(job) : spec.upWindow;
}

/** Runs the body when this module was started as a worker of this kind (call at the module's top level). */
export async function serveWorker<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>): Promise<void> {
  if (isMainThread || (workerData as Partial<WorkerData<Job>> | null)?.kind !== spec.kind) return;
  const data = workerData as WorkerData<Job>;
  await runBody(spec, new Channel<Up, Down, never>(parentPort!, { window: upWindowOf(spec, data.job) }), data.job);
}

/** Whether the spec's module exists as JavaScript that a thread can start from. */
function threadable(url: URL): boolean {
  return url.pathname.endsWith('.js') && existsSync(fileURLToPath(url));
}

function inThread<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>, job: Job): StartedWorker<Up, Down, Result> {
  const { port1, port2 } = new MessageChannel();
  const channel = new Channel<Down, Up, Result>(port2, { window: spec.downWindow });
  const inside = new Channel<Up, Down, never>(port1, { window: upWindowOf(spec, job) });
  // A copy, as a thread would get: a job that cannot cross a thread fails here too.
  const copy = structuredClone(job);
  const ran = Promise.resolve().then(() => runBody(spec, inside, copy));
  const done = ran.then(() => channel.outcome).finally(() => channel.close());
  done.catch(() => undefined);
  return {
    channel,
    done,
    threaded: false,
    terminate() {
      inside.lost(new Error(spec.stoppedEarly(1)));
      channel.lost(new Error(spec.stoppedEarly(1)));
      channel.close();
      return Promise.resolve();
    },
    ref() {
      port1.ref();
      port2.ref();
    },
    unref() {
      port1.unref();
      port2.unref();
    },
  };
}

function inWorkerThread<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>, job: Job, resourceLimits?: ResourceLimits): StartedWorker<Up, Down, Result> {
  const data: WorkerData<Job> = { kind: spec.kind, job };
  const worker = new Worker(spec.url, { workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
  const channel = new Channel<Down, Up, Result>(worker, { window: spec.downWindow });
  // An uncaught error or a crash (out of memory) ends the channel with it; 'exit' comes after.
  worker.on('error', (err) => channel.lost(err));
  const done = new Promise<Result>((resolve, reject) => {
    worker.on('exit', (code) => {
      channel.lost(new Error(spec.stoppedEarly(code)));
      channel.close();
      channel.outcome.then(resolve, reject);
    });
  });
  done.catch(() => undefined);
  return {
    channel,
    done,
    threaded: true,
    async terminate() {
      await worker.terminate();
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

/** Starts a worker on `job` (in a thread from the build, in this thread from the sources). */
export function startWorker<Job, Up, Down, Result>(spec: WorkerSpec<Job, Up, Down, Result>, job: Job, options: { resourceLimits?: ResourceLimits } = {}): StartedWorker<Up, Down, Result> {
  return threadable(spec.url) ? inWorkerThread(spec, job, options.resourceLimits) : inThread(spec, job);
}
