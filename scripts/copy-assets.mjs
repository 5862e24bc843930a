// Copies the non-TypeScript assets the built CLI needs next to the compiled code.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const assets = [['src/rules/bawaan.yaml', 'dist/rules/bawaan.yaml']];
for (const [from, to] of assets) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
