/**
 * Turns records (from files or from memory) into a validated, sorted, frozen
 * dataset, or into the complete list of problems. Never a partial dataset.
 *
 * @module
 */
import { RECORD_KINDS, type Dataset, type RecordKind, type RecordTypes } from '../schema/kinds.js';
import { checkShape } from './check-shape.js';
import { checkAcrossRecords, type BrokenRecord, type CheckedRecord } from './cross-rules.js';
import { reviewWarnings } from './evidence-rules.js';
import { deepFreeze } from './freeze.js';
import { parseYamlFile, type Locate } from './parse-yaml.js';
import { appendProblems, sortAndCapProblems, sortProblems, type Problem } from './problem.js';
import { expectArray, expectShape } from '../guard.js';

/**
 * The outcome of validation: a dataset, or every problem found.
 *
 * @example
 * ```ts
 * import { validateRecords } from 'meso-evidence/schema';
 * const result = validateRecords({});
 * if (result.ok) result.dataset.studies; // []
 * ```
 */
export type ValidationResult = ValidationOk | ValidationFailed;

/**
 * Valid data: the compiled dataset.
 *
 * @example
 * ```ts
 * import type { ValidationOk } from 'meso-evidence/schema';
 * ```
 */
export interface ValidationOk {
  /** Always true. */
  readonly ok: true;
  /** The validated, sorted, frozen dataset. */
  readonly dataset: Dataset;
  /** Always empty. */
  readonly problems: readonly [];
  /** Warnings that do not make the data invalid (rule `stale-review`), sorted by file and position. */
  readonly warnings: readonly Problem[];
}

/**
 * Invalid data: every problem found, and no dataset.
 *
 * @example
 * ```ts
 * import type { ValidationFailed } from 'meso-evidence/schema';
 * ```
 */
export interface ValidationFailed {
  /** Always false. */
  readonly ok: false;
  /** Every problem found, sorted by file and position. */
  readonly problems: readonly Problem[];
  /** Warnings that do not make the data invalid (rule `stale-review`). */
  readonly warnings: readonly Problem[];
}

/**
 * Options of validation.
 *
 * @example
 * ```ts
 * import { validateRecords, type ValidateOptions } from 'meso-evidence/schema';
 * const options: ValidateOptions = { today: '2026-11-30' };
 * validateRecords({}, options).warnings; // []
 * ```
 */
export interface ValidateOptions {
  /**
   * The date (`YYYY-MM-DD`) reviews are measured from: an assessment or adverse-event
   * profile last reviewed more than two years before it gets a `stale-review` warning.
   * Default: today's date (UTC).
   */
  readonly today?: string;
  /**
   * Paths of data files that exist but were refused before parsing (unreadable, too large)
   * and are reported already: references to their ids are not reported again.
   */
  readonly refused?: readonly string[];
}

/**
 * Records passed in memory, one array per kind. Kinds left out are empty.
 *
 * @example
 * ```ts
 * import type { RecordsInput } from 'meso-evidence/schema';
 * const input: RecordsInput = { indications: [] };
 * ```
 */
export type RecordsInput = Readonly<Partial<Record<RecordKind, readonly unknown[]>>>;

/**
 * A data file's path (relative, with `/`, ending `<kind>/<id>.yaml`) and content.
 *
 * @example
 * ```ts
 * import type { DataFile } from 'meso-evidence/schema';
 * const file: DataFile = { path: 'data/indications/pain.yaml', content: 'id: pain\n' };
 * ```
 */
export interface DataFile {
  /** Path ending in `<kind>/<id>.yaml`. */
  readonly path: string;
  /** Bytes or text. */
  readonly content: Uint8Array | string;
}

interface Entry {
  readonly kind: RecordKind;
  readonly file: string;
  readonly fileId?: string;
  readonly value: unknown;
  readonly locate: Locate;
}

const noPosition: Locate = () => undefined;

/**
 * Validates records passed in memory (any runtime). Positions are not known, so
 * problems name `<kind>/<id>` and the path inside the record.
 *
 * @param input - Records per kind.
 * @returns The dataset, or every problem.
 * @example
 * ```ts
 * import { validateRecords } from 'meso-evidence/schema';
 * const result = validateRecords({ indications: [{ id: 'pain', names: { en: ['pain'], nb: ['smerte'] }, description: { en: 'Pain.' } }] });
 * result.ok; // true
 * ```
 */
