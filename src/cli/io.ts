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
}
