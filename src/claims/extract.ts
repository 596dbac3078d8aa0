/**
 * Finds claims in a document's blocks: who (subject), what (predicate, object),
 * and whether the text asserts, denies or hedges it. Reads only: judging is the
 * knowledge base's job.
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../evidence/claim.js';
import type { CueRole } from '../schema/cue.js';
import type { StudyDesign } from '../schema/evidence.js';
import type { Study } from '../schema/study.js';
import type { Block } from './block.js';
import type { Lexicon, LexiconMatch } from './lexicon.js';
import { splitSentences } from './segment.js';
import { resolveStudyMentions } from './study-mentions.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * A claim found in a block, with its span in the block's text and the studies the
 * text itself mentions alongside it.
 *
 * @example
 * ```ts
 * import type { ExtractedClaim } from 'meso-evidence/factcheck';
 * ```
 */
export interface ExtractedClaim {
  /** The claim. */
  readonly claim: Claim;
  /** Index of the block it is in. */
  readonly block: number;
  /** Start offset of the claim's text in the block text. */
  readonly start: number;
  /** End offset of the claim's text in the block text. */
  readonly end: number;
  /** Study ids the text mentions with the claim. */
  readonly refersTo: readonly string[];
}

/** What a block tells the blocks after it. */
interface BlockSummary {
  /** The last intervention it names (or refers to). */
  readonly subject: string | undefined;
  /** Whether it asserts an effect ("used against:", "Benefits"). */
  readonly efficacy: boolean;
}

interface Clause {
  readonly first: number;
  readonly last: number;
  /** True when a contrasting conjunction ("but", "men", "although") opens it: a new subject is likely. */
  readonly contrast: boolean;
}

/** The predicates a cue phrase asserts by itself. */
const PREDICATE_CUES: readonly (CueRole & Predicate)[] = ['safe', 'side-effect-free', 'no-downtime'];

/**
 * Finds the claims in a document's blocks.
 *
 * @param blocks - The document's blocks, in order.
 * @param lexicon - The compiled lexicon for the document's language.
 * @param studiesByYear - Studies indexed by year, for resolving study mentions.
 * @param studiesBySubject - Studies indexed by intervention, for mentions without a year.
 * @returns The claims, in document order.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon, extractClaims } from 'meso-evidence/factcheck';
 * const text = 'Mesotherapy reduces cellulite.';
 * const claims = extractClaims([{ kind: 'paragraph', depth: 0, text, pieces: [{ textStart: 0, sourceStart: 0, length: text.length }] }],
 *   buildLexicon(knowledgeBase.dataset, 'en'), new Map());
 * claims[0]?.claim.object; // 'cellulite'
 * ```
 */
