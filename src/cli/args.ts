/**
 * Usage errors shared by the commands: `node:util` `parseArgs` errors and bad values.
 *
 * @module
 */

/** A usage error: the command prints it with its help and exits 2. */
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
