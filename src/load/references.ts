/**
 * Which fields of which record kinds refer to other records, and of what kinds.
 * The one table the cross-record checks read.
 *
 * @module
 */
import type { RecordKind } from '../schema/kinds.js';

/** Kinds a source reference (`sources:` anywhere in a record) may point at. */
export const CITABLE_KINDS: readonly RecordKind[] = ['sources', 'studies'];

/** Kinds an assessment's `statements` may point at. */
export const STATEMENT_KINDS: readonly RecordKind[] = ['regulatory', 'positions'];

/**
 * A field that holds ids: a path pattern (`*` matches any list index or key) and
 * the kinds the ids may belong to.
 */
export interface ReferenceField {
  /** Path pattern, such as `outcomes.*.indication`. */
  readonly pattern: string;
  /** Kinds the id may belong to. */
  readonly targets: readonly RecordKind[];
}

/**
 * Reference fields per kind. Any `sources` list, at any depth, is also a reference
 * to {@link CITABLE_KINDS}.
 */
export const REFERENCE_FIELDS: Readonly<Record<RecordKind, readonly ReferenceField[]>> = {
  sources: [],
  studies: [
    { pattern: 'interventions.*', targets: ['interventions'] },
    { pattern: 'indications.*', targets: ['indications'] },
    { pattern: 'outcomes.*.indication', targets: ['indications'] },
    { pattern: 'describedAs.*.source', targets: ['sources'] },
  ],
  interventions: [
    { pattern: 'parent', targets: ['interventions'] },
    { pattern: 'formulationOf', targets: ['interventions'] },
    { pattern: 'ingredients.*', targets: ['ingredients'] },
    { pattern: 'related.*', targets: ['interventions'] },
  ],
  indications: [{ pattern: 'parent', targets: ['indications'] }],
  ingredients: [
    { pattern: 'intervention', targets: ['interventions'] },
    { pattern: 'usedIn.*', targets: ['interventions'] },
    { pattern: 'regulatory.*', targets: ['regulatory'] },
  ],
  assessments: [
    { pattern: 'subject', targets: ['interventions'] },
    { pattern: 'indication', targets: ['indications'] },
    { pattern: 'studies.*', targets: ['studies'] },
    { pattern: 'statements.*', targets: STATEMENT_KINDS },
    { pattern: 'formulations.*', targets: ['interventions'] },
  ],
  regulatory: [
    { pattern: 'interventions.*', targets: ['interventions'] },
    { pattern: 'ingredients.*', targets: ['ingredients'] },
    { pattern: 'indications.*', targets: ['indications'] },
  ],
  positions: [
    { pattern: 'interventions.*', targets: ['interventions'] },
    { pattern: 'indications.*', targets: ['indications'] },
  ],
  'adverse-events': [
    { pattern: 'intervention', targets: ['interventions'] },
    { pattern: 'events.*.studies.*', targets: ['studies'] },
    { pattern: 'events.*.statements.*', targets: STATEMENT_KINDS },
  ],
  cues: [{ pattern: 'indication', targets: ['indications'] }],
  languages: [],
  messages: [],
};

/** One id found in a record, with where it stands and what it may point at. */
export interface FoundReference {
  /** Path of the id inside the record. */
  readonly path: readonly (string | number)[];
  /** The id. */
  readonly id: string;
  /** Kinds it may belong to. */
  readonly targets: readonly RecordKind[];
}

/**
 * Lists every reference a record makes.
 *
 * @param kind - The record's kind.
 * @param record - The (shape-checked) record.
 * @returns The references, in document order of the table.
 */
export function findReferences(kind: RecordKind, record: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  for (const field of REFERENCE_FIELDS[kind]) {
    collect(record, field.pattern.split('.'), [], field.targets, found);
  }
  collectSources(record, [], found);
  return found;
}

function collect(
  value: unknown,
  pattern: readonly string[],
  path: (string | number)[],
  targets: readonly RecordKind[],
  out: FoundReference[],
): void {
  if (pattern.length === 0) {
    if (typeof value === 'string') out.push({ path, id: value, targets });
    return;
  }
  const [head, ...rest] = pattern as [string, ...string[]];
  if (value === null || typeof value !== 'object') return;
  if (head === '*') {
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) collect(item, rest, [...path, key], targets, out);
    return;
  }
  if (Object.hasOwn(value, head))
    collect((value as Record<string, unknown>)[head], rest, [...path, head], targets, out);
}

function collectSources(value: unknown, path: (string | number)[], out: FoundReference[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collectSources(item, [...path, index], out);
    });
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'sources' && Array.isArray(item)) {
      item.forEach((id, index) => {
        if (typeof id === 'string') out.push({ path: [...path, key, index], id, targets: CITABLE_KINDS });
      });
    } else {
      collectSources(item, [...path, key], out);
    }
  }
}
