/** Every field an input's headers can map to (for the rule pack's `masukan.kolom` check). */
import type { InputName, RulePack } from '../rules/rule-pack-schema.js';
import { AKTIVITAS_FIELDS } from './aktivitas.js';
import { CAPAIAN_FIELDS } from './capaian.js';
import { HUKDIS_FIELDS } from './hukdis.js';
import { JADWAL_FIELDS } from './jadwal.js';
import { LIBUR_FIELDS } from './libur.js';
import { MUTASI_FIELDS } from './mutasi.js';
import { PEGAWAI_FIELDS } from './pegawai.js';
import { PENILAIAN_FIELDS } from './penilaian.js';
import { PLT_FIELDS } from './plt.js';
import { LONG_FIELDS, WIDE_FIELDS } from './perilaku.js';
import { DAILY_FIELDS, PUNCH_FIELDS, summaryFields } from './presensi.js';
import { UNIT_FIELDS } from './unit.js';

/** The field names of an input in all its shapes (presensi's summary bands follow the pack). */
export function knownFields(input: InputName, pack: RulePack): string[] {
  const specs: object[] =
    input === 'pegawai' ? [PEGAWAI_FIELDS]
    : input === 'presensi' ? [DAILY_FIELDS, PUNCH_FIELDS, summaryFields(pack)]
    : input === 'capaian' ? [CAPAIAN_FIELDS]
    : input === 'perilaku' ? [WIDE_FIELDS, LONG_FIELDS]
    : input === 'unit' ? [UNIT_FIELDS]
    : input === 'hukdis' ? [HUKDIS_FIELDS]
    : input === 'libur' ? [LIBUR_FIELDS]
    : input === 'mutasi' ? [MUTASI_FIELDS]
    : input === 'plt' ? [PLT_FIELDS]
    : input === 'jadwal' ? [JADWAL_FIELDS]
    : input === 'aktivitas' ? [AKTIVITAS_FIELDS]
    : [PENILAIAN_FIELDS];
  return [...new Set(specs.flatMap((s) => Object.keys(s)))];
}
