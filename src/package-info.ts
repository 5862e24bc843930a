/** Where the package lives and its version (the same from `src/` and `dist/`, one level below the root). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Root folder of the installed package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package version from package.json. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
