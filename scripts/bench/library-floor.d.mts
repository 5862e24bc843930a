/** Types of library-floor.mjs, for the test that keeps the bench's imports from dist/ working. */
export declare function csvParseFloor(dataDir: string): Promise<{ file: string; mb: number; records: number; ms: number }[]>;
export declare function exceljsFloor(outDir: string, scratchFile: string): Promise<{ cells: number; ms: number }>;
