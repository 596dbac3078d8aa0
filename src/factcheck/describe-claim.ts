/**
 * A claim as a short sentence in English or Norwegian bokmål: what the text says,
 * before it is judged ("mesotherapy is not FDA-approved").
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../evidence/claim.js';
import { knowledgeBase as bundled } from '../kb/bundled.js';
import type { Language } from '../schema/common.js';
import { expectShape } from '../guard.js';

/** What the sentence needs from a knowledge base: names. */
export interface ClaimLabels {
  /** The name of a record, in a language; the id when unknown. */
  label(id: string, lang?: Language): string;
}

/** The verb phrase of each predicate, per polarity; `{o}` is the object, when there is one. */
const PHRASES: Readonly<Record<Language, Readonly<Record<Predicate, Readonly<Record<Polarity, string>>>>>> = {
  en: {
    'effective-for': {
      affirm: 'is effective for {o}',
      negate: 'is not effective for {o}',
      uncertain: 'may be effective for {o}',
    },
    safe: { affirm: 'is safe', negate: 'is not safe', uncertain: 'may be safe' },
    'side-effect-free': {
      affirm: 'has no side effects',
      negate: 'has side effects',
      uncertain: 'may have no side effects',
    },
    'no-downtime': { affirm: 'needs no downtime', negate: 'needs downtime', uncertain: 'may need no downtime' },
    'fda-approved': { affirm: 'is FDA-approved', negate: 'is not FDA-approved', uncertain: 'may be FDA-approved' },
  },
  nb: {
    'effective-for': { affirm: 'virker mot {o}', negate: 'virker ikke mot {o}', uncertain: 'virker kanskje mot {o}' },
    safe: { affirm: 'er trygt', negate: 'er ikke trygt', uncertain: 'er kanskje trygt' },
    'side-effect-free': {
      affirm: 'har ingen bivirkninger',
      negate: 'har bivirkninger',
      uncertain: 'har kanskje ingen bivirkninger',
    },
    'no-downtime': {
      affirm: 'krever ingen nedetid',
      negate: 'krever nedetid',
      uncertain: 'krever kanskje ingen nedetid',
    },
    'fda-approved': { affirm: 'er FDA-godkjent', negate: 'er ikke FDA-godkjent', uncertain: 'er kanskje FDA-godkjent' },
  },
};

/** How an object other than effect's is attached ("FDA-approved for double chin"). */
const FOR: Readonly<Record<Language, string>> = { en: 'for', nb: 'for' };

/**
 * A claim as a sentence without a full stop: subject, verb phrase (negated or hedged
 * as the text put it), object. Names come from the knowledge base in the language.
 *
 * @param claim - The claim, as a finding carries it.
 * @param language - The sentence's language (default English).
 * @param labels - Where names come from (default: the bundled knowledge base).
 * @returns The sentence.
 * @example
 * ```ts
 * import { describeClaim } from 'meso-evidence/factcheck';
 * describeClaim({ subject: 'mesotherapy', predicate: 'fda-approved', polarity: 'negate' }); // 'mesotherapy is not FDA-approved'
 * describeClaim({ subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' }, 'nb'); // 'mesoterapi virker mot cellulitt'
 * ```
 */
export function describeClaim(claim: Claim, language: Language = 'en', labels: ClaimLabels = bundled): string {
  expectShape(
    'describeClaim',
    'claim',
    claim,
    { subject: 'string', predicate: 'string', polarity: 'string' },
    'a claim { subject, predicate, polarity }',
  );
  if (!(['en', 'nb'] as readonly unknown[]).includes(language))
    throw new TypeError(`describeClaim: language must be 'en' or 'nb'`);
  expectShape('describeClaim', 'labels', labels, { label: 'function' }, 'an object with label(id, lang)');
  const phrase = (PHRASES[language] as Partial<Record<string, Partial<Record<string, string>>>>)[claim.predicate]?.[
    claim.polarity
  ];
  if (phrase === undefined)
    throw new TypeError(
      `describeClaim: claim must be a claim with a known predicate and polarity (got ${claim.predicate}, ${claim.polarity})`,
    );
  if (claim.object !== undefined && typeof claim.object !== 'string')
    throw new TypeError('describeClaim: claim.object must be a string when given');
  const object = claim.object === undefined ? undefined : labels.label(claim.object, language);
  const verb = phrase.includes('{o}')
    ? phrase.replace('{o}', object ?? '').trimEnd()
    : object === undefined
      ? phrase
      : `${phrase} ${FOR[language]} ${object}`;
  return `${labels.label(claim.subject, language)} ${verb}`;
}
