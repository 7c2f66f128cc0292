/**
 * A problem a command reports as one line and stops with, never a stack trace:
 * bad input or output exits 1, a usage mistake (wrong options) exits 2, so a
 * calling script can tell "called wrongly" from "bad input".
 */
export class CliError extends Error {
  /** The process exit code the command ends with. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** Exit code of a usage mistake: an unknown option, a missing value, a missing argument. */
export const USAGE_EXIT_CODE = 2;

/** A usage mistake: a {@link CliError} exiting with {@link USAGE_EXIT_CODE}. */
export function usageError(message: string): CliError {
  return new CliError(message, USAGE_EXIT_CODE);
}
