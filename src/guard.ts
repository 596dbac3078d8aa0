/**
 * Argument checks at the public boundary, for JavaScript callers that pass the wrong
 * thing: a clear `TypeError` naming the function and the argument, instead of one from
 * deep inside ("Cannot read properties of undefined"). Shape checks only; the data
 * itself is validated by the loader.
 *
 * @module
 * @internal
 */

/** A value, for an error message: its type, or `null`/`an array`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object of the wrong shape' : typeof value;
}

function fail(fn: string, what: string, expected: string, value: unknown): never {
  throw new TypeError(`${fn}: ${what} must be ${expected}, not ${describe(value)}`);
}

/** Throws unless `value` is a string. @internal */
export function expectString(fn: string, what: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') fail(fn, what, 'a string', value);
}

/** Throws unless `value` is an array. @internal */
export function expectArray(fn: string, what: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) fail(fn, what, 'an array', value);
}

/** What a field must hold. */
type FieldType = 'string' | 'number' | 'object' | 'array' | 'function';

/**
 * Throws unless `value` is a plain (non-array) object whose listed fields have the
 * listed types. @internal
 */
export function expectShape(
  fn: string,
  what: string,
  value: unknown,
  fields: Readonly<Record<string, FieldType>>,
  expected: string,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(fn, what, expected, value);
  for (const [key, type] of Object.entries(fields)) {
    const field = (value as Record<string, unknown>)[key];
    const ok =
      type === 'array'
        ? Array.isArray(field)
        : type === 'object'
          ? typeof field === 'object' && field !== null && !Array.isArray(field)
          : typeof field === type;
    if (!ok) fail(fn, what, expected, value);
  }
}

/** A study record, as far as the formatters read it. @internal */
export function expectStudy(fn: string, value: unknown): void {
  expectShape(fn, 'study', value, { id: 'string', citation: 'object' }, 'a study record');
  const citation = (value as { citation: unknown }).citation;
  expectShape(fn, 'study', citation, { title: 'string', authors: 'array', year: 'number' }, 'a study record');
}

/** A finding, as far as the exporters read it. @internal */
export function expectFinding(fn: string, value: unknown): void {
  expectShape(
    fn,
    'finding',
    value,
    { claim: 'object', position: 'object', text: 'string', verdict: 'string', message: 'string' },
    'a finding',
  );
  const { claim, position } = value as { claim: unknown; position: unknown };
  expectShape(fn, 'finding', claim, { subject: 'string', predicate: 'string' }, 'a finding');
  expectShape(fn, 'finding', position, { start: 'object', end: 'object' }, 'a finding');
}

/**
 * The caller's options, own properties only: a key set on `Object.prototype` by other
 * code (prototype pollution) is not an option. @internal
 */
export function ownOptions<T extends object>(options: T): T {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything
  return Object.assign(Object.create(null) as T, options ?? {});
}
