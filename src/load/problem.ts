/**
 * Problems found in data: what went wrong, where, and under which rule.
 *
 * @module
 */
import { expectArray, expectShape } from '../guard.js';

/**
 * The rule a data problem breaks. Each has a section in `docs/data-guide.md`.
 *
 * @example
 * ```ts
 * import type { ProblemRule } from 'meso-evidence/schema';
 * const rule: ProblemRule = 'unknown-reference';
 * ```
 */
export type ProblemRule =
  | 'encoding'
  | 'empty-file'
  | 'file-too-large'
  | 'unreadable'
  | 'unexpected-file'
  | 'yaml-syntax'
  | 'yaml-alias'
  | 'duplicate-key'
  | 'not-a-record'
  | 'unknown-key'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'id-mismatch'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'missing-source'
  | 'parent-cycle'
  | 'folded-hyphen'
  | 'unknown-field'
  | 'certainty-mismatch'
  | 'verified-without-identifier'
  | 'missing-identifier'
  | 'stale-review'
  | 'too-many-problems';

/**
 * A place in a data file: 1-based line and column of the start, and of the end when known.
 *
 * @example
 * ```ts
 * import type { DataPosition } from 'meso-evidence/schema';
 * const at: DataPosition = { line: 4, column: 3 };
 * ```
 */
export interface DataPosition {
  /** 1-based line of the start. */
  readonly line: number;
  /** 1-based column of the start. */
  readonly column: number;
  /** 1-based line of the end. */
  readonly endLine?: number;
  /** 1-based column of the end (exclusive). */
  readonly endColumn?: number;
}

/**
 * One problem in the data, with everything a contributor needs to fix it.
 *
 * @example
 * ```ts
 * import type { Problem } from 'meso-evidence/schema';
 * const problem: Problem = {
 *   file: 'data/studies/park-2008.yaml', position: { line: 4, column: 3 }, path: ['citation', 'pmid'],
 *   message: '`citation.pmid` must be a PubMed id: digits only, like "18349597"', rule: 'invalid-value',
 * };
 * ```
 */
export interface Problem {
  /** The file (or, for records passed in memory, `<kind>/<id>`). */
  readonly file: string;
  /** Where in the file, when the record came from a file. */
  readonly position?: DataPosition;
  /** The path inside the record, such as `['citation', 'pmid']`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in a sentence a data contributor understands. */
  readonly message: string;
  /** The rule broken. */
  readonly rule: ProblemRule;
  /** `warning` for a problem that does not make the data invalid (a stale review); otherwise an error. */
  readonly severity?: 'error' | 'warning';
}

/**
 * Formats a problem as one line: `file:line:column  error  message  rule`.
 *
 * @param problem - The problem.
 * @returns The line, without a trailing newline.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { formatProblem } from 'meso-evidence/schema';
 * formatProblem({ file: 'data/studies/x.yaml', position: { line: 4, column: 3 }, path: [],
 *   message: 'Unknown key `titel`', rule: 'unknown-key' });
 * // 'data/studies/x.yaml:4:3  error  Unknown key `titel`  unknown-key'
 * ```
 */
export function formatProblem(problem: Problem): string {
  expectShape('formatProblem', 'problem', problem, { file: 'string', message: 'string' }, 'a problem');
  const place = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
  return `${place}  ${problem.severity ?? 'error'}  ${problem.message}  ${problem.rule}`;
}

/**
 * Thrown when data has problems: no knowledge base is built from bad data.
 * `problems` lists every problem found, in file order.
 *
 * @example
 * ```ts
 * import { createKnowledgeBase, DataError } from 'meso-evidence/schema';
 * try {
 *   createKnowledgeBase({ studies: [{ id: 'Bad Id' }] });
 * } catch (error) {
 *   if (error instanceof DataError) console.log(error.problems.length > 0); // true
 * }
 * ```
 */
export class DataError extends Error {
  /** Every problem found. */
  readonly problems: readonly Problem[];

  /**
   * @param problems - Every problem found; the message summarises them.
   */
  constructor(problems: readonly Problem[]) {
    const shown = problems.slice(0, 20).map(formatProblem).join('\n');
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    super(`The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown}${more}`);
    this.name = 'DataError';
    this.problems = Object.freeze([...problems]);
  }
}

/**
 * Orders problems by file, then line, then column, so reports are stable.
 *
 * @param problems - Problems in any order.
 * @returns A new, sorted array.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { sortProblems } from 'meso-evidence/schema';
 * sortProblems([]); // []
 * ```
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  expectArray('sortProblems', 'problems', problems);
  for (const problem of problems)
    expectShape('sortProblems', 'each problem', problem, { file: 'string', message: 'string' }, 'a problem');
  return [...problems].sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      compareStrings(a.message, b.message),
  );
}

/**
 * The most problems reported for one file; the rest are counted in one last problem, so a
 * file with half a million broken lines costs neither the stack nor the reader's screen.
 *
 * @example
 * ```ts
 * import { MAX_PROBLEMS_PER_FILE } from 'meso-evidence/schema';
 * MAX_PROBLEMS_PER_FILE; // 100
 * ```
 */
export const MAX_PROBLEMS_PER_FILE = 100;

/**
 * Sorts problems and keeps at most {@link MAX_PROBLEMS_PER_FILE} per file, replacing the
 * rest of a file's problems by one that says how many were left out.
 *
 * @param problems - The problems, in any order.
 * @returns The sorted, capped problems.
 * @example
 * ```ts
 * import { sortAndCapProblems } from './problem.js';
 * sortAndCapProblems([]); // []
 * ```
 */
export function sortAndCapProblems(problems: readonly Problem[]): Problem[] {
  const sorted = sortProblems(problems);
  const kept: Problem[] = [];
  let file: string | undefined;
  let inFile = 0;
  for (let index = 0; index < sorted.length; index++) {
    const problem = sorted[index] as Problem;
    if (problem.file !== file) {
      file = problem.file;
      inFile = 0;
    }
    inFile += 1;
    if (inFile <= MAX_PROBLEMS_PER_FILE) {
      kept.push(problem);
      continue;
    }
    let last = index;
    while (last + 1 < sorted.length && (sorted[last + 1] as Problem).file === file) last += 1;
    kept.push({
      file,
      path: [],
      message: `…and ${(last - index + 1).toLocaleString('en')} more problems in this file (only the first ${MAX_PROBLEMS_PER_FILE} are listed)`,
      rule: 'too-many-problems',
    });
    index = last;
  }
  return kept;
}

/**
 * Appends without spreading, so any number of problems fits (`push(...list)` overflows the stack).
 *
 * @param target - The list to append to.
 * @param more - The problems to append.
 * @example
 * ```ts
 * import { appendProblems, type Problem } from './problem.js';
 * const all: Problem[] = [];
 * appendProblems(all, []);
 * ```
 */
export function appendProblems(target: Problem[], more: readonly Problem[]): void {
  for (const problem of more) target.push(problem);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// One caller must not change the class for every other (issue 16): its prototype and statics are frozen.
Object.freeze(DataError.prototype);
Object.freeze(DataError);
