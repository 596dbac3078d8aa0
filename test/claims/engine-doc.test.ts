/** docs/engine.md's rule catalogue is generated from the registry and the fixtures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/claims/rules/index.js';
import { ENGINE_DOC, renderCatalogue, renderEngineDoc } from '../../scripts/build-engine-doc.js';

describe('docs/engine.md', () => {
  const page = readFileSync(ENGINE_DOC, 'utf8');

  it('has the catalogue the registry makes now (run `npm run build:engine-doc`)', () => {
    expect(page).toBe(renderEngineDoc(page));
  });

  it('lists every rule and suppressor', () => {
    const catalogue = renderCatalogue();
    for (const rule of REGISTRY) expect(catalogue).toContain(`### ${rule.name}\n`);
  });
});
