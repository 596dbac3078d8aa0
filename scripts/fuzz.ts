/**
 * `npm run fuzz`: the Markdown fuzzer on a long budget (issue 16, item 1). For every
 * shape of the grammar (test/robustness/markdown-grammar.ts) and `--random N` random
 * units, measures a fact-check at SIZE and 4 × SIZE (default 1 MB → 4 MB), each in a
 * fresh Node process so peak memory is the shape's own, and fails when 4× the input
 * costs more than 4.5× the time or peak RSS grows by more than 20× the input.
 *
 *     npm run fuzz -- [--size BYTES] [--random N] [--seed S] [--only NAME]
 */
import { execFileSync } from 'node:child_process';
import { factCheck } from '../src/factcheck/fact-check.js';
import { repeatTo } from '../test/robustness/markdown-grammar.js';
import { shapes } from '../test/robustness/markdown-fuzz.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const size = Number(option('size', '1000000'));
const all = shapes(Number(option('random', '8')), Number(option('seed', '1')));

if (args[0] === '--child') {
  // One measurement: shape index and size; prints time (ms) and RSS growth (bytes).
  const [, index, bytes] = args;
  const [, unit] = all[Number(index)] as (typeof all)[number];
  const doc = repeatTo(unit, Number(bytes));
  factCheck('Mesotherapy melts fat.\n\n# A\n\n- b\n'); // load and warm up before the baseline
  const before = process.memoryUsage().rss;
  const start = performance.now();
  factCheck(doc);
  const ms = performance.now() - start;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, growth: Math.max(0, peak - before) }));
} else {
  const only = option('only', '');
  let failed = 0;
  for (const [index, [name]] of all.entries()) {
    if (only && !name.includes(only)) continue;
    const run = (bytes: number): { ms: number; growth: number } =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1] as string, '--child', String(index), String(bytes), ...args],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          },
        ),
      ) as { ms: number; growth: number };
    const small = Math.min(run(size).ms, run(size).ms);
    const large = run(4 * size);
    const ratio = large.ms / Math.max(small, 1);
    const memory = large.growth / (4 * size);
    const ok = ratio <= 4.5 && memory <= 20;
    if (!ok) failed++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${small.toFixed(0).padStart(7)} ms → ${large.ms.toFixed(0).padStart(7)} ms  ×${ratio.toFixed(2)}  peak RSS +${memory.toFixed(1)}× input`,
    );
  }
  process.exitCode = failed > 0 ? 1 : 0;
}
