/**
 * Adding a language is data (docs/adding-a-language.md): test/fixtures/language-da holds a
 * small Danish profile, its messages and a few cue files, and nothing else. Loaded beside the
 * bundled records, the engine reads Danish with no TypeScript change; without it, Danish
 * gets a notice and no findings.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { loadCues } from '../../src/generated/cues.js';
import { knowledgeBase } from '../../src/index.js';
import { createKnowledgeBase } from '../../src/kb/create.js';
import { validateDirectory } from '../../src/node/validate-directory.js';

const FIXTURE = 'test/fixtures/language-da';
const DANISH =
  'Mesoterapi er ikke godkendt af FDA. Mesoterapi reducerer cellulite, siger klinikken, og den er helt sikker.';

describe('a third language, from data alone', () => {
  const loaded = validateDirectory(FIXTURE);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  const danish = loaded.dataset;
  const bundled = knowledgeBase.dataset;
  const kb = createKnowledgeBase({
    ...bundled,
    cues: [...loadCues(), ...danish.cues],
    // The test's profile takes the place of the bundled one, which only detects Danish.
    languages: [...bundled.languages.filter((p) => p.id !== 'da'), ...danish.languages],
    messages: [...bundled.messages, ...danish.messages],
  });

  it('the fixture is data only: a profile, messages and cue files', () => {
    expect(danish.languages.map((p) => [p.id, p.read])).toEqual([['da', true]]);
    expect(danish.messages.map((m) => m.id)).toEqual(['da']);
    expect(danish.cues.length).toBeGreaterThan(0);
  });

  it('reads Danish claims and judges them, with messages in Danish', () => {
    const report = factCheck(DANISH, { format: 'text', knowledgeBase: kb });
    expect(report.language).toBe('da');
    expect(report.notices).toEqual([]);
    const found = report.findings.map((f) => [f.claim.predicate, f.claim.object ?? null, f.claim.polarity, f.verdict]);
    expect(found).toEqual([
      ['fda-approved', null, 'negate', 'supported'],
      ['effective-for', 'cellulite', 'affirm', 'overstated'],
      ['safe', null, 'affirm', 'overstated'],
    ]);
    expect(report.findings[0]?.message).toMatch(/^Understøttet: /);
    for (const f of report.findings) expect(f.text).toBe(DANISH.slice(f.position.start.offset, f.position.end.offset));
  });

  it('without the data, the same text gets a notice and no findings', () => {
    const report = factCheck(DANISH, { format: 'text' });
    expect(report.language).toBe('da');
    expect(report.findings).toEqual([]);
    expect(report.notices.map((n) => n.language)).toEqual(['da']);
  });
});
