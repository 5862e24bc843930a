import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Channel, fromWireError, toWireError, type StructuredError } from '../../src/runtime/channel.js';

const open: { close(): void }[] = [];
/** Two ends of one MessageChannel: `sender` may be `window` values ahead of `receiver`. */
function pair<T, R = unknown>(window?: number): { sender: Channel<T, never, never>; receiver: Channel<never, T, R> } {
  const { port1, port2 } = new MessageChannel();
  const sender = new Channel<T, never, never>(port1, { window });
  const receiver = new Channel<never, T, R>(port2);
  open.push(sender, receiver);
  return { sender, receiver };
}
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** Lets queued port messages arrive. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('Channel flow control', () => {
  it('a sender is at most `window` values ahead; credit comes back as the receiver asks for the next', async () => {
    const { sender, receiver } = pair<number>(2);
    const sent: number[] = [];
    const producing = (async () => {
      for (let i = 1; i <= 5; i++) if (await sender.send(i)) sent.push(i);
      sender.end();
    })();
    await turns();
    expect(sent).toEqual([1, 2]);
    expect(await receiver.next()).toEqual({ done: false, value: 1 });
    await turns();
    // Still holding 1: its credit goes back with the next request.
    expect(sent).toEqual([1, 2]);
    expect(await receiver.next()).toEqual({ done: false, value: 2 });
    await turns();
    expect(sent).toEqual([1, 2, 3]);
    const rest: number[] = [];
    for await (const v of receiver) rest.push(v);
    await producing;
    expect(rest).toEqual([3, 4, 5]);
  });

  it('the end carries the sender\'s result', async () => {
    const { sender, receiver } = pair<string, { sha: string }>(4);
    await sender.send('a');
    sender.end({ sha: 'abc' });
    expect(await receiver.next()).toEqual({ done: false, value: 'a' });
    expect(await receiver.next()).toEqual({ done: true, value: { sha: 'abc' } });
    await expect(receiver.outcome).resolves.toEqual({ sha: 'abc' });
  });

  it('a receiver that stops early: the sender\'s next send is false, so it stops producing', async () => {
    const { sender, receiver } = pair<number>(1);
    let produced = 0;
    const producing = (async () => {
      for (let i = 0; i < 1_000; i++) {
        if (!(await sender.send(i))) return 'stopped';
        produced += 1;
      }
      return 'finished';
    })();
    for await (const v of receiver) if (v === 2) break;
    expect(await producing).toBe('stopped');
    expect(produced).toBeLessThanOrEqual(4);
  });

  it('a failure reaches the receiver after the values sent before it, with its name, message, code, line and stack', async () => {
    const { sender, receiver } = pair<number>(8);
    const cause = Object.assign(new Error('Quote Not Closed: the parsing is finished with an opening quote at line 7'), { code: 'CSV_QUOTE_NOT_CLOSED', line: 7 });
    await sender.send(1);
    sender.fail(cause);
    expect(await receiver.next()).toEqual({ done: false, value: 1 });
    const err = (await receiver.next().catch((e: unknown) => e)) as StructuredError;
    expect(err).toBeInstanceOf(Error);
    expect(String(err)).toBe(String(cause));
    expect(err.code).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(err.line).toBe(7);
    expect(err.stack).toBe(cause.stack);
    await expect(receiver.outcome).rejects.toBe(err);
    // The other direction: a sender learns of the receiver's failure as `send` returning false.
    const back = pair<number>(1);
    back.receiver.fail(new Error('writer broke'));
    await turns();
    expect(await back.sender.send(1)).toBe(false);
    await expect(back.sender.outcome).rejects.toThrow('writer broke');
  });

  it('a lost link (the worker exited) ends waits with its error, unless the other end had ended', async () => {
    const { sender, receiver } = pair<number>(1);
    const waiting = receiver.next();
    receiver.lost(new Error('parse worker stopped before the end of the file'));
    await expect(waiting).rejects.toThrow('parse worker stopped before the end of the file');
    const blocked = (async () => {
      await sender.send(1);
      return sender.send(2);
    })();
    sender.lost(new Error('gone'));
    expect(await blocked).toBe(false);

    const ended = pair<number, string>(1);
    ended.sender.end('done');
    await turns();
    ended.receiver.lost(new Error('exit'));
    expect(await ended.receiver.next()).toEqual({ done: true, value: 'done' });
  });
});

describe('errors across threads', () => {
  it('keep a system error\'s code and a custom name; a thrown non-error becomes its text', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    const back = fromWireError(structuredClone(toWireError(enospc)));
    expect([back.message, back.code, String(back)]).toEqual([enospc.message, 'ENOSPC', 'Error: ENOSPC: no space left on device, write']);
    const typed = fromWireError(toWireError(new TypeError('x is not a function')));
    expect(String(typed)).toBe('TypeError: x is not a function');
    expect(fromWireError(toWireError('just text')).message).toBe('just text');
  });
});
