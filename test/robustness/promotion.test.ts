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
  const out = execFileSync(process.execPath, ['--trace-gc-nvp', bundled, shape, String(SIZE)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: 120_000,
  });
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
  it.each(['setext after list', 'table rows', 'production setext'])('%s: under 5× the input', (shape) => {
    const { bytes, scavenges } = promoted(shape);
    // The measurement means something only if the young generation was collected many times.
    expect(scavenges).toBeGreaterThan(20);
    expect(bytes).toBeLessThan(5 * SIZE);
  });
});
