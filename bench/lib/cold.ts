/**
 * Cold start: whole Node processes, timed from spawn to exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from './dist.js';
import { median } from './timing.js';

/** Median wall-clock milliseconds of each command, run interleaved. */
export interface ColdStart {
  /** `node -e ""`. */
  readonly bare: number;
  /** `node --input-type=module -e "await 0"`: the ES module loader's own cost. */
  readonly esm: number;
  /** `node --input-type=module -e "await import('meso-evidence')"`. */
  readonly library: number;
  /** Processes per command. */
  readonly runs: number;
}

/**
 * Starts each command `runs` times, round-robin (after two untimed rounds), from a
 * temp folder whose node_modules/meso-evidence links to this repository, so
 * `import('meso-evidence')` resolves through the package's exports as a user's would.
 */
export function coldStart(runs: number): ColdStart {
  const dir = mkdtempSync(join(tmpdir(), 'meso-bench-cold-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'meso-evidence'), 'dir');
    const commands = {
      bare: ['-e', ''],
      esm: ['--input-type=module', '-e', 'await 0'],
      library: ['--input-type=module', '-e', "await import('meso-evidence')"],
    } as const;
    const times: Record<keyof typeof commands, number[]> = { bare: [], esm: [], library: [] };
    for (let round = -2; round < runs; round++) {
      for (const [name, args] of Object.entries(commands) as [keyof typeof commands, readonly string[]][]) {
        const start = performance.now();
        const result = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
        const elapsed = performance.now() - start;
        if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${String(result.stderr)}`);
        if (round >= 0) times[name].push(elapsed);
      }
    }
    return { bare: median(times.bare), esm: median(times.esm), library: median(times.library), runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
