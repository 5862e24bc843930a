/**
 * A sanction percentage between 0 and 1 (`0,25`) may be 25 % written as a fraction or a real 0.25 %:
 * neither is applied on a guess; the employee is held (HUKDIS_PERSEN_PECAHAN).
 */
import { describe, expect, it } from 'vitest';
import { runFixture } from '../corpus/run-fixture.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const SRI = '198711232012122001';

describe('hukdis persen below 1 (fixtures/hukdis-pecahan)', () => {
  const run = runFixture('hukdis-pecahan');

  it('holds the employee with the likely meaning in the message; no cut is applied', () => {
    expect(run.finding('HUKDIS_PERSEN_PECAHAN', 2)).toMatchObject({ tingkat: 'error', nip: BUDI, kolom: 'Persen Potongan', nilai: '0,25' });
    expect(run.finding('HUKDIS_PERSEN_PECAHAN', 2)!['pesan']).toContain('Bila maksudnya 25%, tulis 25');
    expect(run.employee(BUDI)).toMatchObject({ potongan_hukdis: '0', status_bayar: 'ditahan', tpp_netto: '0' });
  });

  it('a whole percentage is applied as before', () => {
    expect(run.employee(RINA)).toMatchObject({ potongan_hukdis: '1250000', tpp_bruto: '3750000', status_bayar: 'dibayar' });
  });

  it('a fraction in a sanction not active this month holds nobody', () => {
    expect(run.finding('HUKDIS_TIDAK_AKTIF', 4)).toMatchObject({ nip: SRI });
    expect(run.finding('HUKDIS_PERSEN_PECAHAN', 4)).toBeUndefined();
    expect(run.employee(SRI)).toMatchObject({ status_bayar: 'dibayar' });
  });

  it('every row is accounted for', () => {
    expect(run.file('hukdis.csv')).toMatchObject({ dibaca: 4, dipakai: 1, ditolak: 1, diabaikan: 1, dilewati: 1 });
  });
});
