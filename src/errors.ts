/** Exit codes of every command (SPEC §1). */
export const ExitCode = {
  /** Done, no errors (warnings allowed). */
  OK: 0,
  /** Input errors were found; affected employees are held. */
  INPUT_ERRORS: 1,
  /** Usage, rule pack or file-access problem, or an existing result folder: nothing computed. */
  CANNOT_RUN: 2,
  /** Unexpected internal error or a failed self-check. */
  INTERNAL: 3,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Text in both report languages. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * A problem that stops a run before anything is computed (bad flag, bad rule pack, missing or
 * unreadable file, existing output). Printed without a stack; exits with `exitCode` (2 unless said).
 */
export class KinerjaError extends Error {
  constructor(
    readonly code: string,
    readonly text: Bilingual,
    readonly hint?: Bilingual,
    readonly exitCode: ExitCode = ExitCode.CANNOT_RUN,
    readonly details: readonly string[] = [],
  ) {
    super(text.en);
    this.name = 'KinerjaError';
  }
}
