/**
 * What a report holds on to: findings share their claims, lists of study mentions,
 * positions and texts (one frozen object each, not a copy per finding), and what a
 * report keeps per finding stays small.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/index.js';
import { findingParts } from '../../src/factcheck/finding-parts.js';

const text = (input: string): ReturnType<typeof factCheck> => factCheck(input, { format: 'text' });

describe('findings share what is the same', () => {
  it('one frozen claim for the same claim in two paragraphs', () => {
    const [first, second] = text('Mesotherapy melts cellulite.\n\nDid you know? Mesotherapy melts cellulite.').findings;
    expect(first?.claim).toEqual(second?.claim);
    expect(first?.claim).toBe(second?.claim);
    expect(Object.isFrozen(first?.claim)).toBe(true);
  });

  it('a population is part of the claim: women, men and everyone are three claims, each shared and frozen', () => {
    const findings = text(
      [
        'Mesotherapy is FDA-approved for women.',
        'Mesotherapy is FDA-approved for men.',
        'Mesotherapy is FDA-approved.',
        'Again: mesotherapy is FDA-approved for women.',
      ].join('\n\n'),
    ).findings;
    const claims = findings.map((f) => f.claim);
    expect(claims.map((c) => c.population?.sex)).toEqual(['female', 'male', undefined, 'female']);
    expect(new Set(claims).size).toBe(3);
    expect(claims[3]).toBe(claims[0]);
    expect(Object.isFrozen(claims[0]?.population)).toBe(true);
  });

  it('the claims of one sentence share its frozen position and text', () => {
    const [safe, free] = text('Mesotherapy is safe and has no side effects.').findings;
    expect([safe?.claim.predicate, free?.claim.predicate]).toEqual(['safe', 'side-effect-free']);
    expect(safe?.position).toBe(free?.position);
    expect(safe?.text).toBe(free?.text);
    expect(Object.isFrozen(safe?.position)).toBe(true);
    expect(Object.isFrozen(safe?.position.start)).toBe(true);
    expect(Object.isFrozen(safe?.position.end)).toBe(true);
  });

  it('one frozen list for the same study mentions, and the shared parts serialise as copies would', () => {
    const sentence = 'A 2008 study of 20 women found that mesotherapy did not reduce thigh fat (Park 2008).';
    const findings = text(`${sentence}\n\n${sentence}`).findings;
    expect(findings).toHaveLength(2);
    const [first, second] = findings;
    expect(first?.refersTo.length).toBeGreaterThan(0);
    expect(first?.refersTo).toBe(second?.refersTo);
    expect(Object.isFrozen(first?.refersTo)).toBe(true);
    // The second finding is the first one lines further down, and nothing else.
    const copy = JSON.parse(JSON.stringify(first)) as { position: { start: { line: number }; end: { line: number } } };
    copy.position.start.line += 2;
    copy.position.end.line += 2;
    expect(JSON.parse(JSON.stringify(second))).toEqual({
      ...copy,
      position: {
        start: { ...copy.position.start, offset: second?.position.start.offset },
        end: { ...copy.position.end, offset: second?.position.end.offset },
      },
    });
  });

  it('the store tells claims apart by every property and its order', () => {
    const parts = findingParts();
    const claim = {
      subject: 'mesotherapy',
      predicate: 'effective-for',
      object: 'cellulite',
      polarity: 'affirm',
    } as const;
    expect(parts.claim({ ...claim })).toBe(parts.claim(claim));
    expect(parts.claim({ ...claim, polarity: 'negate' })).not.toBe(parts.claim(claim));
    const reordered = {
      polarity: claim.polarity,
      subject: claim.subject,
      predicate: claim.predicate,
      object: claim.object,
    };
    expect(JSON.stringify(parts.claim(reordered))).toBe(JSON.stringify(reordered));
    expect(parts.studies(['park-2008'])).toBe(parts.studies(['park-2008']));
    expect(parts.studies([])).toEqual([]);
  });
});

/**
 * The heap a report holds per finding, in a process of its own (with `--expose-gc`):
 * the input's findings are read once so code and caches are warm, then again with the
 * report kept, the collector settled before and after.
 */
const CHILD = `
import { readdirSync, readFileSync } from 'node:fs';
const { factCheck } = await import(${JSON.stringify(pathToFileURL(resolve('dist/factcheck/index.js')).href)});
const dir = ${JSON.stringify(resolve('test/fixtures/articles'))};
const articles = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => readFileSync(dir + '/' + n, 'utf8'));
let input = '';
for (let i = 0; input.length < 1_000_000; i++) input += articles[i % articles.length] + '\\n\\n';
const settle = async () => {
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 3; i++) gc();
    await new Promise((done) => setTimeout(done, 5));
  }
  return process.memoryUsage().heapUsed;
};
factCheck(input);
const before = await settle();
const report = factCheck(input);
const after = await settle();
console.log(JSON.stringify({ findings: report.findings.length, bytes: after - before }));
`;

describe('what a report keeps', () => {
  it('is a few hundred bytes per finding (one copy of each claim, list of studies, judgement)', () => {
    const result = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const { findings, bytes } = JSON.parse(result.stdout) as { findings: number; bytes: number };
    expect(findings).toBeGreaterThan(5_000);
    // Measured 255–285 bytes (64-bit Node 20: a finding, its position and two points, a
    // sliced string); 340–370 with a claim and a list of study mentions per finding, and
    // citations or messages copied per finding would add a hundred or more.
    expect(bytes / findings).toBeLessThan(320);
  }, 60_000);
});
