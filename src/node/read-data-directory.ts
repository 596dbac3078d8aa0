/**
 * Reads a data directory from disk (Node only): `<dir>/<kind>/<id>.yaml`.
 *
 * @module
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../load/parse-yaml.js';
import type { Problem } from '../load/problem.js';
import type { DataFile } from '../load/validate.js';
import { RECORD_KINDS } from '../schema/kinds.js';
import { expectString } from '../guard.js';

/**
 * The files found in a data directory and the problems met reading it.
 *
 * @example
 * ```ts
 * import { readDataDirectory } from 'meso-evidence/node';
 * const { files, problems } = readDataDirectory('data');
 * ```
 */
export interface DataDirectory {
  /** The YAML files, with paths under the directory as it was given (`/` between parts). */
  readonly files: readonly DataFile[];
  /** Problems reading the directory (unreadable files, stray files, links that loop or leave it). */
  readonly problems: readonly Problem[];
  /**
   * The YAML files that were found but refused (unreadable, too large, a link out of the
   * directory): their problems are in `problems`, and references to their ids are not
   * reported again.
   */
  readonly refused: readonly string[];
}

/**
 * Reads every `<kind>/<id>.yaml` under a directory. Files at the top level (a README)
 * are left alone; unknown folders and non-YAML files inside kind folders are problems,
 * and so is anything that cannot be read. Never throws for what is on disk.
 *
 * @param dir - The data directory.
 * @returns The files and the problems.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { readDataDirectory } from 'meso-evidence/node';
 * readDataDirectory('no-such-dir').problems[0]?.rule; // 'unreadable'
 * ```
 */
export function readDataDirectory(dir: string): DataDirectory {
  expectString('readDataDirectory', 'dir', dir);
  const files: DataFile[] = [];
  const problems: Problem[] = [];
  const refused: string[] = [];
  // Paths as the user gave the directory: `/abs/data/x.yaml` stays absolute, `data` stays relative.
  const name = (path: string): string => path.split(sep).join('/');
  const unreadable = (path: string, error: unknown, what: string): void => {
    problems.push({ file: name(path), path: [], message: `${what}: ${describeFsError(error)}`, rule: 'unreadable' });
  };
  const refuse = (path: string, message: string, rule: Problem['rule']): void => {
    problems.push({ file: name(path), path: [], message, rule });
    refused.push(name(path));
  };

  let top: string[];
  let root: string;
  try {
    root = realpathSync(dir);
    top = readdirSync(dir).sort();
  } catch (error) {
    unreadable(dir, error, 'Cannot read the data directory');
    return { files, problems, refused };
  }
  /** Where an entry really is, when that is inside the data directory; a link out of it is refused. */
  const inside = (path: string): string | undefined => {
    const real = realpathSync(path);
    if (real === root || real.startsWith(root.endsWith(sep) ? root : root + sep)) return real;
    refuse(
      path,
      'This is a symbolic link to a place outside the data directory; it is not followed',
      'unexpected-file',
    );
    return undefined;
  };
  for (const entry of top) {
    const path = join(dir, entry);
    let isDirectory: boolean;
    try {
      if (inside(path) === undefined) continue;
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      unreadable(path, error, 'Cannot read this entry');
      continue;
    }
    if (!isDirectory || entry.startsWith('.')) continue;
    if (!(RECORD_KINDS as readonly string[]).includes(entry)) {
      problems.push({
        file: name(path),
        path: [],
        message: `Unknown folder \`${entry}\`; data folders are ${RECORD_KINDS.join(', ')}`,
        rule: 'unexpected-file',
      });
      continue;
    }
    let children: string[];
    try {
      children = readdirSync(path).sort();
    } catch (error) {
      unreadable(path, error, 'Cannot read this folder');
      continue;
    }
    for (const child of children) {
      const file = join(path, child);
      if (child.startsWith('.')) continue;
      if (!/\.ya?ml$/.test(child)) {
        problems.push({
          file: name(file),
          path: [],
          message: 'Only <id>.yaml files belong in a data folder',
          rule: 'unexpected-file',
        });
        continue;
      }
      try {
        if (lstatSync(file).isSymbolicLink() && inside(file) === undefined) continue;
        const stat = statSync(file);
        if (!stat.isFile()) {
          refuse(file, 'This is not a regular file', 'unexpected-file');
          continue;
        }
        if (stat.size > MAX_FILE_BYTES) {
          refuse(
            file,
            `The file is ${stat.size.toLocaleString('en')} bytes; a record file may be at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
            'file-too-large',
          );
          continue;
        }
        const content = readAtMost(file, MAX_FILE_BYTES);
        if (content === undefined) {
          refuse(
            file,
            `The file is larger than ${MAX_FILE_BYTES.toLocaleString('en')} bytes, the most a record file may be`,
            'file-too-large',
          );
          continue;
        }
        files.push({ path: name(file), content });
      } catch (error) {
        unreadable(file, error, 'Cannot read this file');
        refused.push(name(file));
      }
    }
  }
  return { files, problems, refused };
}

/**
 * Reads a file, but never more than `limit` bytes: `stat` is not trusted (files under
 * `/proc` say they are empty), so reading stops one byte past the limit.
 *
 * @returns The bytes, or `undefined` when the file is larger than the limit.
 */
function readAtMost(path: string, limit: number): Buffer | undefined {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length <= limit) {
      const read = readSync(fd, buffer, length, limit + 1 - length, null);
      if (read === 0) break;
      length += read;
    }
    return length > limit ? undefined : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic links loop';
    case 'ENOTDIR':
      return 'it is not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
