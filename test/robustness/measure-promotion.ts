/**
 * The bytes a fact-check of one fuzz shape moves to V8's old generation, in a process of its
 * own, for promotion.test.ts: run with `--trace-gc-nvp`, it prints a line `measure` before the
 * fact-check and `done` after it, and the collector's lines between them give what was
 * promoted (objects that outlived two minor collections, or were made in the old generation).
 *
 *     node --trace-gc-nvp --import tsx test/robustness/measure-promotion.ts NAME SIZE
 *
 * @module
 */
import { factCheck } from '../../src/factcheck/fact-check.js';
import { repeatTo } from './markdown-grammar.js';
import { shapes } from './markdown-fuzz.js';

const [name, size] = process.argv.slice(2);
// The named shapes and the fuzzer's eight random units (`npm run fuzz`'s default).
const entry = shapes(8, 1).find(([shape]) => shape === name);
if (entry === undefined) throw new Error(`no shape named ${String(name)}`);
const doc = repeatTo(entry[1], Number(size));
// Load the knowledge base, compile the engine and warm it up on the shape before measuring.
factCheck(repeatTo(entry[1], 65_536));
console.log('measure');
const report = factCheck(doc);
console.log(`done ${report.findings.length}`);
