/**
 * The evidence map: interventions × indications, each cell the direction of the
 * assessment for that pair, shaded by its GRADE certainty.
 *
 * Pure data and string code, no DOM and no Node: the playground draws it as an HTML
 * table at run time, and `scripts/build-evidence-map.ts` writes it as
 * `docs/evidence-map.svg`. It reads the records through the small structural types
 * below, so it works with the bundled knowledge base or any other.
 */

/** What an assessment shows, or `none` where the knowledge base has no assessment. */
export type MapDirection = 'benefit' | 'no-benefit' | 'harm' | 'insufficient' | 'none';
/** GRADE certainty. */
export type MapCertainty = 'high' | 'moderate' | 'low' | 'very-low';

/** The parts of the records the map reads. */
export interface MapSource {
  readonly dataset: {
    readonly interventions: readonly { readonly id: string }[];
    readonly indications: readonly { readonly id: string }[];
    readonly assessments: readonly {
      readonly id: string;
      readonly subject: string;
      readonly indication: string;
      readonly direction: Exclude<MapDirection, 'none'>;
      readonly certainty: MapCertainty;
    }[];
  };
  label(id: string, lang?: 'en' | 'nb'): string;
}

/** One cell of the map. */
export interface MapCell {
  readonly intervention: string;
  readonly indication: string;
  readonly direction: MapDirection;
  /** Null where there is no assessment. */
  readonly certainty: MapCertainty | null;
  /** The assessment's id, or null. */
  readonly assessment: string | null;
  /** Solid fill colour (already blended with white for the certainty). */
  readonly fill: string;
  /** Text colour with the better contrast on `fill`. */
  readonly ink: string;
  /** Short text shown in the cell: the direction's symbol and the GRADE circles. */
  readonly text: string;
  /** The cell in words, for screen readers and tooltips. */
  readonly description: string;
}

/** The whole map: row and column headers and one cell per pair. */
export interface EvidenceMap {
  readonly rows: readonly { readonly id: string; readonly label: string }[];
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly MapCell[])[];
  /** How many cells hold an assessment. */
  readonly assessed: number;
}

/** Directions in legend order, with their base colour, symbol and words. */
export const DIRECTIONS: readonly {
  readonly id: MapDirection;
  readonly color: string;
  readonly symbol: string;
  readonly en: string;
}[] = [
  { id: 'benefit', color: '#1a7f37', symbol: '+', en: 'benefit' },
  { id: 'no-benefit', color: '#6639ba', symbol: '0', en: 'no benefit' },
  { id: 'harm', color: '#b3261e', symbol: '!', en: 'harm' },
  { id: 'insufficient', color: '#7d6608', symbol: '?', en: 'insufficient evidence' },
  { id: 'none', color: '#ffffff', symbol: '', en: 'not assessed' },
];

/**
 * Certainties in legend order: how much of the direction's colour shows (the rest
 * is white), and GRADE's circles.
 */
export const CERTAINTIES: readonly {
  readonly id: MapCertainty;
  readonly strength: number;
  readonly circles: string;
  readonly en: string;
}[] = [
  { id: 'high', strength: 1, circles: '⊕⊕⊕⊕', en: 'high' },
  { id: 'moderate', strength: 0.62, circles: '⊕⊕⊕◯', en: 'moderate' },
  { id: 'low', strength: 0.38, circles: '⊕⊕◯◯', en: 'low' },
  { id: 'very-low', strength: 0.18, circles: '⊕◯◯◯', en: 'very low' },
];

