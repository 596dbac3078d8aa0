import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageGroups, rates, readGoldFolder, scoreDocument, type GoldDocument } from '../../scripts/lib/evaluate.js';
import { firstPassTable, readBlock, readRecords, scoreRecord, writeBlock } from '../../scripts/lib/first-pass.js';
import type { Finding } from '../../src/factcheck/finding.js';

const finding = (line: number, claim: Finding['claim'], verdict: Finding['verdict'], endLine = line): Finding => ({
  claim,
  verdict,
  text: 'some text',
  position: { start: { line, column: 1, offset: 0 }, end: { line: endLine, column: 9, offset: 8 } },
  assessment: null,
  citations: [],
  refersTo: [],
  message: '',
});

const gold: GoldDocument = {
  document: 'page.md',
  language: 'en',
  claims: [
    { line: 3, subject: 'mesotherapy', predicate: 'safe', polarity: 'negate', verdict: 'supported' },
    { line: 5, subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' },
    { line: 7, subject: 'mesotherapy', predicate: 'no-downtime', polarity: 'affirm', optional: true },
  ],
};

describe('false alarms', () => {
  it('counts an overstated or contradicted finding that matches no gold claim', () => {
    const score = scoreDocument(gold, [
      finding(3, { subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' }, 'overstated'),
      finding(
        9,
        { subject: 'mesotherapy', predicate: 'effective-for', object: 'pain', polarity: 'affirm' },
        'contradicted',
      ),
      finding(
        9,
        { subject: 'microneedling', predicate: 'effective-for', object: 'scars', polarity: 'affirm' },
        'unverifiable',
      ),
    ]);
    expect(score.fp).toBe(3);
    expect(score.falseAlarms).toBe(2);
    expect(score.falseAlarmFindings.map((f) => f.position.start.line)).toEqual([3, 9]);
  });

  it('does not count matched claims, optional claims, or a wrong verdict on a real claim', () => {
    const score = scoreDocument(gold, [
      finding(3, { subject: 'mesotherapy', predicate: 'safe', polarity: 'negate' }, 'overstated'),
      finding(
        5,
        { subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' },
        'overstated',
      ),
      finding(7, { subject: 'mesotherapy', predicate: 'no-downtime', polarity: 'affirm' }, 'contradicted'),
    ]);
    expect(score.falseAlarms).toBe(0);
    expect(score.wrongVerdicts).toHaveLength(1);
  });

  it('counts a right claim read into the line above as misplaced, not as a false alarm', () => {
    const heading = {
      subject: 'mesotherapy',
      predicate: 'effective-for',
      object: 'cellulite',
      polarity: 'affirm',
    } as const;
    const misplaced = scoreDocument(gold, [finding(4, heading, 'overstated', 5)]);
    expect([misplaced.fp, misplaced.fn, misplaced.falseAlarms]).toEqual([1, 2, 0]);
    const elsewhere = scoreDocument(gold, [finding(4, heading, 'overstated', 4)]);
    expect(elsewhere.falseAlarms).toBe(1);
  });

  it('groups every language but en and nb as unsupported', () => {
    const scores = [
      scoreDocument({ document: 'a.md', language: 'da', claims: [] }, [
        finding(1, { subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' }, 'overstated'),
      ]),
      scoreDocument({ document: 'b.md', language: 'sv', claims: [] }, []),
      scoreDocument(gold, []),
    ];
    expect(languageGroups(scores).map((g) => [g.name, g.counts.falseAlarms])).toEqual([
      ['en', 0],
      ['unsupported', 1],
    ]);
  });
});

describe('first-pass records and the README', () => {
  const records = readRecords();
  const readme = readFileSync('README.md', 'utf8');

  it.each([
    'test/fixtures/articles-8',
    'test/fixtures/articles-9',
    'test/fixtures/articles-10',
    'test/fixtures/articles-11',
    'test/fixtures/articles-12',
    'test/fixtures/articles-13',
    'test/fixtures/articles-14',
    'test/fixtures/articles-15',
    'test/fixtures/articles-16',
    'test/fixtures/articles-17',
    'test/fixtures/articles-18',
    'test/fixtures/articles-19',
    'test/fixtures/articles-20',
    'test/fixtures/articles-21',
    'test/fixtures/articles-22',
    'test/fixtures/articles-23',
    'test/fixtures/articles-24',
    'test/fixtures/articles-25',
    'test/fixtures/articles-26',
    'test/fixtures/articles-27',
    'test/fixtures/articles-28',
    'test/fixtures/articles-29',
    'test/fixtures/articles-30',
    'test/fixtures/articles-31',
    'test/fixtures/articles-32',
    'test/fixtures/articles-33',
    'test/fixtures/articles-34',
    'test/fixtures/articles-35',
    'test/fixtures/articles-36',
    'test/fixtures/articles-37',
    'test/fixtures/articles-38',
    'test/fixtures/articles-39',
    'test/fixtures/articles-40',
    'test/fixtures/articles-41',
    'test/fixtures/articles-42',
    'test/fixtures/articles-43',
    'test/fixtures/articles-44',
    'test/fixtures/articles-45',
    'test/fixtures/articles-46',
    'test/fixtures/articles-47',
    'test/fixtures/articles-48',
    'test/fixtures/articles-49',
    'test/fixtures/articles-50',
    'test/fixtures/articles-51',
    'test/fixtures/articles-52',
    'test/fixtures/articles-53',
    'test/fixtures/articles-54',
    'test/fixtures/articles-55',
    'test/fixtures/articles-56',
    'test/fixtures/articles-57',
    'test/fixtures/articles-58',
    'test/fixtures/articles-59',
    'test/fixtures/articles-60',
    'test/fixtures/articles-61',
    'test/fixtures/articles-62',
    'test/fixtures/articles-63',
  ])('has a record for %s, covering every gold document', (folder) => {
    const record = records.find((r) => r.folder === folder);
    expect(record).toBeDefined();
    expect(record?.commit).toMatch(/^[0-9a-f]{40}$/);
    const documents = readGoldFolder(folder).map(({ gold: g }) => g.document);
    expect(record?.documents.map((d) => d.document).sort()).toEqual(documents.sort());
  });

  it('shows the table generated from the records (npm run eval:first-pass)', () => {
    expect(readBlock(readme)).toBe(firstPassTable(records));
  });

  it('puts each recorded batch in the first-score table with the recorded en and nb figures', () => {
    for (const record of records) {
      const groups = languageGroups(scoreRecord(record));
      const figure = (language: string): string => {
        const counts = groups.find((g) => g.name === language)?.counts;
        if (!counts) throw new Error(`${record.folder}: no ${language} documents`);
        const r = rates(counts);
        return `${r.precision.toFixed(2)} / ${r.recall.toFixed(2)}`;
      };
      const row = new RegExp(`^\\| \`${basename(record.folder)}\`[^|]*\\| (.+?) +\\| (.+?) +\\|$`, 'm').exec(readme);
      expect(row?.slice(1, 3), record.folder).toEqual([figure('en'), figure('nb')]);
    }
  });

  it('replaces only the block between the markers', () => {
    const text = 'before\n<!-- first-pass:start -->\nold\n<!-- first-pass:end -->\nafter\n';
    const next = writeBlock(text, 'new');
    expect(readBlock(next)).toBe('new');
    expect(next.startsWith('before\n')).toBe(true);
    expect(next.endsWith('after\n')).toBe(true);
    expect(() => writeBlock('no markers', 'new')).toThrow(/first-pass:start/);
  });
});
