/**
 * Where a command reads and writes. Commands take it as a parameter, so tests
 * pass a temporary directory and capture the lines instead of spawning a process.
 */
export interface CliIo {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Write one line (a newline is added) to standard output. */
  readonly stdout: (line: string) => void;
  /** Write one line (a newline is added) to standard error. */
  readonly stderr: (line: string) => void;
}

/** The running process's working directory and streams. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  };
}
