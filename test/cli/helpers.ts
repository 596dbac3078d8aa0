/**
 * Runs the CLI: the built one as a subprocess, or the source in this process.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run.js';

export const BIN = resolve('dist/cli/main.js');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/main.js ...args` with optional stdin and working directory. */
export function cli(args: readonly string[], options: { input?: string; cwd?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What an in-process run wrote: stdout and stderr joined by line breaks. */
export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI's source in this process with `args`, stdin `stdin` if given, capturing its output. */
export async function runInProcess(args: readonly string[], stdin?: string | Uint8Array): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    ...(stdin === undefined ? {} : { readStdin: () => Promise.resolve(stdin) }),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
