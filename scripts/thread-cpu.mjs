// `node --import ./scripts/thread-cpu.mjs bin/kinerja.js run …` (Linux): at exit, prints to stderr the
// main thread's CPU in each phase (taken when the phase's measure is made, so a phase is the time since
// the one before) and the CPU of every thread of the process (parse workers, the workbook worker, V8's
// and libuv's helper threads) with when it was seen. CPU time, unlike wall time, barely moves with the
// load of a shared machine: it shows which thread does the work. Threads are sampled every 50 ms, so a
// worker's last 50 ms may be missed. Used for round 4 of docs/performa.md.
import { readFileSync, readdirSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

/** A thread's name and its user + system CPU in ms, from /proc (clock ticks of 10 ms). */
function threadStat(tid) {
  const raw = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
  return { name: raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')')), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
}

if (isMainThread && process.platform === 'linux') {
  const started = performance.now();
  const seconds = (ms) => (ms / 1000).toFixed(1);
  const mainCpu = () => threadStat(process.pid).cpuMs;
  const phases = [];
  let last = mainCpu();
  const measure = performance.measure.bind(performance);
  performance.measure = (name, options) => {
    const cpu = mainCpu();
    const entry = measure(name, options);
    // Phases measured many times over (each CSV file) would split the CPU among themselves: left out.
    if (!name.startsWith('kinerja:tulis:csv') && !name.startsWith('kinerja:tulis:tindak_lanjut')) {
      phases.push(`  ${name.padEnd(28)} ${String(Math.round(entry.duration)).padStart(7)} ms wall ${String(cpu - last).padStart(7)} ms main-thread CPU`);
      last = cpu;
    }
    return entry;
  };
  const threads = new Map();
  const poll = () => {
    const at = performance.now() - started;
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = threadStat(tid);
        const seen = threads.get(tid) ?? { ...stat, first: at };
        threads.set(tid, { ...seen, cpuMs: stat.cpuMs, last: at });
      } catch {
        // The thread ended between the listing and the read.
      }
    }
  };
  setInterval(poll, 50).unref();
  process.on('exit', () => {
    poll();
    const lines = ['thread-cpu: main thread by phase', ...phases, 'thread-cpu: threads (≥ 30 ms CPU)'];
    for (const [tid, t] of threads) {
      if (t.cpuMs < 30) continue;
      const role = Number(tid) === process.pid ? 'main' : '';
      lines.push(`  ${tid.padStart(8)} ${t.name.padEnd(16)} ${String(t.cpuMs).padStart(7)} ms CPU  seen ${seconds(t.first)}–${seconds(t.last)} s ${role}`);
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  });
}
