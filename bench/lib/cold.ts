/**
 * Cold start: whole Node processes, timed from spawn to exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  /** Import `meso-evidence/factcheck` and fact-check one sentence: the first result. */
  readonly first: number;
  /** `meso-evidence check small.md`, the CLI on one small Markdown file. */
  readonly cli: number;
  /** Processes per command. */
  readonly runs: number;
}

/** The small file the CLI checks: an advert of a few lines. */
const SMALL_FILE = `# Mesoterapi

Mesoterapi smelter fett og fjerner cellulitter for godt.

Mesotherapy is not FDA-approved.
`;

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
    writeFileSync(join(dir, 'small.md'), SMALL_FILE);
    const commands = {
      bare: ['-e', ''],
      esm: ['--input-type=module', '-e', 'await 0'],
      library: ['--input-type=module', '-e', "await import('meso-evidence')"],
      first: [
        '--input-type=module',
        '-e',
        "const { factCheck } = await import('meso-evidence/factcheck'); if (factCheck('Mesotherapy melts cellulite.').findings.length !== 1) process.exit(3);",
      ],
      cli: [join(dir, 'node_modules/meso-evidence/dist/cli/main.js'), 'check', 'small.md'],
    } as const;
    const times: Record<keyof typeof commands, number[]> = { bare: [], esm: [], library: [], first: [], cli: [] };
    for (let round = -2; round < runs; round++) {
      for (const [name, args] of Object.entries(commands) as [keyof typeof commands, readonly string[]][]) {
        const start = performance.now();
        const result = spawnSync(process.execPath, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
        const elapsed = performance.now() - start;
        // The CLI exits 1 when a claim is overstated or contradicted: the small file has one.
        const ok = result.status === 0 || (name === 'cli' && result.status === 1);
        if (!ok) throw new Error(`node ${args.join(' ')} failed (${String(result.status)}): ${String(result.stderr)}`);
        if (round >= 0) times[name].push(elapsed);
      }
    }
    return {
      bare: median(times.bare),
      esm: median(times.esm),
      library: median(times.library),
      first: median(times.first),
      cli: median(times.cli),
      runs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
