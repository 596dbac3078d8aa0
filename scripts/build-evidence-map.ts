/**
 * Writes docs/evidence-map.svg from the bundled knowledge base: interventions ×
 * indications, coloured by each assessment's direction and shaded by its certainty.
 *
 *   npm run build:map            write the file
 *   npm run build:map -- --check exit 1 when the committed file is stale
 *
 * test/evidence-map.test.ts fails when the committed SVG differs from what this makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { knowledgeBase } from '../src/index.js';
import { evidenceMap, evidenceMapSvg } from '../examples/playground/src/evidence-map.js';

/** Where the SVG lives. */
export const EVIDENCE_MAP_SVG = 'docs/evidence-map.svg';

/** The SVG the data makes now. */
export function renderEvidenceMap(): string {
  return evidenceMapSvg(evidenceMap(knowledgeBase));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '\u0000')) {
  const svg = renderEvidenceMap();
  if (process.argv.includes('--check')) {
    let current: string | undefined;
    try {
      current = readFileSync(EVIDENCE_MAP_SVG, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== svg) {
      console.error(
        `${EVIDENCE_MAP_SVG} is ${current === undefined ? 'missing' : 'stale'}: run \`npm run build:map\` and commit it`,
      );
      process.exit(1);
    }
    console.log(`${EVIDENCE_MAP_SVG} is up to date`);
  } else {
    writeFileSync(EVIDENCE_MAP_SVG, svg);
    console.log(`wrote ${EVIDENCE_MAP_SVG}`);
  }
}
