/**
 * `npm run fuzz`: the Markdown fuzzer on a long budget (issue 16, item 1). For every
 * shape of the grammar (test/robustness/markdown-grammar.ts) and `--random N` random
 * units, measures a fact-check at SIZE and FACTOR × SIZE (default 1 MB → 4 MB), each in
 * a fresh Node process so peak memory is the shape's own, and fails when FACTOR times
 * the input costs more than 1.125 × FACTOR the time (4.5× at 4×, issue 16's acceptance)
 * or peak RSS grows by more than 20× the input. Times are CPU time (user and system),
 * which other processes on a shared machine do not inflate; the small size is the
 * faster of two runs. Beside the peak, each line gives what the report itself keeps alive
 * (the heap after a full collection with the report held, less the heap once it is let go),
 * so the peak's excess over it is the collector's headroom, not memory the check holds.
 *
 * `--record FILE` merges each shape's measurement into FILE (JSON, keyed by shape, with the
 * date, Node version and load average of the run), so figures quoted from it are the run's,
 * never typed by hand.
 *
 *     npm run fuzz -- [--size BYTES] [--factor F] [--random N] [--seed S] [--only NAME] [--list] [--record FILE]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { factCheck } from '../src/factcheck/fact-check.js';
import { repeatTo } from '../test/robustness/markdown-grammar.js';
import { shapes } from '../test/robustness/markdown-fuzz.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const size = Number(option('size', '1000000'));
const factor = Number(option('factor', '4'));
const all = shapes(Number(option('random', '8')), Number(option('seed', '1')));

if (args.includes('--list')) {
  for (const [name] of all) console.log(name);
} else if (args[0] === '--child') {
  // One measurement: shape index and size; prints time (ms), RSS growth and the heap the
  // report keeps alive (bytes).
  const [, index, bytes] = args;
  const [, unit] = all[Number(index)] as (typeof all)[number];
  const doc = repeatTo(unit, Number(bytes));
  factCheck('Mesotherapy melts fat.\n\n# A\n\n- b\n'); // load and warm up before the baseline
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // One full collection can leave garbage that only the next frees (weak references, code
  // and caches released in its finalisers): collect until the heap stops shrinking, at most four times.
  const settle = (): void => {
    let last = Infinity;
    for (let round = 0; round < 4; round++) {
      gc();
      const used = process.memoryUsage().heapUsed;
      if (used >= last) return;
      last = used;
    }
  };
  // The baseline is a process that holds the document and nothing else: the garbage of making
  // it (a million small parts, for a one-line shape) is collected, and the peak so far is
  // forgotten (Linux: writing 5 to /proc/self/clear_refs resets the peak RSS that getrusage
  // reports), so the peak read after the check is the check's, not that of building its input.
  settle();
  resetPeakRss();
  const before = process.memoryUsage().rss;
  // The peak is read before any forced collection; then a full collection with the report
  // held (inside `check`) and one after it is let go.
  const check = (): { ms: number; peak: number; held: number; findings: number } => {
    const start = process.cpuUsage();
    const report = factCheck(doc);
    const spent = process.cpuUsage(start);
    const peak = peakRss();
    settle();
    const held = process.memoryUsage().heapUsed;
    // Read after the collection, so the report was alive through it.
    return { ms: (spent.user + spent.system) / 1_000, peak, held, findings: report.findings.length };
  };
  const { ms, peak, held, findings } = check();
  settle();
  const kept = Math.max(0, held - process.memoryUsage().heapUsed);
  console.log(JSON.stringify({ ms, growth: Math.max(0, peak - before), report: kept, findings }));
} else {
  const only = option('only', '');
  const record = option('record', '');
  let failed = 0;
  for (const [index, [name]] of all.entries()) {
    // --only NAME: the shape of that name, or else every shape whose name contains it.
    if (only && (all.some(([other]) => other === only) ? name !== only : !name.includes(only))) continue;
    const run = (bytes: number): { ms: number; growth: number; report: number } =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1] as string, '--child', String(index), String(bytes), ...args],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          },
        ),
      ) as { ms: number; growth: number; report: number };
    const small = Math.min(run(size).ms, run(size).ms);
    const large = run(factor * size);
    // Under 10 ms (a shape that is mostly skipped) is too short to time: counted as 10 ms.
    const ratio = Math.max(large.ms, 10) / Math.max(small, 10);
    const memory = large.growth / (factor * size);
    const ok = ratio <= 1.125 * factor && memory <= 20;
    if (!ok) failed++;
    if (record) {
      // Re-read and write after every shape: a long run stopped half-way keeps what it measured.
      const file = record;
      const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
      recorded[name] = {
        size,
        factor,
        smallMs: Math.round(small),
        largeMs: Math.round(large.ms),
        timeRatio: Number(ratio.toFixed(2)),
        peakTimesInput: Number(memory.toFixed(1)),
        reportTimesInput: Number((large.report / (factor * size)).toFixed(1)),
        ok,
        run: `${new Date().toISOString().slice(0, 10)}, node ${process.version}, load ${(loadavg()[0] ?? 0).toFixed(1)}`,
      };
      const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
    }
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${small.toFixed(0).padStart(7)} ms → ${large.ms.toFixed(0).padStart(7)} ms  ×${ratio.toFixed(2)}  peak RSS +${memory.toFixed(1)}× input (the report holds ${(large.report / (factor * size)).toFixed(1)}×)`,
    );
  }
  process.exitCode = failed > 0 ? 1 : 0;
}

/**
 * The process's peak RSS in bytes: its own address space's high-water mark (`VmHWM`, which
 * `resetPeakRss` resets) on Linux. getrusage's `maxRSS` is only the fallback: Linux carries
 * it across `exec`, so a child starts with its parent's peak.
 */
function peakRss(): number {
  try {
    const kib = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kib) return Number(kib[1]) * 1024;
  } catch {
    // Not Linux: getrusage below.
  }
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Forgets the process's peak RSS so far (Linux only: elsewhere the peak stays, and a shape
 * whose input costs more to make than to check reads high).
 */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak includes what came before.
  }
}
