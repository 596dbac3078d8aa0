/**
 * Usage errors shared by the commands: `node:util` `parseArgs` errors and bad values.
 *
 * @module
 */
import type { CommandIO } from './io.js';
import { closeMatches } from './suggest.js';

/** A usage error: the command prints it, and where help is, and exits 2. */
export class UsageError extends Error {
  /** @param message - What was wrong with the arguments. */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Runs a `parseArgs` call, turning its errors (unknown option, missing value) into
 * usage errors.
 *
 * @param parse - The call.
 * @returns What it returns.
 * @throws {@link UsageError} when it throws.
 * @example
 * ```ts
 * import { parseArgs } from 'node:util';
 * import { usage } from './args.js';
 * const { values } = usage(() => parseArgs({ args: ['--quiet'], options: { quiet: { type: 'boolean' } } }));
 * ```
 */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    throw new UsageError(message);
  }
}

/**
 * Checks that `value` is one of `allowed`.
 *
 * @param name - The option's name, for the message.
 * @param value - The value given.
 * @param allowed - The values allowed.
 * @returns The value, typed.
 * @throws {@link UsageError} otherwise.
 * @example
 * ```ts
 * import { oneOf } from './args.js';
 * oneOf('--format', 'json', ['text', 'json'] as const); // 'json'
 * ```
 */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')} (got \`${value}\`)`);
}

/**
 * Reports a usage error in two lines on stderr: what was wrong, and where the help is.
 * The whole help is not repeated: it would push the error off the screen.
 *
 * @param io - Where to write.
 * @param command - The command (`check`), or undefined for the program itself.
 * @param message - What was wrong with the arguments.
 * @returns 2, the exit status of a usage error.
 * @example
 * ```ts
 * import { reportUsage } from './args.js';
 * reportUsage({ out: console.log, err: console.error }, 'check', 'give at least one file'); // 2
 * ```
 */
export function reportUsage(io: CommandIO, command: string | undefined, message: string): 2 {
  const program = command === undefined ? 'meso-evidence' : `meso-evidence ${command}`;
  io.err(`${program}: ${message}`);
  io.err(`Run \`${program} --help\` for usage.`);
  return 2;
}

/**
 * The words of an unknown-choice error, with the close choices when there are any:
 * "unknown command `chek`; did you mean `check`?".
 *
 * @param what - What was chosen (`command`, `query`, `format`).
 * @param given - What was typed.
 * @param choices - What may be chosen.
 * @returns The message.
 * @example
 * ```ts
 * import { unknownChoice } from './args.js';
 * unknownChoice('command', 'chek', ['check', 'query']); // 'unknown command `chek`; did you mean `check`?'
 * ```
 */
export function unknownChoice(what: string, given: string, choices: readonly string[]): string {
  const close = closeMatches(given, choices, 1);
  return close[0] === undefined
    ? `unknown ${what} \`${given}\`; use ${choices.join(', ')}`
    : `unknown ${what} \`${given}\`; did you mean \`${close[0]}\`?`;
}
