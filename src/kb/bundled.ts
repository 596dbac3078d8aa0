/**
 * The bundled knowledge base, built from the dataset compiled at build time.
 *
 * @module
 */
import { loadRecords } from '../generated/dataset.js';
import { KnowledgeBase, lazyKnowledgeBase } from './knowledge-base.js';

/**
 * The bundled knowledge base: the project's own data, validated at build time,
 * frozen. Importing it parses no YAML and runs no schema validation; the records are
 * read and indexes built on first use, and frozen before any of them is handed out.
 *
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * knowledgeBase.search('Hårtap', { lang: 'nb' })[0]?.id; // 'alopecia'
 * ```
 */
export const knowledgeBase: KnowledgeBase = /* @__PURE__ */ lazyKnowledgeBase(loadRecords);
