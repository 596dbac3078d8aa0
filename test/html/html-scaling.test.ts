/**
 * Issue 15: reading a web page costs time linear in the page. A page made of the shapes
 * that were quadratic (hast-util-to-mdast joining thousands of neighbouring texts: `<q>`,
 * `<span>`, links in one `<div>`; the alignment lower-casing the whole page for every
 * `<script>` and `<style>`, and searching the rest of the page for text a `<q>` or a ruby
 * annotation adds) and of ordinary paragraphs, at 256 KB and 1 MB: 4× the page may cost
 * at most the Markdown fuzzer's budget for 4× (twice linear), in CPU time, the median of
 * three interleaved runs. Before the fix the 1 MB page took minutes.
 */
import { describe, expect, it } from 'vitest';
import { factCheckHtml, HtmlReadError } from '../../src/html/index.js';
import { MAX_HTML_LENGTH } from '../../src/html/html-blocks.js';
import { budget } from '../robustness/markdown-fuzz.js';

const UNITS = [
  'Mesotherapy <q>melts</q> fat <span>and</span> <a href="#">removes</a> cellulite. ',
  'Fat <script>track("x")</script> melts <STYLE>p { color: red }</STYLE> away &amp; stays off. ',
  'Mesoterapi <ruby>fjerner<rt>x</rt></ruby> fett <span hidden>not shown</span> raskt. ',
];

/** A page of `size` characters: one long `<div>` of inline markup, then paragraphs. */
function page(size: number): string {
  let div = '';
  for (let i = 0; div.length < size / 2; i++) div += UNITS[i % UNITS.length] as string;
  let paragraphs = '';
  for (let i = 0; paragraphs.length < size / 2; i++)
    paragraphs += `<p>Mesotherapy <b>melts</b> fat in ${i % 9} sessions, <i>without</i> side effects.</p>\n`;
  return `<!doctype html><html lang="en"><body><div>${div}</div>${paragraphs}</body></html>`;
}

function cpu(doc: string): number {
  const start = process.cpuUsage();
  factCheckHtml(doc);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) / 1_000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

describe('reading a web page', () => {
  it(`4× the page (256 KB → 1 MB) costs at most ${budget(4)}× the CPU time`, () => {
    const small = page(256 * 1024);
    const large = page(1024 * 1024);
    expect(factCheckHtml(small).findings.length).toBeGreaterThan(100);
    const smalls: number[] = [];
    const larges: number[] = [];
    for (let run = 0; run < 3; run++) {
      smalls.push(cpu(small));
      larges.push(cpu(large));
    }
    const [s, l] = [median(smalls), median(larges)];
    expect(l / s, `${s.toFixed(0)} ms → ${l.toFixed(0)} ms`).toBeLessThanOrEqual(budget(4));
  }, 300_000);

  it('refuses a page longer than the limit, naming it, instead of reading it into a gigabyte', () => {
    const doc = `<p>${'a'.repeat(MAX_HTML_LENGTH)}</p>`;
    expect(() => factCheckHtml(doc)).toThrow(HtmlReadError);
    expect(() => factCheckHtml(doc)).toThrow(/longer than 4 Mi characters/);
    expect(factCheckHtml(`<p>${'a '.repeat(1000)}Mesotherapy is not FDA-approved.</p>`).findings).toHaveLength(1);
  });

  it('keeps positions exact where a <q>, a script and a hidden element stand between the words', () => {
    const doc =
      '<div>Fat <script>x</script><q>Mesotherapy</q> is <span hidden>long hidden text</span>FDA-approved.</div>';
    const [finding] = factCheckHtml(doc).findings;
    expect(finding?.text).toBe(doc.slice(finding?.position.start.offset, finding?.position.end.offset));
    expect(finding?.text).toMatch(
      /^Fat <script>x<\/script><q>Mesotherapy<\/q> is <span hidden>long hidden text<\/span>FDA-approved/,
    );
  });

  it('reads a paragraph whose text has hundreds of thousands of pieces (one per character reference)', () => {
    // Each reference is a piece of the block's map to the source: 300,000 of them once overflowed a spread.
    const doc = `<p>${'a&amp;'.repeat(300_000)} Mesotherapy is not FDA-approved.</p>`;
    const [finding] = factCheckHtml(doc).findings;
    expect(finding?.text).toBe('Mesotherapy is not FDA-approved.');
    expect(finding?.position.start.offset).toBe(doc.indexOf('Mesotherapy'));
  }, 60_000);
});
