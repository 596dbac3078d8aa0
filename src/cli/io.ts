/**
 * Where CLI commands write: injected so commands are testable without a process.
 *
 * @module
 */

/** Output streams of a command: `out` for results (stdout), `err` for progress and errors (stderr). */
export interface CommandIO {
  /** Writes a line of result. */
  readonly out: (line: string) => void;
  /** Writes a line of progress or error. */
  readonly err: (line: string) => void;
  /** Reads all of standard input (for `-`), as bytes or text; commands that get none treat stdin as empty. */
  readonly readStdin?: () => Promise<string | Uint8Array>;
  /** Standard input as a stream, for commands that read it as it comes (`check --input ndjson`); without it they read {@link readStdin}'s whole input. */
  readonly stdinStream?: () => AsyncIterable<Uint8Array | string>;
  /** Whether stderr is a terminal: progress is shown there by default only then. */
  readonly stderrIsTTY?: boolean;
  /** The directory relative paths and globs are read from (default: the process's). */
  readonly cwd?: string;
}
