/**
 * Reads one YAML data file into a plain value, with a way to find the place of any
 * path inside it. Every failure becomes a positioned problem; nothing throws.
 *
 * @module
 */
import {
  Composer,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import { foldedHyphens } from './folded-hyphens.js';
import type { DataPosition, Problem, ProblemRule } from './problem.js';
import { expectString } from '../guard.js';

/**
 * Largest data file read, in bytes. A record is a few kilobytes; anything this big is a mistake.
 *
 * @example
 * ```ts
 * import { MAX_FILE_BYTES } from 'meso-evidence/schema';
 * MAX_FILE_BYTES; // 1000000
 * ```
 */
export const MAX_FILE_BYTES = 1_000_000;

/** Most YAML aliases one file may expand; stops "billion laughs" alias bombs. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Deepest nesting of mappings and lists a file may have. A record nests four or five
 * levels; deeper input would make the YAML composer recurse until the stack runs out.
 */
export const MAX_NESTING = 64;

/**
 * Most keys, values and list items one file may hold. The largest record has about 650;
 * the YAML composer's duplicate-key check costs the square of a mapping's size, so a file
 * of 100,000 keys is refused here instead of taking minutes.
 *
 * @example
 * ```ts
 * import { MAX_NODES } from 'meso-evidence/schema';
 * MAX_NODES; // 5000
 * ```
 */
export const MAX_NODES = 5_000;

/**
 * Finds where a path inside a record is written. With `atKey`, the position of the
 * key itself (for an unknown key). Returns the nearest written ancestor when the
 * path itself is missing.
 *
 * @example
 * ```ts
 * import type { Locate } from 'meso-evidence/schema';
 * let value: Locate | undefined;
 * ```
 */
export type Locate = (path: readonly PropertyKey[], atKey?: boolean) => DataPosition | undefined;

/**
 * A data file after parsing: the value (undefined when it could not be read),
 * a locator for positions, and the problems found so far.
 *
 * @example
 * ```ts
 * import { parseYamlFile } from 'meso-evidence/schema';
 * const parsed = parseYamlFile('data/indications/pain.yaml', 'id: pain\n');
 * parsed.value; // { id: 'pain' }
 * ```
 */
export interface ParsedFile {
  /** The file name, as given. */
  readonly file: string;
  /** The parsed value; undefined when the file could not be read at all. */
  readonly value: unknown;
  /** Finds the position of a path inside the value. */
  readonly locate: Locate;
  /** Problems found while reading. */
  readonly problems: readonly Problem[];
}

const noPosition: Locate = () => undefined;

/**
 * Parses one YAML data file. Accepts bytes (checked to be UTF-8) or a string.
 * YAML 1.2 core schema: dates stay strings. Duplicate keys, tabs used as
 * indentation, several documents in one file, a byte-order mark, invalid UTF-8,
 * an empty file, a file over {@link MAX_FILE_BYTES} and alias bombs are problems.
 *
 * @param file - The name to report problems under.
 * @param content - The file's bytes or text.
 * @returns The parsed file; check `problems` before using `value`.
 * @throws TypeError when an argument is not of the documented type.
 * @example
 * ```ts
 * import { parseYamlFile } from 'meso-evidence/schema';
 * const parsed = parseYamlFile('x.yaml', 'a: 1\na: 2\n');
 * parsed.problems[0]?.rule; // 'duplicate-key'
 * ```
 */
export function parseYamlFile(file: string, content: Uint8Array | string): ParsedFile {
  expectString('parseYamlFile', 'file', file);
  if (typeof content !== 'string' && !(content instanceof Uint8Array))
    throw new TypeError(
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the check is the public boundary
      `parseYamlFile: content must be a string or a Uint8Array, not ${content === null ? 'null' : typeof content}`,
    );
  const fail = (rule: ProblemRule, message: string, position?: DataPosition): ParsedFile => ({
    file,
    value: undefined,
    locate: noPosition,
    problems: [{ file, path: [], message, rule, ...(position ? { position } : {}) }],
  });

  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_FILE_BYTES) {
    return fail(
      'file-too-large',
      `The file is ${size.toLocaleString('en')} bytes; a record file may be at most ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
    );
  }
  const text = typeof content === 'string' ? content : decodeUtf8(content);
  if (typeof text !== 'string') {
    return fail(
      'encoding',
      `The file is not valid UTF-8 (bad byte at offset ${text.badOffset}); save it as UTF-8`,
      text.position,
    );
  }
  if (text.startsWith('\uFEFF')) {
    return fail('encoding', 'The file starts with a byte-order mark; save it as UTF-8 without BOM', {
      line: 1,
      column: 1,
    });
  }
  if (text.split('\n').every((line) => /^\s*(?:#.*)?$/.test(line))) {
    return fail('empty-file', 'The file is empty; a data file holds one record', { line: 1, column: 1 });
  }

  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const toPosition = (start: number, end?: number): DataPosition => {
    const a = lineCounter.linePos(start);
    if (end === undefined) return { line: a.line, column: a.col };
    const b = lineCounter.linePos(end);
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };

  // The CST parser is iterative; the composer recurses and checks keys pairwise, so refuse
  // deep nesting and very many nodes before composing.
  const structure = measureStructure(tokens);
  if (structure.tooDeepAt !== undefined) {
    return fail(
      'yaml-syntax',
      `Mappings and lists are nested more than ${MAX_NESTING} levels deep; a record needs only a few levels`,
      toPosition(structure.tooDeepAt),
    );
  }
  if (structure.nodes > MAX_NODES) {
    return fail(
      'file-too-large',
      `The file holds more than ${MAX_NODES.toLocaleString('en')} keys, values and list items; a record needs a few hundred`,
    );
  }
  const doc = composeOne(tokens, text.length);
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    path: [],
    position: toPosition(error.pos[0], error.pos[1]),
    message: describeYamlError(error.code, error.message),
    rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
  }));
  if (problems.length > 0) return { file, value: undefined, locate: noPosition, problems };
  const broken = foldedHyphens(doc, text).map((hit): Problem => ({
    file,
    path: [],
    position: toPosition(hit.offset),
    message: `A line break after a hyphen folds into a space: the text reads "${hit.folded}"; keep "${hit.joined}" on one line`,
    rule: 'folded-hyphen',
  }));
  if (broken.length > 0) return { file, value: undefined, locate: noPosition, problems: broken };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return fail(
      'yaml-alias',
      `The file expands YAML aliases more than ${MAX_ALIAS_COUNT} times; write the values out instead`,
      firstAlias(doc, toPosition),
    );
  }
  return { file, value, locate: locator(doc, toPosition), problems: [] };
}

/** Composes the single document of a file; a second document is an error on the first. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const docs = [...composer.compose(tokens, true, length)];
  const doc = docs[0] as Document.Parsed;
  const second = docs[1];
  if (second)
    doc.errors.push(
      new YAMLParseError(
        second.range.slice(0, 2) as [number, number],
        'MULTIPLE_DOCS',
        'Source contains multiple documents',
      ),
    );
  return doc;
}

/**
 * How many nodes the file has (counting stops past {@link MAX_NODES}), and the offset of
 * the first collection nested deeper than {@link MAX_NESTING}, if any.
 */
function measureStructure(tokens: readonly CST.Token[]): { nodes: number; tooDeepAt: number | undefined } {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((token) => [token, 0]);
  let nodes = 0;
  while (stack.length > 0 && nodes <= MAX_NODES) {
    const [token, depth] = stack.pop() as [CST.Token | null | undefined, number];
    if (!token) continue;
    nodes += 1;
    if (depth > MAX_NESTING) return { nodes, tooDeepAt: token.offset };
    if (token.type === 'document') stack.push([token.value, depth]);
    if ('items' in token) for (const item of token.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
  }
  return { nodes, tooDeepAt: undefined };
}

function firstAlias(doc: Document, toPosition: (start: number) => DataPosition): DataPosition {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? { line: 1, column: 1 } : toPosition(offset);
}

function decodeUtf8(bytes: Uint8Array): string | { badOffset: number; position: DataPosition } {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Decode leniently and find the first U+FFFD that is not a real U+FFFD (EF BF BD) in the file.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const encoder = new TextEncoder();
    let offset = 0;
    let from = 0;
    let index = text.indexOf('\uFFFD');
    while (index !== -1) {
      offset += encoder.encode(text.slice(from, index)).byteLength;
      if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) break;
      offset += 3;
      from = index + 1;
      index = text.indexOf('\uFFFD', from);
    }
    const lines = text.slice(0, index === -1 ? text.length : index).split('\n');
    return { badOffset: offset, position: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 } };
  }
}

/** The most of a parser message shown: a linked secret file must not be echoed whole. */
const MAX_MESSAGE_CHARS = 120;

function excerpt(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS)}…` : message;
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A key appears twice in the same mapping; keep one';
    case 'TAB_AS_INDENT':
      return 'Tabs are not allowed as indentation in YAML; indent with spaces';
    case 'MULTIPLE_DOCS':
      return 'The file holds more than one YAML document ("---"); a data file holds one record';
    default:
      return `YAML syntax error: ${excerpt(message.replace(/\s+/g, ' ').replace(/\.$/, ''))}`;
  }
}

function locator(doc: Document, toPosition: (start: number, end?: number) => DataPosition): Locate {
  return (path, atKey = false) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = doc.contents ?? undefined;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index];
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        if (last && atKey && isScalar(pair.key)) {
          found = pair.key;
          break;
        }
        node = pair.value;
        found = (pair.value as Node | null) ?? (isScalar(pair.key) ? pair.key : found);
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!item) break;
        node = item;
        found = item as Node;
      } else {
        break;
      }
    }
    const range = found?.range;
    return range ? toPosition(range[0], range[1]) : undefined;
  };
}
