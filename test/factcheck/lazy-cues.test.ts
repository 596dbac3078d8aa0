/**
 * The bundled cue vocabulary is parsed on first read (src/generated/cues.ts, issue 17): a
 * fact-check with the bundled knowledge base reads the lexicons and word weights compiled from
 * the cues at build time, so a cold process's first result parses and freezes none of them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { detectLanguage, factCheck } from '../../src/factcheck/index.js';
import { readable } from '../../src/factcheck/fact-check.js';
import { loadCues } from '../../src/generated/cues.js';

const TEXT = `# Mesoterapi

Mesoterapi smelter fett og fjerner cellulitter for godt.

Mesotherapy is not FDA-approved.
`;

/** Whether a JSON text is the cue vocabulary's. */
const isCues = (text: unknown): boolean => typeof text === 'string' && text.startsWith('[{"id":"abbreviations"');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the bundled cues', () => {
  // First in this file (each test file has its own modules): nothing has read the cues yet.
  it('are not parsed by a fact-check or a language detection with the bundled knowledge base', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const report = factCheck(TEXT);
    expect(report.findings.map((f) => f.verdict)).toEqual(['overstated', 'overstated', 'supported']);
    expect(detectLanguage('Mesoterapi fjerner fett.', readable(knowledgeBase.dataset))).toBe('nb');
    expect(parse.mock.calls.length).toBeGreaterThan(0);
    expect(parse.mock.calls.filter(([text]) => isCues(text))).toEqual([]);
  });

  it('are parsed once when read, frozen, and are the cues the engine reads', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const dataset = readable(knowledgeBase.dataset);
    expect(readable(dataset)).toBe(dataset);
    expect(dataset.cues).toBe(loadCues());
    expect(loadCues()).toBe(loadCues());
    expect(parse.mock.calls.filter(([text]) => isCues(text))).toHaveLength(1);
    expect(Object.isFrozen(loadCues())).toBe(true);
    expect(Object.isFrozen(loadCues().find((cue) => cue.role === 'negation'))).toBe(true);
    expect(loadCues().some((cue) => cue.role === 'negation')).toBe(true);
  });
});
