/**
 * Every study can be found again: a PMID or a DOI, or a stated reason it has neither
 * (issue 12). The rule is checked on the bundled data and on a record without either.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { validateDirectory } from '../../src/node/validate-directory.js';

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('study identifiers', () => {
  it('every bundled study has a PMID or a DOI, or says why it has neither', () => {
    const studies = knowledgeBase.dataset.studies;
    expect(studies.length).toBeGreaterThanOrEqual(60);
    const unexplained = studies.filter(
      (s) => s.citation.pmid === undefined && s.citation.doi === undefined && s.citation.noIdentifier === undefined,
    );
    expect(unexplained.map((s) => s.id)).toEqual([]);
  });

  it('a study with neither and no reason is a positioned problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meso-ids-'));
    temps.push(dir);
    cpSync('test/fixtures/data/valid', dir, { recursive: true });
    const file = join(dir, 'studies/smith-2010.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s+(pmid|doi):/.test(line))
        .join('\n'),
    );
    const result = validateDirectory(dir);
    expect(result.problems.map((p) => [p.rule, p.position?.line])).toContainEqual(['missing-identifier', 4]);
    // With a reason, only the verified marks (which need an identifier) are left.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}year: .*)$/m, "$1\n  noIdentifier: 'not indexed by PubMed; the journal gives no DOI'"));
    expect(validateDirectory(dir).problems.map((p) => p.rule)).not.toContain('missing-identifier');
  });
});