const DARK_INK = '#1f2328';
const LIGHT_INK = '#ffffff';

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.round(c ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour of a direction at a certainty, as a solid `#rrggbb` (mixed with white). */
export function shade(direction: MapDirection, certainty: MapCertainty | null): string {
  const base = DIRECTIONS.find((d) => d.id === direction)?.color ?? '#ffffff';
  const strength = CERTAINTIES.find((c) => c.id === certainty)?.strength ?? 1;
  return toHex(channels(base).map((c) => c * strength + 255 * (1 - strength)));
}

/** Dark or white text, whichever reads better on `fill`. */
export function inkFor(fill: string): string {
  return contrast(fill, DARK_INK) >= contrast(fill, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}

/**
 * Builds the map: every intervention (those with the most assessments first) against
 * every indication (by English name).
 */
export function evidenceMap(kb: MapSource): EvidenceMap {
  const { interventions, indications, assessments } = kb.dataset;
  const byPair = new Map(assessments.map((a) => [`${a.subject}\u0000${a.indication}`, a]));
  const count = (id: string): number => assessments.filter((a) => a.subject === id).length;
  const byLabel = (a: { label: string; id: string }, b: { label: string; id: string }): number =>
    a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : 1);
  const rows = interventions
    .map((i) => ({ id: i.id, label: kb.label(i.id, 'en'), n: count(i.id) }))
    .sort((a, b) => b.n - a.n || byLabel(a, b))
    .map(({ id, label }) => ({ id, label }));
  const columns = indications.map((i) => ({ id: i.id, label: kb.label(i.id, 'en') })).sort(byLabel);
  let assessed = 0;
  const cells = rows.map((row) =>
    columns.map((column): MapCell => {
      const a = byPair.get(`${row.id}\u0000${column.id}`);
      if (a) assessed++;
      const direction: MapDirection = a?.direction ?? 'none';
      const certainty = a?.certainty ?? null;
      const d = DIRECTIONS.find((x) => x.id === direction);
      const c = CERTAINTIES.find((x) => x.id === certainty);
      const fill = shade(direction, certainty);
      return {
        intervention: row.id,
        indication: column.id,
        direction,
        certainty,
        assessment: a?.id ?? null,
        fill,
        ink: inkFor(fill),
        text: a && d && c ? `${d.symbol} ${c.circles}` : '',
        description:
          a && d && c
            ? `${row.label} for ${column.label}: ${d.en}, ${c.en} certainty`
            : `${row.label} for ${column.label}: not assessed`,
      };
    }),
  );
  return { rows, columns, cells, assessed };
}

function symbolOf(direction: MapDirection): string {
  return DIRECTIONS.find((d) => d.id === direction)?.symbol ?? '';
}

function circlesOf(certainty: MapCertainty | null): string {
  return CERTAINTIES.find((c) => c.id === certainty)?.circles ?? '';
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The map as a standalone, accessible SVG document: a `<title>` and `<desc>`, text
 * labels on every row, column and assessed cell, a `<title>` per cell, and a legend.
 * The output depends only on the data, so it can be committed and drift-checked.
 */
export function evidenceMapSvg(map: EvidenceMap): string {
  const cell = 64;
  const rowHead = 170;
  const colHead = 130;
  const top = 56;
  const gridW = map.columns.length * cell;
  const gridH = map.rows.length * cell;
  const legendTop = top + colHead + gridH + 28;
  // Room on the right for the last column's slanted label.
  const width = rowHead + gridW + 160;
  const height = legendTop + 150;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="map-title map-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13">`,
    '<title id="map-title">Evidence map: interventions × indications</title>',
    `<desc id="map-desc">${xml(
      `Each cell is one intervention for one indication, coloured by what the assessment shows (${DIRECTIONS.map((d) => d.en).join(', ')}) ` +
        `and shaded by its GRADE certainty (strongest colour for high, lightest for very low). ` +
        `${map.assessed} of ${map.rows.length * map.columns.length} pairs are assessed. ` +
        `Assessed: ${map.cells
          .flat()
          .filter((c) => c.assessment)
          .map((c) => c.description)
          .join('; ')}.`,
    )}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="32" font-size="20" font-weight="600" fill="#1f2328">Evidence map: interventions × indications</text>`,
  );
  out.push('<g id="columns">');
  map.columns.forEach((c, i) => {
    const x = rowHead + i * cell + cell / 2;
    const y = top + colHead - 8;
    out.push(`<text x="${x + 4}" y="${y}" transform="rotate(-50 ${x + 4} ${y})" fill="#1f2328">${xml(c.label)}</text>`);
  });
  out.push('</g>', '<g id="rows">');
  map.rows.forEach((r, j) => {
    out.push(
      `<text x="${rowHead - 10}" y="${top + colHead + j * cell + cell / 2 + 4}" text-anchor="end" fill="#1f2328">${xml(r.label)}</text>`,
    );
  });
  out.push('</g>', '<g id="cells">');
  map.cells.forEach((row, j) => {
    row.forEach((c, i) => {
      const x = rowHead + i * cell;
      const y = top + colHead + j * cell;
      out.push(
        `<g data-direction="${c.direction}"${c.certainty ? ` data-certainty="${c.certainty}"` : ''}>` +
          `<title>${xml(c.description)}</title>` +
          `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${c.fill}" stroke="#d0d7de"/>` +
          (c.text
            ? `<text x="${x + cell / 2}" y="${y + 27}" text-anchor="middle" font-size="17" font-weight="700" fill="${c.ink}">${xml(symbolOf(c.direction))}</text>` +
              `<text x="${x + cell / 2}" y="${y + 48}" text-anchor="middle" font-size="11" fill="${c.ink}">${xml(circlesOf(c.certainty))}</text>`
            : '') +
          '</g>',
      );
    });
  });
  out.push('</g>', '<g id="legend">');
  out.push(`<text x="16" y="${legendTop}" font-weight="600" fill="#1f2328">Direction (symbol)</text>`);
  DIRECTIONS.forEach((d, i) => {
    const y = legendTop + 14 + i * 24;
    const fill = shade(d.id, 'high');
    out.push(
      `<rect x="16" y="${y}" width="18" height="18" fill="${fill}" stroke="#8c959f"/>` +
        `<text x="25" y="${y + 13}" text-anchor="middle" fill="${inkFor(fill)}">${xml(d.symbol)}</text>` +
        `<text x="42" y="${y + 14}" fill="#1f2328">${xml(d.en)}</text>`,
    );
  });
  const cx = 260;
  out.push(`<text x="${cx}" y="${legendTop}" font-weight="600" fill="#1f2328">GRADE certainty (shade, circles)</text>`);
  CERTAINTIES.forEach((c, i) => {
    const y = legendTop + 14 + i * 24;
    const fill = shade('benefit', c.id);
    out.push(
      `<rect x="${cx}" y="${y}" width="18" height="18" fill="${fill}" stroke="#8c959f"/>` +
        `<text x="${cx + 26}" y="${y + 14}" fill="#1f2328">${xml(`${c.circles} ${c.en}`)}</text>`,
    );
  });
  out.push('</g>', '</svg>', '');
  return out.join('\n');
}
