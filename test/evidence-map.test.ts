/**
 * The evidence map (examples/playground/src/evidence-map.ts): one cell per
 * assessment, readable colours, and docs/evidence-map.svg up to date with the data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../src/index.js';
import {
  CERTAINTIES,
  contrast,
  DIRECTIONS,
  evidenceMap,
  evidenceMapSvg,
  inkFor,
  shade,
} from '../examples/playground/src/evidence-map.js';
import { runs, worst } from '../examples/playground/src/highlight.js';
import { EVIDENCE_MAP_SVG, renderEvidenceMap } from '../scripts/build-evidence-map.js';

const map = evidenceMap(knowledgeBase);

describe('the evidence map', () => {
  it('has a row per intervention, a column per indication and a cell per assessment', () => {
    const { interventions, indications, assessments } = knowledgeBase.dataset;
    expect(map.rows.map((r) => r.id).sort()).toEqual(interventions.map((i) => i.id).sort());
    expect(map.columns.map((c) => c.id).sort()).toEqual(indications.map((i) => i.id).sort());
    const assessed = map.cells.flat().filter((c) => c.assessment !== null);
    expect(map.assessed).toBe(assessments.length);
    expect(assessed.map((c) => [c.assessment, c.direction, c.certainty]).sort()).toEqual(
      assessments.map((a) => [a.id, a.direction, a.certainty]).sort(),
    );
  });

  it('shades stronger for higher certainty', () => {
    for (const d of DIRECTIONS.filter((x) => x.id !== 'none')) {
      const fills = CERTAINTIES.map((c) => shade(d.id, c.id));
      const lightness = fills.map((f) => contrast(f, '#000000'));
      expect(
        [...lightness].sort((a, b) => a - b),
        d.id,
      ).toEqual(lightness);
    }
  });

  it('keeps every cell and legend label readable (WCAG AA, 4.5:1)', () => {
    for (const d of DIRECTIONS) {
      for (const c of CERTAINTIES) {
        const fill = shade(d.id, c.id);
        expect(contrast(fill, inkFor(fill)), `${d.id} at ${c.id}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('is an accessible SVG with a title, a description and text labels', () => {
    const svg = evidenceMapSvg(map);
    expect(svg).toMatch(/<title id="map-title">/);
    expect(svg).toMatch(/<desc id="map-desc">/);
    expect(svg).toContain('role="img"');
    for (const row of map.rows) expect(svg).toContain(`>${row.label}</text>`);
    expect(svg.match(/<g data-direction="(?!none)/g)?.length).toBe(map.assessed);
  });

  it(`${EVIDENCE_MAP_SVG} is up to date`, () => {
    let committed: string | undefined;
    try {
      committed = readFileSync(EVIDENCE_MAP_SVG, 'utf8');
    } catch {
      committed = undefined;
    }
    expect(
      committed === renderEvidenceMap(),
      `${EVIDENCE_MAP_SVG} is ${committed === undefined ? 'missing' : 'stale'}: run \`npm run build:map\` and commit the result`,
    ).toBe(true);
  });
});

describe('the playground highlighter', () => {
  it('cuts text into runs covered by the same findings', () => {
    expect(runs(10, [])).toEqual([{ start: 0, end: 10, findings: [] }]);
    expect(
      runs(10, [
        { start: 2, end: 5 },
        { start: 2, end: 5 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, findings: [] },
      { start: 2, end: 4, findings: [0, 1] },
      { start: 4, end: 5, findings: [0, 1, 2] },
      { start: 5, end: 8, findings: [2] },
      { start: 8, end: 10, findings: [] },
    ]);
  });

  it('colours a run by its worst verdict', () => {
    expect(worst(['supported', 'overstated'])).toBe('overstated');
    expect(worst(['overstated', 'contradicted'])).toBe('contradicted');
  });
});
