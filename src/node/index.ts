/**
 * Node-only entry point: read and validate a data directory on disk, or build a
 * knowledge base from one.
 *
 * @module meso-evidence/node
 */
export { readDataDirectory, type DataDirectory } from './read-data-directory.js';
export { validateDirectory } from './validate-directory.js';
export { loadKnowledgeBase } from './load-knowledge-base.js';