export function extractClaims(
  blocks: readonly Block[],
  lexicon: Lexicon,
  studiesByYear: ReadonlyMap<number, readonly Study[]>,
  studiesBySubject: ReadonlyMap<string, readonly Study[]> = new Map(),
): ExtractedClaim[] {
  const found: ExtractedClaim[] = [];
  const summaries: BlockSummary[] = [];
  let documentTopic: string | undefined;
  let sectionTopic: string | undefined;
  /** The last indication named in the current section (until the next heading). */
  let sectionIndication: string | undefined;

  blocks.forEach((block, blockIndex) => {
    const leadIn = block.leadIn === undefined ? undefined : summaries[block.leadIn];
    let lastSubject: string | undefined;
    let lastIndication: string | undefined;
    let fdaInPreviousSentence = false;
    let efficacySeen = false;

    for (const sentence of splitSentences(block.text, lexicon.abbreviations)) {
      const text = block.text.slice(sentence.start, sentence.end);
      const tokens = tokenize(text, lexicon.endings, sentence.start);
      if (tokens.length === 0) continue;
      const all = lexicon.match(tokens);
      const entities = pickEntities(all);
      const cues = all.filter((m) => m.ref.type === 'cue');
      const roles = new Set(cues.map((m) => (m.ref as { role: CueRole }).role));
      const has = (role: CueRole): boolean => roles.has(role);
      const fdaHere = has('fda');
      const mentioned = entities.filter((m) => m.ref.type === 'intervention');
      documentTopic ??= mentioned[0]?.ref.type === 'intervention' ? mentioned[0].ref.id : undefined;
      if (has('efficacy')) efficacySeen = true;

      if (block.kind === 'heading') {
        sectionIndication = entities.find((m) => m.ref.type === 'indication')?.ref.type === 'indication' ? (entities.find((m) => m.ref.type === 'indication')?.ref as { id: string }).id : undefined;
        const topic = mentioned[0];
        if (topic?.ref.type === 'intervention') {
          sectionTopic = topic.ref.id;
          lastSubject = topic.ref.id;
        }
        continue;
      }

      const designs = new Map<number, Set<StudyDesign>>();
      for (const m of all) if (m.ref.type === 'design') designs.set(m.first, new Set([...(designs.get(m.first) ?? []), m.ref.design]));
      const mentionsStudy = has('study') || designs.size > 0;
      const clauses = splitClauses(tokens, cues, text, sentence.start, lexicon.language);
      const comparatorEnds = new Set(cues.filter((m) => m.ref.type === 'cue' && m.ref.role === 'comparator').map((m) => m.last));
      const comparators = comparedInterventions(entities, comparatorEnds, tokens, lexicon.language);
      let subjectInSentence: string | undefined;
      const perClause: { clause: Clause; claims: Claim[]; refersTo: string[]; subject: string | undefined }[] = [];

      for (const clause of clauses) {
        const inClause = (m: LexiconMatch): boolean => m.first >= clause.first && m.last <= clause.last;
        const subjects = unique(entities.filter((m) => inClause(m) && m.ref.type === 'intervention' && !comparators.has(m)).map((m) => (m.ref as { id: string }).id));
        const indications = unique(entities.filter((m) => inClause(m) && m.ref.type === 'indication').map((m) => (m.ref as { id: string }).id));
        const clauseCues = cues.filter(inClause);
        const cuesOf = (role: CueRole): LexiconMatch[] => clauseCues.filter((m) => m.ref.type === 'cue' && m.ref.role === role);
        const predicateSpans = clauseCues.filter((m) => m.ref.type === 'cue' && (PREDICATE_CUES as readonly string[]).includes(m.ref.role));
        const negations = cuesOf('negation').filter(
          (m) =>
            !predicateSpans.some((p) => p.first <= m.last && m.first <= p.last) &&
            // "ikke-kirurgisk" is a prefix, and "no. 2" an abbreviation, not negations.
            !(tokens[m.last + 1]?.joinedToPrevious ?? false) &&
            !(text[(tokens[m.last] as Token).end - sentence.start] === '.' && lexicon.abbreviations.has((tokens[m.last] as Token).folded)),
        );
        const hedges = cuesOf('hedge');
        /**
         * Polarity of a claim whose own cue starts at `anchor`: a negation counts only
         * before it ("no downtime and no anaesthetic" is not a denied no-downtime claim);
         * a hedge anywhere in the clause ("… is unproven") makes it uncertain.
         */
        const polarityAt = (anchor: number): Polarity =>
          negations.some((m) => m.first < anchor) ? 'negate' : hedges.length > 0 ? 'uncertain' : 'affirm';
        // Without a subject of its own, a clause may speak of the one in context: when it refers
        // back ("the treatment"), is a list item, asserts a predicate phrase ("no downtime"),
        // continues a sentence that named one, or reports a study ("a 2012 study found…").
        const mayUseContext =
          cuesOf('topic-reference').length > 0 ||
          block.kind === 'list-item' ||
          predicateSpans.length > 0 ||
          (subjectInSentence !== undefined && !clause.contrast && cuesOf('speaker').length === 0) ||
          (mentionsStudy && tokens.some((t) => /^(?:19|20)\d\d$/.test(t.text)));
        const contextSubject =
          subjectInSentence ?? (block.kind === 'list-item' ? leadIn?.subject : undefined) ?? lastSubject ?? sectionTopic ?? documentTopic;
        const claimSubjects = subjects.length > 0 ? subjects : mayUseContext && contextSubject ? [contextSubject] : [];

        /** Claims with the token their words stand at, so they come out in reading order. */
        const placed: { at: number; claim: Claim }[] = [];
        const approval = cuesOf('approval')[0];
        if (approval && (fdaHere || fdaInPreviousSentence)) {
          // "godkjennes ikke": a negation just after the approval word counts too.
          const polarity = polarityAt(approval.first + 3);
          // What is approved is named before the approval word, even after "unlike" ("Unlike finasteride, which is FDA-approved…").
          const before = entities.filter((m) => inClause(m) && m.ref.type === 'intervention' && m.last < approval.first);
          const named = before.filter((m) => !comparators.has(m));
          const fdaSubjects = named.length > 0 ? unique(named.map((m) => (m.ref as { id: string }).id)) : before.length > 0 ? [(before.at(-1)?.ref as { id: string }).id] : claimSubjects;
          for (const subject of fdaSubjects) {
            if (indications.length === 0) placed.push({ at: approval.first, claim: { subject, predicate: 'fda-approved', polarity } });
            for (const object of indications) placed.push({ at: approval.first, claim: { subject, predicate: 'fda-approved', object, polarity } });
          }
        }
        for (const span of predicateSpans) {
          const predicate = (span.ref as { role: Predicate }).role;
          for (const subject of claimSubjects) placed.push({ at: span.first, claim: { subject, predicate, polarity: polarityAt(span.first) } });
        }
        // An effect word, a purpose word right before the indication ("for hair loss", not
        // "approved for"), a list under an effect lead-in, or a hedge ("X for Y is unproven").
        const approvalEnds = cuesOf('approval').map((m) => m.last);
        const purposes = cuesOf('purpose').filter((p) => !approvalEnds.some((end) => end < p.first && p.first - end <= 3));
        const efficacyCues = cuesOf('efficacy');
        const indicationMatches = entities.filter((m) => inClause(m) && m.ref.type === 'indication');
        const purposeFor = (at: number): boolean => purposes.some((p) => p.last < at && at - p.last <= 3);
        const history = cuesOf('history').length > 0;
        const listEffect = block.kind === 'list-item' && (leadIn?.efficacy ?? false);
        if (!history && (efficacyCues.length > 0 || hedges.length > 0 || listEffect || indicationMatches.some((m) => purposeFor(m.first)))) {
          // With an explicit subject and an effect word but no indication, the paragraph's last
          // indication is meant ("For hair loss, the picture is mixed. Dutasteride outperformed placebo.").
          const leadInSentence = /:\s*$/.test(text);
          // A clause that continues a sentence naming the treatment ("…, and two trials showed most patients improved") counts as naming it.
          const carried = subjectInSentence !== undefined && !clause.contrast && cuesOf('speaker').length === 0;
          const inherited = efficacyCues.length > 0 && (subjects.length > 0 || carried) && !leadInSentence ? lastIndication : undefined;
          const objects = indications.length > 0 ? indications : inherited ? [inherited] : [];
          for (const object of objects) {
            const at = indicationMatches.find((m) => (m.ref as { id: string }).id === object)?.first;
            const mentioned = at !== undefined;
            if (mentioned && efficacyCues.length === 0 && hedges.length === 0 && !listEffect && !purposeFor(at)) continue;
            // The claim's own effect word: the nearest before the indication, else the first after.
            // A negation counts up to whichever comes last ("fjerner ikke fett", "cellulite … never evaluated for efficacy").
            const position = at ?? clause.first;
            const effect = efficacyCues.filter((m) => m.first <= position).at(-1) ?? efficacyCues[0];
            const anchor = Math.max(effect?.first ?? position, mentioned ? position : clause.first);
            const polarity = polarityAt(anchor);
            // The subjects named before the claim's words, when there are any: "mesotherapy for
            // thinning hair, injecting vitamins, minoxidil…" is a claim about mesotherapy only.
            // …and a relative clause right after a comparator speaks of the comparator
            // ("less invasive than liposuction, which removes fat permanently").
            const limit = Math.min(anchor, position);
            const nearest = entities.filter((m) => inClause(m) && m.ref.type === 'intervention' && m.last < limit).at(-1);
            const before = entities.filter((m) => inClause(m) && m.ref.type === 'intervention' && !comparators.has(m) && m.last < limit);
            const relative = cuesOf('relative').find((m) => nearest !== undefined && m.first > nearest.last && m.first - nearest.last <= 3);
            const effectSubjects =
              nearest && comparators.has(nearest) && relative && effect && effect.first > relative.last && effect.first - relative.last <= 4
                ? [(nearest.ref as { id: string }).id]
                : before.length > 0
                  ? unique(before.map((m) => (m.ref as { id: string }).id))
                  : claimSubjects;
            for (const subject of effectSubjects) placed.push({ at: position, claim: { subject, predicate: 'effective-for', object, polarity } });
          }
        }
        const refersTo = resolveStudyMentions(
          {
            tokens: tokens.slice(clause.first, clause.last + 1),
            text: block.text,
            mentionsStudy,
            designs: shiftKeys(designs, -clause.first),
            numbers: lexicon.numbers,
            isConjunction: (t) => isConjunction(t, lexicon.language),
            subjects: claimSubjects,
          },
          studiesByYear,
          studiesBySubject,
        );
        const claims = [...placed].sort((a, b) => a.at - b.at).map((p) => p.claim);
        perClause.push({ clause, claims: sentence.question ? [] : claims, refersTo, subject: claimSubjects[0] });
        subjectInSentence = subjects.at(-1) ?? subjectInSentence;
        lastSubject = subjects.at(-1) ?? (cuesOf('topic-reference').length > 0 ? contextSubject : undefined) ?? lastSubject;
        lastIndication = indications.at(-1) ?? lastIndication;
        sectionIndication = indications.at(-1) ?? sectionIndication;
      }

      // Study mentions belong to every claim of their part of the sentence (parts are split by
      // "but", "men"…, not by ", and"); a part with no claims gives its mentions to the nearest part that has.
      const parts: (typeof perClause)[] = [];
      for (const entry of perClause) {
        if (entry.clause.contrast || parts.length === 0) parts.push([]);
        (parts.at(-1) as typeof perClause).push(entry);
      }
      const partMentions = parts.map((part) => unique(part.flatMap((entry) => entry.refersTo)));
      const partHasClaims = parts.map((part) => part.some((entry) => entry.claims.length > 0));
      parts.forEach((part, index) => {
        if (partHasClaims[index] || (partMentions[index] as string[]).length === 0) return;
        let target = -1;
        for (let j = index - 1; j >= 0 && target === -1; j--) if (partHasClaims[j]) target = j;
        for (let j = index + 1; j < parts.length && target === -1; j++) if (partHasClaims[j]) target = j;
        if (target !== -1) partMentions[target] = unique([...(partMentions[target] as string[]), ...(partMentions[index] as string[])]);
      });
      parts.forEach((part, index) => {
        for (const entry of part) entry.refersTo = partMentions[index] as string[];
      });
      const withClaims = perClause.filter((entry) => entry.claims.length > 0);
      const seen = new Set<string>();
      for (const { clause, claims, refersTo } of withClaims) {
        const start = clause === clauses[0] ? sentence.start : (tokens[clause.first] as Token).start;
        const end = clause === clauses[clauses.length - 1] ? sentence.end : (tokens[clause.last] as Token).end;
        for (const claim of claims) {
          // One finding per claim in a sentence: a hedge and a denial of the same claim are one.
          const key = `${claim.subject}|${claim.predicate}|${claim.object ?? ''}|${claim.polarity === 'affirm'}`;
          if (seen.has(key)) continue;
          seen.add(key);
          found.push({ claim, block: blockIndex, start, end, refersTo });
        }
      }
      fdaInPreviousSentence = fdaHere;
    }
    summaries.push({ subject: lastSubject ?? (block.kind === 'heading' ? undefined : undefined), efficacy: efficacySeen });
  });
  return found;
}

