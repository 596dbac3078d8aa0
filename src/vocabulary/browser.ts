/**
 * The fact-check engine's cue vocabulary for browser bundles (the `browser` condition of
 * `#vocabulary` in package.json `imports`): loaded with a dynamic import expression this module
 * awaits, as the records are (`src/records/browser.ts`), so a bundler that splits code writes the
 * vocabulary to a file of its own, fetched beside the code instead of inlined into it, while the
 * API stays synchronous. The vocabulary grows with every phrase the engine learns (data/cues); the
 * code a page loads first does not grow with it (docs/performance.md, figure 7).
 *
 * What it imports is `./node.js`, which holds nothing Node-only, built as the package's
 * dist/vocabulary/inline.js (what bundlers get under the `module` condition; Node reads the
 * vocabulary from a JSON file instead, see scripts/build.ts).
 *
 * @module
 * @internal
 */
import type { Cue } from '../schema/cue.js';

const vocabulary = await import('./node.js');

/** The bundled cue vocabulary, parsed on first call and frozen (see `src/generated/cues.ts`). */
export const loadCues: () => readonly Cue[] = vocabulary.loadCues;
