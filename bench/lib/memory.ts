/**
 * Peak memory of one `factCheck` call, in a process of its own: the input is written to
 * a file, the child reads it, notes its peak RSS, fact-checks it and notes the peak again.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distPath } from './dist.js';

/** Peak resident set sizes of the child, in MiB. */
export interface PeakMemory {
  /** Peak RSS once the input is read (before `factCheck`). */
  readonly input: number;
  /** Peak RSS after `factCheck`. */
  readonly peak: number;
  /** Findings, so the work is known to have happened. */
  readonly findings: number;
}

const CHILD = (file: string, format: string): string => `
import { readFileSync } from 'node:fs';
const { factCheck } = await import(${JSON.stringify(pathToFileURL(distPath('factcheck/index.js')).href)});
factCheck('Mesotherapy melts cellulite.');
const input = readFileSync(${JSON.stringify(file)}, 'utf8');
const before = process.resourceUsage().maxRSS;
const findings = factCheck(input, { format: ${JSON.stringify(format)} }).findings.length;
const after = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ input: before / 1024, peak: after / 1024, findings }));
`;

/** Measures `factCheck(input)` in a fresh Node process. */
export function peakMemory(input: string, format: 'markdown' | 'text' = 'markdown'): PeakMemory {
  const dir = mkdtempSync(join(tmpdir(), 'meso-bench-rss-'));
  try {
    const file = join(dir, 'input.md');
    writeFileSync(file, input);
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD(file, format)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`peak memory child failed: ${result.stderr}`);
    return JSON.parse(result.stdout) as PeakMemory;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
