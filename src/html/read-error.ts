/**
 * The error of a page that cannot be read, in a module of its own: the command checks
 * for it without loading the HTML reader for a Markdown file.
 *
 * @module
 */

/**
 * A page that cannot be read as HTML (elements nested thousands deep: not a page written for people).
 *
 * @example
 * ```ts
 * import { HtmlReadError } from './read-error.js';
 * new HtmlReadError('its elements are nested too deeply to read').name; // 'HtmlReadError'
 * ```
 */
export class HtmlReadError extends Error {
  /** @param message - Why the page cannot be read. */
  constructor(message: string) {
    super(message);
    this.name = 'HtmlReadError';
  }
}
