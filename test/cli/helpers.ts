/**
 * Runs the built CLI as a subprocess.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

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
