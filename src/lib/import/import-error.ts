/**
 * A problem the importer reports to the editor as one line, then stops.
 *
 * Usage mistakes (bad options) exit with 2, problems with the input or the
 * output file with 1, so scripts can tell "called wrongly" from "bad input".
 */
export class ImportError extends Error {
  /** Process exit code the CLI should return for this problem. */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = "ImportError";
    this.exitCode = exitCode;
  }
}
