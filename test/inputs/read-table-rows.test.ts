import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { aPack } from '../helpers/builders.js';
import { tempDir } from '../cli/run-cli.js';

const pack = aPack();
const period = { year: 2026, month: 10 };

async function pegawaiFrom(content: Buffer | string, name = 'pegawai.csv') {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  const findings = new FindingCollector();
  const t = await readPegawai([await openTable(path)], pack, period, findings);
  return { t, findings };
}

describe('the header search decides the separator', () => {
  it('a `|` file whose data rows contain commas', async () => {
    const { t } = await pegawaiFrom('nip|nama|unit|golongan|tpp_pagu|gaji\n198503172010011003|Budi, S.Kom|BKPSDM|III/c|5000000|4200000\n');
    expect(t.employees[0]).toMatchObject({ nama: 'Budi, S.Kom', unit: 'BKPSDM' });
    expect(t.ledgers[0]!.separator).toBe('|');
  });
});

describe('UTF-16 BE with BOM', () => {
  it('reads the names', async () => {
    const text = 'nip\tnama\tunit\tgolongan\ttpp_pagu\tgaji\r\n198503172010011003\tDésy\tBKPSDM\tIII/c\t5000000\t4200000\r\n';
    const { t } = await pegawaiFrom(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]), 'pegawai.txt');
    expect(t.employees[0]?.nama).toBe('Désy');
    expect(t.ledgers[0]!.encoding).toBe('utf16be');
  });
});

describe('columns', () => {
  it('two columns for one field: the alias listed first wins, the other is an info', async () => {
    const { t, findings } = await pegawaiFrom('NIP Baru,NIP,Nama,Unit Kerja,Kode Unit,Golongan,TPP,Gaji\n199001152015021002,198503172010011003,Budi,Bidang Mutasi,BKPSDM,III/c,5000000,4200000\n');
    expect(t.employees[0]).toMatchObject({ nip: '198503172010011003', unit: 'BKPSDM' });
    expect(findings.sorted().filter((f) => f.code === 'KOLOM_GANDA').map((f) => f.column)).toEqual(['NIP Baru', 'Unit Kerja']);
  });

  it('normalises header text: case, spaces, dots, dashes and slashes', async () => {
    const again = await pegawaiFrom(' No. Induk ,Nama  Lengkap,Unit / Kerja,Golongan,TPP - Pagu,Gaji\n198503172010011003,Budi,BKPSDM,III/c,5000000,4200000\n');
    expect(again.t.employees[0]).toMatchObject({ nama: 'Budi', unit: 'BKPSDM' });
  });
});
