/**
 * Every claim rule and suppressor of the registry has its own fixtures,
 * test/claims/rules/<name>.yaml, in the spirit of remark-lint: per language, `not-ok`
 * texts make the rule act (a claim rule reads a claim, a suppressor drops a claim or takes
 * a word out of play) and `ok` texts are near misses where it must not act. Each text lists
 * the exact claims the whole reader finds in it ("subject predicate [object] polarity").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REGISTRY } from '../../src/claims/rules/index.js';
import { read } from './read.js';

interface Case {
  readonly text: string;
  readonly claims: readonly string[];
}
type Fixture = Partial<Record<'en' | 'nb', Partial<Record<'ok' | 'not-ok', readonly Case[]>>>>;

const DIR = 'test/claims/rules';
const LANGUAGES = ['en', 'nb'] as const;

describe('the registry and its fixtures', () => {
  it('has one fixture file per rule and no other', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
    expect(files).toEqual(REGISTRY.map((r) => r.name).sort());
  });

  it('names each rule once, in kebab case', () => {
    const names = REGISTRY.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

for (const rule of REGISTRY) {
  const path = `${DIR}/${rule.name}.yaml`;
  const fixture = existsSync(path) ? (parse(readFileSync(path, 'utf8')) as Fixture) : undefined;
  describe(`${rule.kind === 'claim' ? 'rule' : 'suppressor'} ${rule.name}`, () => {
    for (const language of LANGUAGES) {
      it(`has ok and not-ok fixtures in ${language}`, () => {
        expect(fixture?.[language]?.ok?.length ?? 0).toBeGreaterThan(0);
        expect(fixture?.[language]?.['not-ok']?.length ?? 0).toBeGreaterThan(0);
      });
      for (const group of ['not-ok', 'ok'] as const) {
        for (const { text, claims } of fixture?.[language]?.[group] ?? []) {
          it(`${language} ${group}: ${text}`, () => {
            const reading = read(text, language);
            expect(reading.claims).toEqual(claims);
            // A claim rule acts when it reads a claim that is kept; a suppressor when it drops or masks.
            const acted = [...reading.acted].some((a) => a.startsWith(`${rule.name}:`));
            expect(acted, `${rule.name} ${group === 'not-ok' ? 'acts' : 'does not act'}`).toBe(group === 'not-ok');
          });
        }
      }
    }
  });
}
