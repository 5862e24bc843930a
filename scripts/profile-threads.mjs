// `node scripts/profile-threads.mjs DIR [BUCKET_MS]`: per thread of one run profiled with
// `node --cpu-prof --cpu-prof-dir DIR bin/kinerja.js run …`, the ms of each time bucket in which the
// thread was not idle (running, or ready to run but waiting for a core), on one clock. Columns are the
// profile files in name order (T0 is the main thread, then workers in the order they started). A
// `sum` above BUCKET_MS × cores means more threads wanted to run than there were cores; below it, a
// core stood idle. Used for round 9 of docs/performa.md.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, bucketArg = '500'] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: node scripts/profile-threads.mjs DIR [BUCKET_MS]\n');
  process.exit(2);
}
const bucketUs = Number(bucketArg) * 1000;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort();
const profiles = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const origin = Math.min(...profiles.map((p) => p.startTime));
/** busy[bucket][thread]: µs not idle. */
const busy = [];
profiles.forEach((profile, thread) => {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  let at = profile.startTime - origin;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    if (idle.has(profile.samples[i])) continue;
    const bucket = Math.floor(at / bucketUs);
    busy[bucket] ??= new Array(profiles.length).fill(0);
    busy[bucket][thread] += profile.timeDeltas[i];
  }
});
const ms = (us) => String(Math.round(us / 1000)).padStart(6);
process.stdout.write(`${'ms'.padStart(6)} ${files.map((_, t) => `T${t}`.padStart(6)).join('')}${'sum'.padStart(7)}\n`);
busy.forEach((threads, bucket) => {
  if (!threads) return;
  process.stdout.write(`${String(bucket * Number(bucketArg)).padStart(6)} ${threads.map(ms).join('')} ${ms(threads.reduce((a, b) => a + b, 0))}\n`);
});
