/**
 * Validates a data directory on disk (Node only).
 *
 * @module
 */
import { validateFiles, type ValidateOptions, type ValidationResult } from '../load/validate.js';
import { sortAndCapProblems } from '../load/problem.js';
import { readDataDirectory } from './read-data-directory.js';
import { expectString } from '../guard.js';

/**
 * Reads and validates `<dir>/<kind>/<id>.yaml`: YAML, schemas and cross-record
 * rules. Every problem is reported; any problem means no dataset.
 *
 * @param dir - The data directory.
 * @param options - `today`, the date stale reviews are measured from (default: today).
 * @returns The dataset, or every problem with file, line and column.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { validateDirectory } from 'meso-evidence/node';
 * const result = validateDirectory('data');
 * if (!result.ok) console.error(result.problems.length, 'problems');
 * ```
 */
export function validateDirectory(dir: string, options: ValidateOptions = {}): ValidationResult {
  expectString('validateDirectory', 'dir', dir);
  const { files, problems, refused } = readDataDirectory(dir);
  const result = validateFiles(files, { ...options, refused: [...(options.refused ?? []), ...refused] });
  if (problems.length === 0) return result;
  return { ok: false, problems: sortAndCapProblems([...problems, ...result.problems]), warnings: result.warnings };
}
