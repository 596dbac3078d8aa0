/**
 * One shape's measurement ({@link measure}) in a process of its own, for
 * markdown-fuzz.test.ts: prints the {@link Scaling} as JSON.
 *
 * Why a process of its own: V8 decides per allocation site (an object or array literal in
 * the code) whether to allocate its objects straight in the old generation, from how many
 * of them survived a minor collection, and keeps the decision for the life of the process.
 * A shape whose document keeps a site's objects alive to the end (a 16 KB list or table is
 * one parse, all of its events alive until the parse ends) turns that site old for every
 * shape measured after it in the same process, whose objects then fill the old generation
 * and slow each minor collection. Measured in one process after the shapes before it, the
 * 16 KB "link definitions" check took 200–270 ms in about three runs of four and ~55 ms
 * otherwise — the same ~55 ms as in a fresh process, or with pretenuring switched off —
 * at every commit tried back to before the streaming reader. That is the history of the
 * process, not the scaling of the shape, which this test is about.
 *
 *     node --import tsx test/robustness/measure-shape.ts INDEX SIZE FACTOR FLOOR RANDOM SEED
 *
 * @module
 */
import { factCheck } from '../../src/factcheck/fact-check.js';
import { measure, shapes } from './markdown-fuzz.js';

const [index, size, factor, floor, random, seed] = process.argv.slice(2).map(Number);
const entry = shapes(random as number, seed as number)[index as number];
if (entry === undefined) throw new Error(`no shape at index ${String(index)}`);
// Load the knowledge base and compile the engine before the measurement's own warm-up,
// as the shapes measured before it in one process would.
factCheck('Mesotherapy melts fat.\n\n# A\n\n- b\n\n| a | b |\n|---|---|\n| c | d |\n\n> e\n');
const [name, unit] = entry;
process.stdout.write(
  JSON.stringify(measure(name, unit, size as number, { factor: factor as number, floor: floor as number })),
);
