/**
 * fast-check settings for the whole suite. Properties run from a fixed seed so that a run of
 * `npm test` (and CI) is repeatable; `KINERJA_FC_SEED=<n>` replays another seed and
 * `KINERJA_FC_SEED=random` explores new ones (the failure report prints the seed to replay).
 */
import fc from 'fast-check';

const FIXED_SEED = 20261123;
const requested = process.env.KINERJA_FC_SEED;
const seed = requested === 'random' ? Date.now() ^ (Math.random() * 0x7fffffff) : requested ? Number(requested) : FIXED_SEED;
if (!Number.isInteger(seed)) throw new Error(`KINERJA_FC_SEED must be an integer or "random", got ${requested}`);
fc.configureGlobal({ seed });
