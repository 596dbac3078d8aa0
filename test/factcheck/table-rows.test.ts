/**
 * Tables written in Markdown pipes (articles-15's comparison tables): each body row is read
 * as a sentence about the treatment in its first cell; the header makes no claim (a header
 * that names the FDA makes the rows' approval words the FDA's: `approval-column`), and a row
 * whose cells name no known treatment takes none from context.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { markdownEventBlocks } from '../../src/factcheck/markdown-events.js';
import { markdownBlocks, parseMarkdown } from '../../src/factcheck/markdown-blocks.js';

const claimsOf = (text: string): string[] =>
  factCheck(text, { format: 'markdown' }).findings.map((f) =>
    `${f.position.start.line} ${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''} ${f.claim.polarity}`.replace(
      '  ',
      ' ',
    ),
  );

describe('pipe tables', () => {
  const table = [
    '# Fat reduction compared',
    '',
    '| Method | Evidence | Price |',
    '| --- | --- | --- |',
    '| Liposuction | Removes fat reliably | £3,000 |',
    '| Fat freezing | Reduces fat in trials | £600 |',
    '| Deoxycholic acid (Kybella) | Reduces fat under the chin in large trials | £450 |',
    '',
  ].join('\n');

  it('reads each body row on its own line, with the treatment in its first cell', () => {
    expect(claimsOf(table)).toEqual([
      '5 liposuction effective-for localized-fat affirm',
      '7 deoxycholic-acid effective-for submental-fat affirm',
    ]);
  });

  it('reads approval words under a header that names the FDA as FDA approvals, through factCheck', () => {
    // The rows reach the reader through factCheck's blocks (waiting for the language too): each keeps its header.
    const text = [
      '| Method | Evidence | FDA status |',
      '| --- | --- | --- |',
      '| Deoxycholic acid (Kybella) | Large trials | Approved for fat under the chin only |',
      '| Lipodissolve | Small studies | Not approved |',
      '',
    ].join('\n');
    // "only" right after the use restricts the approval to it: none for fat elsewhere (`only-approved-use`).
    expect(claimsOf(text)).toEqual([
      '3 deoxycholic-acid fda-approved submental-fat affirm',
      '3 deoxycholic-acid fda-approved localized-fat negate',
      '4 injection-lipolysis fda-approved negate',
    ]);
  });

  it('gives a row that names no known treatment none from context', () => {
    const text = '# Mesotherapy\n\n| Method | Evidence |\n| --- | --- |\n| Fat freezing | Reduces fat in trials |\n';
    expect(claimsOf(text)).toEqual([]);
  });

  it('reads no header row, and no pipe lines without a delimiter row', () => {
    expect(claimsOf('| Mesotherapy removes fat | Price |\n| --- | --- |\n| Chin | £200 |\n')).toEqual([]);
    expect(claimsOf('| Mesotherapy | Removes fat |\n| Liposuction | Removes fat |\n')).toEqual([]);
  });

  it('gives the same row blocks from the tree and from the events', () => {
    const rows = (blocks: readonly { text: string; row?: true }[]): string[] =>
      blocks.filter((b) => b.row === true).map((b) => b.text);
    expect(rows(markdownEventBlocks(table))).toEqual([
      '| Liposuction | Removes fat reliably | £3,000 |',
      '| Fat freezing | Reduces fat in trials | £600 |',
      '| Deoxycholic acid (Kybella) | Reduces fat under the chin in large trials | £450 |',
    ]);
    expect(rows(markdownBlocks(parseMarkdown(table), table))).toEqual(rows(markdownEventBlocks(table)));
  });
});
