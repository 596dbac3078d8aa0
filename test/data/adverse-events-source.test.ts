/**
 * Issue 12: harms have one source of truth, the adverse-event profiles
 * (data/adverse-events/*). The old `procedure.adverseEffects` lists duplicated them and are gone;
 * `safe` and `side-effect-free` verdicts cite the profiles.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { validateRecords, type RecordsInput } from '../../src/schema/index.js';
import { records as base } from '../kb/fixture.js';

const dataset = knowledgeBase.dataset;

describe('adverse-event profiles are the one record of harms', () => {
  it('rejects an intervention that still lists adverse effects in its procedure, naming the key', () => {
    const input: RecordsInput = {
      ...base,
      interventions: base.interventions.map((i) =>
        i.id === 'harmful'
          ? {
              ...i,
              procedure: {
                adverseEffects: [
                  { id: 'bruising', name: { en: 'bruising', nb: 'blåmerker' }, frequency: 'common', serious: false, sources: ['blog'], verification: 'verified' },
                ],
              },
            }
          : i,
      ),
    };
    const result = validateRecords(input);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => `${p.rule} ${p.message}`).join('\n')).toMatch(/unknown-key .*adverseEffects/);
  });

  it('no bundled intervention carries a second list of harms', () => {
    for (const i of dataset.interventions) expect(i.procedure ?? {}, i.id).not.toHaveProperty('adverseEffects');
  });

  it('the interventions whose harms moved over each have a profile, and their verdicts cite it first', () => {
    for (const id of ['mesotherapy', 'injection-lipolysis', 'lipolytic-cocktail', 'deoxycholic-acid', 'collagenase', 'liposuction']) {
      const profile = knowledgeBase.adverseEvents(id);
      expect(profile, id).toBeDefined();
      for (const predicate of ['safe', 'side-effect-free'] as const) {
        const j = knowledgeBase.judge({ subject: id, predicate, polarity: 'affirm' });
        expect([id, predicate, j.rule, j.citations[0]]).toEqual([id, predicate, `${predicate}/harms-documented`, profile?.id]);
      }
    }
  });

  it('mesotherapy keeps the harms only the old list had: infection (Jayasinghe 2013), nausea, rash', () => {
    const events = knowledgeBase.adverseEvents('mesotherapy')?.events ?? [];
    const infection = events.find((e) => e.id === 'infection');
    expect(infection?.studies).toContain('jayasinghe-2013');
    expect(events.map((e) => e.name.en).join(' ')).toMatch(/nausea.*rash/);
    const j = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'side-effect-free', polarity: 'affirm' });
    expect(j.citations).toContain('jayasinghe-2013');
  });

  it('a comparison counts the events of each profile', () => {
    const c = knowledgeBase.compare('mesotherapy', 'liposuction');
    expect(c?.a.adverseEffects).toBe(knowledgeBase.adverseEvents('mesotherapy')?.events.length);
    expect(c?.b.adverseEffects).toBe(knowledgeBase.adverseEvents('liposuction')?.events.length);
    expect(c?.a.adverseEffects).toBeGreaterThan(0);
  });
});
