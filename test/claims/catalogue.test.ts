/**
 * The rule catalogue (src/claims/rules/catalogue.ts) holds what each registry entry does, apart
 * from the rules' code, so that a page that checks text does not download the prose.
 */
import { describe, expect, it } from 'vitest';
import { RULE_DESCRIPTIONS } from '../../src/claims/rules/catalogue.js';
import { REGISTRY } from '../../src/claims/rules/index.js';
import { RULE_CATALOGUE } from '../../src/factcheck/index.js';

describe('the rule catalogue', () => {
  const names = REGISTRY.map((entry) => entry.name);

  it('describes every registry entry in a sentence or more', () => {
    expect(names.filter((name) => !(RULE_DESCRIPTIONS[name]?.trim().length ?? 0))).toEqual([]);
    for (const name of names) expect(RULE_DESCRIPTIONS[name]).toMatch(/[.)"”]$/);
  });

  it('describes no rule that is not in the registry', () => {
    expect(Object.keys(RULE_DESCRIPTIONS).filter((name) => !names.includes(name))).toEqual([]);
  });

  it('lists the registry in order, with the descriptions', () => {
    expect(RULE_CATALOGUE.map((rule) => rule.name)).toEqual(names);
    expect(RULE_CATALOGUE.map((rule) => rule.description)).toEqual(names.map((name) => RULE_DESCRIPTIONS[name]));
  });

  it('keeps the prose out of the rules the engine runs', () => {
    expect(REGISTRY.filter((entry) => 'description' in entry).map((entry) => entry.name)).toEqual([]);
  });
});
