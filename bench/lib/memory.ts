/**
 * Peak memory of one `factCheck` call, in a process of its own: the input is written to
 * a file, the child reads it, notes its peak RSS, fact-checks it and notes the peak again.
 *
 * The peak is the child's own address space's high-water mark (`VmHWM` in
 * /proc/self/status on Linux), not `process.resourceUsage().maxRSS`: Linux carries
 * getrusage's peak across `exec`, so a child spawned by a bench process that has grown to
 * gigabytes (figure 5 builds 16 MiB corpora) starts with the parent's peak, and figure 8
 * once read "peak 10097 MiB, 10097 MiB once the input is read" — a difference of zero
 * that passed its budget without measuring anything. Where /proc is missing (not Linux),
 * `maxRSS` is the fallback, and the bench says which it used.
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
  /** Where the peaks were read: the child's own high-water mark, or getrusage's. */
  readonly source: 'VmHWM' | 'maxRSS';
}

const CHILD = (file: string, format: string): string => `
import { readFileSync } from 'node:fs';
let source = 'VmHWM';
const peak = () => {
  try {
    const kib = /VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kib) return Number(kib[1]) / 1024;
  } catch {}
  source = 'maxRSS';
  return process.resourceUsage().maxRSS / 1024;
};
const { factCheck } = await import(${JSON.stringify(pathToFileURL(distPath('factcheck/index.js')).href)});
factCheck('Mesotherapy melts cellulite.');
const input = readFileSync(${JSON.stringify(file)}, 'utf8');
const before = peak();
const findings = factCheck(input, { format: ${JSON.stringify(format)} }).findings.length;
const after = peak();
console.log(JSON.stringify({ input: before, peak: after, findings, source }));
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
