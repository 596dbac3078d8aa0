/**
 * Dispatches `meso-evidence <command>`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { reportUsage, unknownChoice } from './args.js';
import type { CommandIO } from './io.js';

const COMMANDS = ['check', 'query', 'export', 'validate'] as const;

const HELP = `Usage: meso-evidence <command> [options]

Commands:
  check <FILE|GLOB|->...   fact-check Markdown and text files (exit 1 on overstated
                           or contradicted claims)
  query <what> ...         look up evidence, a study, regulatory status; search;
                           compare two interventions
  export <format> ...      ClaimReview JSON-LD, FHIR R5 (Evidence, Citation), CSL-JSON
  validate [DIR]           check a data directory (default: data)

Options:
  --help, -h         show help (also: meso-evidence <command> --help)
  --version, -v      show the version

Example:
  meso-evidence check examples/advert.md`;

/**
 * Runs the CLI with the given arguments.
 *
 * @param argv - Arguments after the program name.
 * @param io - Where to write.
 * @returns The exit code.
 * @example
 * ```ts
 * import { runCli } from './run.js';
 * const code = await runCli(['--version'], { out: console.log, err: console.error });
 * ```
 */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    // Commands load lazily, so `--version` and `--help` start fast.
    case 'check':
      return (await import('./check-command.js')).runCheck(rest, io);
    case 'query':
      return (await import('./query-command.js')).runQuery(rest, io);
    case 'export':
      return (await import('./export-command.js')).runExport(rest, io);
    case 'validate':
      return (await import('./validate-command.js')).runValidate(rest, io);
    case '--version':
    case '-v':
      io.out(version());
      return 0;
    case undefined:
    case '--help':
    case '-h':
      (command === undefined ? io.err : io.out)(HELP);
      return command === undefined ? 2 : 0;
    default:
      return reportUsage(
        io,
        undefined,
        command.startsWith('-') ? `unknown option ${command}` : unknownChoice('command', command, COMMANDS),
      );
  }
}

/**
 * The package's version, read as a file as `check` reads it for its reports (`packageVersion`
 * in check-command.ts): `createRequire` would load node:module for one small JSON file.
 */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;
}
