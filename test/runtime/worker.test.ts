import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/runtime/channel.js';
import { startWorker, type WorkerSpec } from '../../src/runtime/worker.js';

/** A worker that counts up to `job.to`, or fails at `job.failAt` with a code and line. */
const COUNTER: WorkerSpec<{ to: number; failAt?: number }, number, never, string> = {
  kind: 'test-counter',
  url: new URL(import.meta.url),
  upWindow: 2,
  stoppedEarly: (code) => `counter stopped (exit code ${code})`,
  async body(channel: Channel<number, never, never>, job) {
    let i = 0;
    for (; i < job.to; i++) {
      if (i === job.failAt) throw Object.assign(new Error(`broke at ${i}`), { code: 'COUNTER_BROKE', line: i + 1 });
      if (!(await channel.send(i))) return `stopped after ${i}`;
    }
    return `counted ${i}`;
  },
};

/** A worker that sums what the host sends it. */
const SUMMER: WorkerSpec<{ start: number }, never, number, number> = {
  kind: 'test-summer',
  url: new URL(import.meta.url),
  downWindow: 3,
  stoppedEarly: () => 'summer stopped',
  async body(channel: Channel<never, number, never>, job) {
    let sum = job.start;
    for await (const v of channel) sum += v;
    return sum;
  },
};

describe('startWorker from the sources runs the body in this thread, through the same channel', () => {
  it('a worker that sends: values in order, then its result', async () => {
    const worker = startWorker(COUNTER, { to: 5 });
    expect(worker.threaded).toBe(false);
    const got: number[] = [];
    for (let step = await worker.channel.next(); !step.done; step = await worker.channel.next()) got.push(step.value);
    expect(got).toEqual([0, 1, 2, 3, 4]);
    await expect(worker.done).resolves.toBe('counted 5');
  });

  it('a worker that receives: the host feeds it within the window and gets its result', async () => {
    const worker = startWorker(SUMMER, { start: 100 });
    for (let i = 1; i <= 10; i++) expect(await worker.channel.send(i)).toBe(true);
    worker.channel.end();
    await expect(worker.done).resolves.toBe(155);
  });

  it('a body that throws: the host gets the error with its code and line', async () => {
    const worker = startWorker(COUNTER, { to: 10, failAt: 3 });
    const got: number[] = [];
    const err = await (async () => {
      for (let step = await worker.channel.next(); !step.done; step = await worker.channel.next()) got.push(step.value);
    })().catch((e: unknown) => e);
    expect(got).toEqual([0, 1, 2]);
    expect(err).toMatchObject({ message: 'broke at 3', code: 'COUNTER_BROKE', line: 4 });
    await expect(worker.done).rejects.toMatchObject({ code: 'COUNTER_BROKE' });
  });

  it('terminate stops a body waiting for credit', async () => {
    const worker = startWorker(COUNTER, { to: 1_000_000 });
    expect(await worker.channel.next()).toEqual({ done: false, value: 0 });
    await worker.terminate();
    // Values already on their way may still come; then the channel says the worker stopped.
    const after = await (async () => {
      let n = 0;
      for (let step = await worker.channel.next(); !step.done; step = await worker.channel.next()) n += 1;
      return n;
    })().catch((e: unknown) => e);
    expect(after).toMatchObject({ message: 'counter stopped (exit code 1)' });
  });

  it('a job that cannot cross a thread is refused here too', () => {
    expect(() => startWorker(SUMMER, { start: 1, f: () => 1 } as unknown as { start: number })).toThrow();
  });
});
