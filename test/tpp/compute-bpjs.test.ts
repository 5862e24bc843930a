import { describe, expect, it } from 'vitest';
import { computeBpjs } from '../../src/tpp/compute-bpjs.js';
import { aPack } from '../helpers/builders.js';

const pack = aPack();

describe('BPJS on TPP', () => {
  it('SPEC §7: gaji 4,200,000, TPP 4,850,000 → 48,500 / 194,000', () => {
    expect(computeBpjs(4_850_000, 4_200_000, pack)).toEqual({ upah: 4_200_000, dasarBpjs: 4_850_000, bpjsPegawai: 48_500, bpjsPemda: 194_000 });
  });

  it('pays only on the headroom under the 12,000,000 ceiling', () => {
    expect(computeBpjs(5_000_000, 9_000_000, pack)).toMatchObject({ dasarBpjs: 3_000_000, bpjsPegawai: 30_000, bpjsPemda: 120_000 });
  });

  it('pays nothing when the wage is above the ceiling', () => {
    expect(computeBpjs(5_000_000, 13_000_000, pack)).toMatchObject({ dasarBpjs: 0, bpjsPegawai: 0, bpjsPemda: 0 });
  });

  it('rounds half up even when the pack rounds money down', () => {
    expect(computeBpjs(1_050, 0, aPack({ pembulatan: 'floor' })).bpjsPegawai).toBe(11);
  });

  it('treats a missing wage as 0', () => {
    expect(computeBpjs(13_000_000, undefined, pack).dasarBpjs).toBe(12_000_000);
  });
});
