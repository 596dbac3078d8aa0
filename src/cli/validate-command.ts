/**
 * `meso-evidence validate [DIR]`: checks a data directory and prints one line per problem.
 *
 * @module
 */
import { formatProblem } from '../load/problem.js';
import { validateDirectory } from '../node/validate-directory.js';
import type { CommandIO } from './io.js';

/** Help text for `validate`. */
export const VALIDATE_HELP = `Usage: meso-evidence validate [DIR]

Checks a data directory (default: data): YAML syntax, the record schemas, and the
rules across records (ids, references, sources, indication parents).
Prints one line per problem: file:line:column  error  message  rule

Exit status: 0 when the data is valid, 1 when it has problems, 2 on a usage error.
`;

/**
 * Runs `validate`.
 *
 * @param args - Arguments after `validate`.
 * @param io - Where to write.
 * @returns The exit code.
 * @example
 * ```ts
 * import { runValidate } from './validate-command.js';
 * const code = runValidate(['data'], { out: console.log, err: console.error });
 * ```
 */
export function runValidate(args: readonly string[], io: CommandIO): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(VALIDATE_HELP.trimEnd());
    return 0;
  }
  const unknown = args.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0 || args.length > 1) {
    io.err(
      `meso-evidence validate: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'give at most one directory'}\n\n${VALIDATE_HELP}`,
    );
    return 2;
  }
  const dir = args[0] ?? 'data';
  const result = validateDirectory(dir);
  if (result.ok) {
    const count = Object.values(result.dataset).reduce((sum, list) => sum + list.length, 0);
    io.out(`✔ ${dir}: ${count} records, no problems`);
    return 0;
  }
  for (const problem of result.problems) io.out(formatProblem(problem));
  io.err(`\n✖ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  return 1;
}