/** Keeps the longest entity matches, left to right, so "fat under the chin" is not also "fat". */
function pickEntities(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const entities = matches
    .filter((m) => m.ref.type === 'intervention' || m.ref.type === 'indication')
    .sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: LexiconMatch[] = [];
  for (const m of entities) if (!taken.some((t) => t.first <= m.last && m.first <= t.last)) taken.push(m);
  return taken.sort((a, b) => a.first - b.first);
}

function splitClauses(tokens: readonly Token[], cues: readonly LexiconMatch[], text: string, base: number, language: string): Clause[] {
  const starts = new Set<number>([0]);
  const contrasts = new Set<number>();
  for (const m of cues) {
    if (m.ref.type === 'cue' && m.ref.role === 'clause-break' && m.first > 0) {
      starts.add(m.first);
      contrasts.add(m.first);
    }
  }
  for (let index = 1; index < tokens.length; index++) {
    const gap = text.slice((tokens[index - 1] as Token).end - base, (tokens[index] as Token).start - base);
    // ";" always starts a clause; so does ", and" / ", og" (a new main clause, not a list).
    if (gap.includes(';') || (gap.includes(',') && isConjunction(tokens[index] as Token, language))) starts.add(index);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  return sorted.map((first, i) => ({ first, last: (sorted[i + 1] ?? tokens.length) - 1, contrast: contrasts.has(first) }));
}

/**
 * Interventions named as what something is compared with: right after a comparator
 * ("than minoxidil", "enn Regaine") or joined to one by "and"/"or"/a comma
 * ("enn Regaine og finasterid").
 */
function comparedInterventions(entities: readonly LexiconMatch[], comparatorEnds: ReadonlySet<number>, tokens: readonly Token[], language: string): Set<LexiconMatch> {
  const compared = new Set<LexiconMatch>();
  const joiners = language === 'nb' ? ['og', 'eller', 'samt'] : ['and', 'or'];
  let previous: LexiconMatch | undefined;
  for (const m of entities) {
    if (m.ref.type !== 'intervention') continue;
    // Allow one word (an article, "topical") between the comparator and the name.
    if (comparatorEnds.has(m.first - 1) || comparatorEnds.has(m.first - 2)) compared.add(m);
    else if (previous && compared.has(previous) && previous.last >= m.first - 2) {
      const between = tokens.slice(previous.last + 1, m.first);
      if (between.every((t) => joiners.includes(t.folded))) compared.add(m);
    }
    previous = m;
  }
  return compared;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function shiftKeys<V>(map: ReadonlyMap<number, V>, by: number): Map<number, V> {
  return new Map([...map].map(([key, value]) => [key + by, value]));
}

function isConjunction(token: Token, language: string): boolean {
  return language === 'nb' ? token.folded === 'og' || token.folded === 'men' : token.folded === 'and' || token.folded === 'but';
}
