/**
 * The words shown to people, per language, from `data/messages/<code>.yaml`: verdict
 * labels, certainty words, notices and the CLI's labels. The engine's messages, the
 * exports and the CLI all read them here, so a label is translated once.
 *
 * @module
 */
import { messages as bundled } from '../generated/languages.js';
import type { LanguageCode, Messages } from '../schema/language.js';

/**
 * The bundled messages of a language; English's when it has none.
 *
 * @param language - A language code.
 * @returns Its messages.
 * @internal
 */
export function bundledMessages(language: LanguageCode): Messages {
  return (bundled.find((m) => m.id === language) ?? bundled.find((m) => m.id === 'en') ?? bundled[0]) as Messages;
}

/**
 * Fills `{name}` placeholders in a message.
 *
 * @param template - The message.
 * @param values - Values by name.
 * @returns The message filled in; unknown placeholders stay as written.
 * @internal
 */
export function fillMessage(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z-]+)\}/g, (whole, key: string) => values[key] ?? whole);
}
