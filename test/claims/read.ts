/**
 * Reads a Markdown text with the engine's claim reader and reports the claims (as compact
 * strings, "subject predicate object polarity", then the population when the text limits the
 * claim to one: "female" or "male") and which rules and suppressors acted.
 */
import { knowledgeBase } from '../../src/index.js';
import { extractClaims } from '../../src/claims/extract.js';
import { buildLexicon, type Lexicon } from '../../src/claims/lexicon.js';
import type { TraceEvent } from '../../src/claims/rules/types.js';
import { readable } from '../../src/factcheck/fact-check.js';
import { chunkedMarkdownBlocks } from '../../src/factcheck/markdown-chunks.js';

const lexicons = new Map<string, Lexicon>();

export interface Reading {
  readonly claims: string[];
  readonly acted: Set<string>;
}

export function read(text: string, language: 'en' | 'nb'): Reading {
  let lexicon = lexicons.get(language);
  if (!lexicon) lexicons.set(language, (lexicon = buildLexicon(readable(knowledgeBase.dataset), language)));
  const events: TraceEvent[] = [];
  const found = extractClaims(chunkedMarkdownBlocks(text), lexicon, new Map(), new Map(), (event) =>
    events.push(event),
  );
  return {
    claims: found.map(({ claim }) =>
      [claim.subject, claim.predicate, claim.object, claim.polarity, claim.population?.sex]
        .filter((x) => x !== undefined)
        .join(' '),
    ),
    acted: new Set(events.map((e) => `${e.rule}:${e.action}`)),
  };
}
