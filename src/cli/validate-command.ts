/**
 * `meso-evidence validate [DIR]`: checks a data directory and prints one line per problem.
 *
 * @module
 */
import { formatProblem } from '../load/problem.js';
import { validateDirectory } from '../node/validate-directory.js';
import type { CommandIO } from './io.js';

/** Help text for `validate`. */
export const VALIDATE_HELP = `Usage: meso-evidence validate [DIR] [--today YYYY-MM-DD]

Checks a data directory (default: data): YAML syntax, the record schemas, and the
rules across records (ids, references, sources, indication parents, GRADE
certainty, verified sources).
Prints one line per problem: file:line:column  error  message  rule
and one per warning (an assessment or adverse-event profile last reviewed more
than two years before today, or before --today):
file:line:column  warning  message  rule

Exit status: 0 when the data is valid (warnings do not change it), 1 when it has
problems, 2 on a usage error.
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
  const rest = [...args];
  let today: string | undefined;
  const at = rest.indexOf('--today');
  if (at >= 0) {
    today = rest[at + 1];
    rest.splice(at, 2);
    if (today === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
      io.err(`meso-evidence validate: --today needs a date like 2026-11-30\n\n${VALIDATE_HELP}`);
      return 2;
    }
  }
  const unknown = rest.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0 || rest.length > 1) {
    io.err(
      `meso-evidence validate: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'give at most one directory'}\n\n${VALIDATE_HELP}`,
    );
    return 2;
  }
  const dir = rest[0] ?? 'data';
  const result = validateDirectory(dir, today === undefined ? {} : { today });
  for (const warning of result.warnings) io.out(formatProblem(warning));
  if (result.ok) {
    const count = Object.values(result.dataset).reduce((sum, list) => sum + list.length, 0);
    const warned =
      result.warnings.length === 0
        ? 'no problems'
        : `no problems, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`;
    io.out(`✔ ${dir}: ${count} records, ${warned}`);
    return 0;
  }
  for (const problem of result.problems) io.out(formatProblem(problem));
  io.err(`\n✖ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  return 1;
}
