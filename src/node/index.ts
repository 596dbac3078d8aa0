/**
 * Node-only entry point: read and validate a data directory on disk.
 *
 * @module
 */
export { readDataDirectory, type DataDirectory } from './read-data-directory.js';
export { validateDirectory } from './validate-directory.js';
