import { describe, expect, it } from 'vitest';
import { findingMessage, type Finding } from '../../src/findings.js';
import { pegawaiColumns, tindakLanjutTable, validasiTable } from '../../src/reports/build-report.js';
import { label, LABEL_ENTRIES, labelPair, labelsFor } from '../../src/reports/labels.js';
import type { LoadedRulePack } from '../../src/rules/load-rule-pack.js';
import { aPack } from '../helpers/builders.js';

const loaded = (overrides: Record<string, unknown> = {}): LoadedRulePack => ({ pack: aPack(overrides), merged: {}, sha256: '', source: 'test' });

const labelOf = (pack: LoadedRulePack, key: string) => pegawaiColumns(pack).find((c) => c.key === key)!.label;

describe('the label catalogue', () => {
  it('every entry has a text in both languages, of the same kind', () => {
    for (const [id, entry] of Object.entries(LABEL_ENTRIES)) {
      expect(typeof entry.id, id).toBe(typeof entry.en);
      if (typeof entry.id === 'string') {
        expect(entry.id, id).not.toBe('');
        expect(entry.en, id).not.toBe('');
      }
    }
  });

  it('label, labelPair and labelsFor give the same texts', () => {
    expect(label('sheet.ringkasan', 'id')).toBe('Ringkasan');
    expect(label('sheet.ringkasan', 'en')).toBe('Summary');
    expect(labelPair('summary.held.head', { n: 2 })).toEqual({
      id: 'DITAHAN — 2 pegawai tidak dibayar sampai datanya diperbaiki:',
      en: 'HELD — 2 employee(s) not paid until their data is fixed:',
    });
    expect(labelsFor('en')('workbook.tpp.subtotal', { unit: 'BKPSDM', nama: undefined })).toBe('Subtotal BKPSDM');
    expect(labelsFor('id')('workbook.tpp.subtotal', { unit: 'BKPSDM', nama: 'Badan Kepegawaian' })).toBe('Jumlah BKPSDM — Badan Kepegawaian');
  });
});

describe('labels that hold a value of the rule pack', () => {
  it('the default pack: the BPJS labels read exactly as before (Perpres 75/2019: 1% and 4%)', () => {
    const pack = loaded();
    expect(labelOf(pack, 'bpjs_pegawai')).toEqual({ id: 'BPJS Pegawai (1%)', en: 'BPJS Employee' });
    expect(labelOf(pack, 'bpjs_pemda')).toEqual({ id: 'BPJS Pemda (4%)', en: 'BPJS Employer' });
  });

  it('a pack that changes the rates: the labels show the pack’s rates, with the Indonesian decimal comma', () => {
    const pack = loaded({ bpjs: { persen_pegawai: 2, persen_pemda: 4.5 } });
    expect(labelOf(pack, 'bpjs_pegawai').id).toBe('BPJS Pegawai (2%)');
    expect(labelOf(pack, 'bpjs_pemda').id).toBe('BPJS Pemda (4,5%)');
  });

  it('bands and components are columns of the pack, in its order', () => {
    const keys = pegawaiColumns(loaded()).map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const pack = aPack();
    const bands = [...pack.presensi.terlambat, ...pack.presensi.pulang_cepat].map((b) => b.kode.toLowerCase());
    expect(keys.slice(keys.indexOf('hadir') + 1, keys.indexOf('tk'))).toEqual(bands);
    expect(keys.filter((k) => k.startsWith('komponen_'))).toEqual(pack.tpp.komponen.map((k) => `komponen_${k.nama}`));
    expect(labelOf(loaded(), `komponen_${pack.tpp.komponen[0]!.nama}`)).toEqual({ id: `Komponen ${pack.tpp.komponen[0]!.nama}`, en: `Component ${pack.tpp.komponen[0]!.nama}` });
  });
});

describe('rows built from the column definitions', () => {
  const finding = (over: Partial<Finding>): Finding => ({ level: 'error', code: 'NIP_FORMAT', file: 'pegawai.csv', count: 1, params: { reason_id: 'x', reason_en: 'x' }, ...over });

  it('validasi: one cell per column, each under its own key', () => {
    const findings = [finding({ row: 3, column: 'NIP', value: '123', nip: '123' }), finding({ level: 'peringatan', code: 'BARIS_JUMLAH', count: 4 })];
    const table = validasiTable(findings, 'en');
    const rows = [...table.rows()];
    expect(rows.every((r) => r.length === table.columns.length)).toBe(true);
    const cell = (r: number, key: string) => rows[r]![table.columns.findIndex((c) => c.key === key)];
    expect(cell(0, 'baris')).toBe(3);
    expect(cell(0, 'pesan')).toBe(findingMessage(findings[0]!, 'en'));
    expect(cell(1, 'tingkat')).toBe('peringatan');
    expect(cell(1, 'jumlah')).toBe(4);
    expect(cell(1, 'kolom')).toBeNull();
  });

  it('a table’s columns are plain data (the workbook plan is posted to a worker thread)', () => {
    const table = tindakLanjutTable(() => [{ daftar: 'pembinaan', nip: '1', nama: 'A', unit: 'U', alasan: 'r' }]);
    expect(() => structuredClone(table.columns)).not.toThrow();
    expect(table.columns.map((c) => Object.keys(c))).toEqual(table.columns.map(() => ['key', 'label', 'type']));
    expect([...table.rows()]).toEqual([['pembinaan', '1', 'A', 'U', 'r', null, null]]);
  });
});
