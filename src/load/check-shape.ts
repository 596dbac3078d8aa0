/**
 * Checks one record against its kind's zod schema and turns zod issues into
 * problems a data contributor understands.
 *
 * @module
 */
import type * as z from 'zod';
import { KIND_NOUNS, RECORD_KINDS } from '../schema/kind-list.js';
import { RECORD_SCHEMAS, type RecordKind, type RecordTypes } from '../schema/kinds.js';
import type { Locate } from './parse-yaml.js';
import type { Problem, ProblemRule } from './problem.js';
import { expectArray, expectString } from '../guard.js';

/**
 * The outcome of a shape check: the typed record, or the problems.
 *
 * @example
 * ```ts
 * import type { ShapeResult } from 'meso-evidence/schema';
 * let value: ShapeResult | undefined;
 * ```
 */
export type ShapeResult<K extends RecordKind> = ShapeOk<K> | ShapeFailed;

/**
 * A record that matches its schema.
 *
 * @example
 * ```ts
 * import type { ShapeOk } from 'meso-evidence/schema';
 * ```
 */
export interface ShapeOk<K extends RecordKind> {
  /** Always true. */
  readonly ok: true;
  /** The typed record. */
  readonly record: RecordTypes[K];
}

/**
 * A record that does not match its schema.
 *
 * @example
 * ```ts
 * import type { ShapeFailed } from 'meso-evidence/schema';
 * ```
 */
export interface ShapeFailed {
  /** Always false. */
  readonly ok: false;
  /** Every problem found. */
  readonly problems: readonly Problem[];
}

/**
 * Checks a parsed value against the schema of its kind.
 *
 * @param kind - The record kind (the folder it was read from).
 * @param file - The file name to report under.
 * @param value - The parsed value.
 * @param locate - Finds positions of paths inside the value.
 * @returns The typed record, or every problem found.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { checkShape } from 'meso-evidence/schema';
 * const result = checkShape('indications', 'pain.yaml', { id: 'pain' }, () => undefined);
 * result.ok; // false: names and description are missing
 * ```
 */
export function checkShape<K extends RecordKind>(
  kind: K,
  file: string,
  value: unknown,
  locate: Locate,
): ShapeResult<K> {
  if (!(RECORD_KINDS as readonly unknown[]).includes(kind))
    throw new TypeError(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify gives undefined for undefined and functions
      `checkShape: kind must be one of ${RECORD_KINDS.join(', ')}, not ${JSON.stringify(kind) ?? typeof kind}`,
    );
  expectString('checkShape', 'file', file);
  if (typeof locate !== 'function')
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
    throw new TypeError(`checkShape: locate must be a function, not ${locate === null ? 'null' : typeof locate}`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: [],
          message: `The file must hold one record (a mapping of keys to values), not ${describe(value)}`,
          rule: 'not-a-record',
          ...at(locate([])),
        },
      ],
    };
  }
  const schema = RECORD_SCHEMAS[kind] as z.ZodType<RecordTypes[K]>;
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => toProblems(issue, file, value, locate, kind)) };
}

function toProblems(issue: z.core.$ZodIssue, file: string, root: unknown, locate: Locate, kind: RecordKind): Problem[] {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const where = dotted(path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      path: [...path, key],
      message: `Unknown key \`${dotted([...path, key])}\` in ${withArticle(KIND_NOUNS[kind].replace(/ record$/, ''))} record; check the spelling against schemas/${kind}.schema.json`,
      rule: 'unknown-key' as const,
      ...at(locate([...path, key], true)),
    }));
  }
  const input = valueAt(root, path);
  if (input === undefined) {
    // A missing enum or literal gives `invalid_value`, a missing object `invalid_type`: both mean "add it".
    return [{ file, path, message: `\`${where}\` is required`, rule: 'missing-field', ...at(locate(path)) }];
  }
  let rule: ProblemRule = 'invalid-value';
  let message: string;
  switch (issue.code) {
    case 'invalid_type':
      rule = 'wrong-type';
      message = `\`${where}\` must be ${article(issue.expected)}, not ${describe(input)}`;
      break;
    case 'invalid_value':
      message = `\`${where}\` must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(input)}`;
      break;
    case 'invalid_union':
      message =
        issue.discriminator !== undefined
          ? `\`${where}\` must be one of ${(('options' in issue ? issue.options : undefined) ?? []).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(input)}`
          : `\`${where}\` does not match any allowed form`;
      break;
    case 'too_small':
      message =
        issue.origin === 'array'
          ? `\`${where}\` must list at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? `\`${where}\` must not be empty`
            : `\`${where}\` must be at least ${String(issue.minimum)}; got ${JSON.stringify(input)}`;
      if (issue.message.startsWith('must ')) message = `\`${where}\` ${issue.message}`;
      break;
    case 'too_big':
      message = `\`${where}\` must be at most ${String(issue.maximum)}; got ${JSON.stringify(input)}`;
      break;
    default:
      message = `\`${where}\` ${issue.message.startsWith('must ') || issue.message.startsWith('is ') ? issue.message : `is invalid: ${issue.message}`}; got ${JSON.stringify(input)}`;
  }
  return [{ file, path, message, rule, ...at(locate(path)) }];
}

function at(position: ReturnType<Locate>): { position?: NonNullable<ReturnType<Locate>> } {
  return position ? { position } : {};
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Longer paths are not paths into a record (a sparse array of length 2³¹ would take a minute to walk). */
const MAX_PATH = 1000;

/**
 * Writes a path as `citation.authors[0].family`.
 *
 * @param path - The path segments.
 * @returns The dotted form; `(record)` for the empty path.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { dottedPath } from 'meso-evidence/schema';
 * dottedPath(['citation', 'authors', 0, 'family']); // 'citation.authors[0].family'
 * ```
 */
export function dottedPath(path: readonly (string | number)[]): string {
  expectArray('dottedPath', 'path', path);
  if (path.length > MAX_PATH) throw new RangeError(`dottedPath: path must have at most ${MAX_PATH} segments`);
  return dotted(path);
}

function dotted(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(record)';
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function describe(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only primitives reach this line: objects and arrays are described above
  return `${typeof value === 'number' ? 'the number' : typeof value === 'boolean' ? 'the boolean' : typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
  };
  return names[expected] ?? `a ${expected}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}
