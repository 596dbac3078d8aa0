/**
 * Issue 16, item 1 (peak memory): what a fact-check moves to V8's old generation stays small
 * for shapes whose report is empty. Peak RSS is set by the old generation, which V8 lets grow
 * to several times its live size before a full collection: every byte moved there and left
 * to die is memory the process holds until then. Blocks made with an object spread
 * (`{ ...block, leadIn }`) were made in the old generation, one or more per line, so a
 * megabyte of short lines moved 17–20 MB there (peak RSS 20–26× the input at 4 MB). Setext
 * headings parsed by micromark moved ~290 MB per megabyte (its tokenizer makes its context a
 * prototype for every line it checks): a run of plain ones is now read without parsing.
 * Counted from the collector's own trace (`--trace-gc-nvp`), in a fresh process per shape.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, type ChildBundle } from './child-bundle.js';

const SIZE = 1_000_000;
let bundled = '';
let child: ChildBundle | undefined;
beforeAll(() => {
  child = bundleChild(fileURLToPath(new URL('./measure-promotion.ts', import.meta.url)), 'meso-promotion-');
  bundled = child.path;
});
afterAll(() => {
  child?.remove();
});

/** The bytes the minor collections during the fact-check of `shape` moved to the old generation, and how many there were. */
function promoted(shape: string): { bytes: number; scavenges: number } {
  // With V8's allocation-site pretenuring on, the same run moves either ~0.2 MB or ~56 MB (random
  // unit 1: two of six runs moved ~56 MB, and CI failed on one), by whether V8 decides, while it
  // runs, to allocate a site's objects in the old generation; with it off, eight of eight moved
  // ~0.2 MB. Off, the count is steady and says what the code does.
  const out = execFileSync(
    process.execPath,
    ['--trace-gc-nvp', '--no-allocation-site-pretenuring', bundled, shape, String(SIZE)],
    {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      timeout: 120_000,
    },
  );
  const lines = out.split('\n');
  const from = lines.indexOf('measure');
  const to = lines.findIndex((line) => line.startsWith('done'));
  expect(from).toBeGreaterThan(-1);
  expect(to).toBeGreaterThan(from);
  let bytes = 0;
  let scavenges = 0;
  for (const line of lines.slice(from + 1, to)) {
    if (!line.includes(' gc=s ')) continue;
    scavenges++;
    bytes += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? Number.NaN);
  }
  return { bytes, scavenges };
}

describe('a fact-check moves little to the old generation', () => {
  // Random unit 1 (an ATX heading, a thematic break and a setext heading over two lines,
  // repeated without a blank line) promoted ~120 MB per megabyte while micromark parsed it;
  // its stretches of plain flow are now read without parsing.
  it.each(['setext after list', 'table rows', 'production setext', 'random unit (seed 1)'])(
    '%s: under 5× the input',
    (shape) => {
      const { bytes, scavenges } = promoted(shape);
      // The measurement means something only if the young generation was collected many times.
      expect(scavenges).toBeGreaterThan(20);
      expect(bytes).toBeLessThan(5 * SIZE);
    },
  );

  // What micromark's parse of a part holds is let go once its events are read (releaseParse in
  // src/factcheck/markdown-events.ts): random unit 3 (quotations and pipes over several lines)
  // promoted ~27 MB per megabyte, random unit 6 (a loose list whose items have a lazy line)
  // ~90 MB in 1 KB parts. What stays is the contexts micromark made prototypes, emptied, and
  // the findings unit 3's report keeps (17,000 per megabyte).
  it.each([
    ['random unit (seed 3)', 10],
    ['random unit (seed 6)', 30],
  ] as const)('%s: under %i× the input', (shape, times) => {
    const { bytes, scavenges } = promoted(shape);
    expect(scavenges).toBeGreaterThan(20);
    expect(bytes).toBeLessThan(times * SIZE);
  });
});
