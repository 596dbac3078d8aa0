/**
 * What every cross-record rule shares: the checked record, the rule's signature,
 * and how a problem is made at a path inside a record.
 *
 * @module
 */
import type { RecordKind, RecordTypes } from '../schema/kinds.js';
import type { Locate } from './parse-yaml.js';
import type { Problem } from './problem.js';

/** A record that passed its shape check, with where it came from. */
export interface CheckedRecord<K extends RecordKind = RecordKind> {
  /** The record's kind. */
  readonly kind: K;
  /** The file it came from (or `<kind>/<id>` for records passed in memory). */
  readonly file: string;
  /** The id the file name gives, when it came from a file. */
  readonly fileId?: string;
  /** The record. */
  readonly record: RecordTypes[K];
  /** Finds positions inside the record. */
  readonly locate: Locate;
}

/** Ids per kind, pointing at the first record that has each. */
export type IdIndex = ReadonlyMap<RecordKind, ReadonlyMap<string, CheckedRecord>>;

/** Every id a reference may resolve to, per kind: checked records, their file names, broken records. */
export type KnownIds = ReadonlyMap<RecordKind, ReadonlySet<string>>;

/** A cross-record rule: every problem it finds in the records. */
export type Rule = (records: readonly CheckedRecord[], ids: IdIndex, known: KnownIds) => Problem[];

/** A problem at `path` inside a record, with the position when the record came from a file. */
export function problem(
  entry: CheckedRecord,
  path: readonly (string | number)[],
  message: string,
  rule: Problem['rule'],
  atKey = false,
): Problem {
  const position = entry.locate(path, atKey);
  return { file: entry.file, path, message, rule, ...(position ? { position } : {}) };
}
