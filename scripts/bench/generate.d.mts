/** Types of generate.mjs, for the TypeScript tests that generate an agency. */
export declare const GENERATOR_VERSION: number;
export declare const PERIOD: string;
export declare const SIZES: Record<'S' | 'M' | 'L', { employees: number; label: string }>;
export declare function generateAgency(
  dir: string,
  employeesWanted: number,
  seed?: number,
): { employees: number; units: number; rows: Record<'pegawai' | 'presensi' | 'capaian' | 'perilaku' | 'unit' | 'hukdis', number> };
