/** Types of seeded-random.mjs, for the TypeScript tests that use it. */
export declare function mulberry32(seed: number): () => number;
