/**
 * Regulatory facts say only what their sources show (issue 12): the Storting passed
 * helsepersonelloven §§ 4 a and 4 b on 8 March 2022; when they came into force is not
 * recorded, so no summary may say "since March 2022".
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';

describe('helsepersonelloven §§ 4 a and 4 b', () => {
  it.each(['no-helsepersonelloven-4a', 'no-helsepersonelloven-4b'])('%s: passed on 2022-03-08, no in-force claim', (id) => {
    const fact = knowledgeBase.dataset.regulatory.find((r) => r.id === id);
    expect(fact?.date).toBe('2022-03-08');
    expect(fact?.summary.en).toMatch(/passed by the Storting on 8 March 2022/);
    expect(fact?.summary.en).not.toMatch(/since March 2022|in force since/i);
    expect(fact?.summary.nb).not.toMatch(/siden mars 2022/i);
  });
});