export function validateRecords(input: RecordsInput, options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
  if (input === null || typeof input !== 'object') {
    return {
      ok: false,
      problems: [
        {
          file: '(input)',
          path: [],
          message: 'Records must be passed as an object with one array per kind',
          rule: 'not-a-record',
        },
      ],
      warnings: [],
    };
  }
  for (const key of Object.keys(input)) {
    if (!(RECORD_KINDS as readonly string[]).includes(key)) {
      problems.push({
        file: '(input)',
        path: [key],
        message: `\`${key}\` is not a record kind; kinds are ${RECORD_KINDS.join(', ')}`,
        rule: 'unexpected-file',
      });
    }
  }
  for (const kind of RECORD_KINDS) {
    const list = input[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({
        file: '(input)',
        path: [kind],
        message: `\`${kind}\` must be an array of records`,
        rule: 'wrong-type',
      });
      continue;
    }
    list.forEach((value, index) => {
      const id =
        value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
          ? (value as { id: string }).id
          : `[${index}]`;
      entries.push({ kind, file: `${kind}/${id}`, value, locate: noPosition });
    });
  }
  return finish(entries, problems, [], options);
}

/**
 * Validates YAML data files (any runtime: pass their contents). Each path must end
 * in `<kind>/<id>.yaml`; the id must match the file name.
 *
 * @param files - The files.
 * @returns The dataset, or every problem with file, line and column.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { validateFiles } from 'meso-evidence/schema';
 * const result = validateFiles([{ path: 'data/indications/pain.yaml', content: 'id: pain\n' }]);
 * result.ok; // false: names and description are missing
 * ```
 */
export function validateFiles(files: readonly DataFile[], options: ValidateOptions = {}): ValidationResult {
  expectArray('validateFiles', 'files', files);
  for (const file of files)
    expectShape('validateFiles', 'each file', file, { path: 'string' }, 'a { path, content } object');
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const broken: BrokenRecord[] = [];
  for (const path of options.refused ?? []) {
    const match = /(?:^|\/)([^/]+)\/([^/]+)\.ya?ml$/.exec(path);
    const kind = match?.[1];
    if (match?.[2] && kind && (RECORD_KINDS as readonly string[]).includes(kind))
      broken.push({ kind: kind as RecordKind, ids: [match[2]] });
  }
  for (const { path, content } of files) {
    const match = /(?:^|\/)([^/]+)\/([^/]+)\.ya?ml$/.exec(path);
    const kind = match?.[1];
    if (!match || !kind || !(RECORD_KINDS as readonly string[]).includes(kind)) {
      problems.push({
        file: path,
        path: [],
        message: `Data files belong in data/<kind>/<id>.yaml with kind one of ${RECORD_KINDS.join(', ')}`,
        rule: 'unexpected-file',
      });
      continue;
    }
    const parsed = parseYamlFile(path, content);
    appendProblems(problems, parsed.problems);
    if (parsed.problems.length === 0)
      entries.push({
        kind: kind as RecordKind,
        file: path,
        fileId: match[2],
        value: parsed.value,
        locate: parsed.locate,
      });
    else broken.push({ kind: kind as RecordKind, ids: [match[2] as string] });
  }
  return finish(entries, problems, broken, options);
}

function finish(
  entries: readonly Entry[],
  problems: Problem[],
  broken: BrokenRecord[],
  options: ValidateOptions,
): ValidationResult {
  const checked: CheckedRecord[] = [];
  for (const entry of entries) {
    const shape = checkShape(entry.kind, entry.file, entry.value, entry.locate);
    if (shape.ok) {
      checked.push({
        kind: entry.kind,
        file: entry.file,
        record: shape.record,
        locate: entry.locate,
        ...(entry.fileId === undefined ? {} : { fileId: entry.fileId }),
      });
    } else {
      appendProblems(problems, shape.problems);
      const id = (entry.value as { id?: unknown } | null)?.id;
      broken.push({
        kind: entry.kind,
        ids: [entry.fileId, typeof id === 'string' ? id : undefined].filter((x): x is string => x !== undefined),
      });
    }
  }
  appendProblems(problems, checkAcrossRecords(checked, broken));
  const warnings = sortProblems(reviewWarnings(checked, options.today ?? new Date().toISOString().slice(0, 10)));
  if (problems.length > 0) return { ok: false, problems: sortAndCapProblems(problems), warnings };
  return { ok: true, dataset: compile(checked), problems: [], warnings };
}

function compile(records: readonly CheckedRecord[]): Dataset {
  const dataset = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as unknown[]])) as {
    [K in RecordKind]: RecordTypes[K][];
  };
  for (const entry of records) (dataset[entry.kind] as unknown[]).push(entry.record);
  for (const kind of RECORD_KINDS)
    (dataset[kind] as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze(dataset);
}
