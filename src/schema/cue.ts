/**
 * Cues: the vocabulary the fact-check engine reads text with (effect verbs, negation,
 * hedges, approval words, anaphora, number words…). Vocabulary lives in data so a
 * contributor can teach the engine a phrase by editing YAML.
 *
 * @module
 */
import * as z from 'zod';
import { IdSchema, PhraseSchema, PopulationSchema } from './common.js';
import { StudyDesignSchema } from './evidence.js';

const LANGUAGE_KEY = /^[a-z]{2,3}$/;

function languageKeys(value: Record<string, unknown>, context: z.core.$RefinementCtx): void {
  for (const key of Object.keys(value)) {
    if (!LANGUAGE_KEY.test(key))
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `"${key}" is not a language code such as "en", "nb" or "da"`,
      });
  }
}

/**
 * Cue phrases per language, keyed by language code: the bundled cues have English and
 * Norwegian bokmål; a data directory may add phrases of any language that has a profile
 * in `data/languages/` (a language is added as data, in cue files of its own).
 *
 * @example
 * ```ts
 * import { CuePhrasesSchema } from 'meso-evidence/schema';
 * CuePhrasesSchema.parse({ en: ['not'], nb: ['ikke'], da: ['ikke'] }).da; // ['ikke']
 * ```
 */
export const CuePhrasesSchema = z
  .strictObject({
    /** English phrases. */
    en: z.array(PhraseSchema).min(1).optional(),
    /** Norwegian bokmål phrases. */
    nb: z.array(PhraseSchema).min(1).optional(),
  })
  .catchall(z.array(PhraseSchema))
  .superRefine(languageKeys)
  .refine((value) => Object.keys(value).length > 0, { error: 'must have phrases in at least one language' });

/**
 * What a list of cue phrases means to the fact-check engine.
 *
 * - `efficacy`: asserts an effect on an indication ("reduces", "fjerner", "mot").
 * - `negation`: negates the claim in its clause ("not", "ikke").
 * - `hedge`: makes the claim uncertain ("little evidence", "uprøvd").
 * - `safe`, `side-effect-free`, `no-downtime`: the predicate of that name; negation inside the phrase ("no side effects") belongs to the phrase.
 * - `approval`: "approved", "godkjent".
 * - `fda`: names of the US Food and Drug Administration.
 * - `comparator`: introduces what something is compared with ("than", "over", "enn"); an intervention after it is not a subject.
 * - `topic-reference`: refers back to the document's topic ("the treatment", "behandlingen").
 * - `downtime-topic`, `side-effect-topic`: name recovery time or side effects as a topic; a question about them answered "None." asserts there is none.
 * - `linking`: a linking verb ("looks", "feels", "blir"); "the skin feels tighter" names what "tighter skin" names.
 * - `currency`: a currency word after a price ("1 700 kr"); a heading ending in a price after a dash is a price-list item whose name says what it is for.
 * - `question-word`: opens a question asking what, not whether ("What does it treat?", "Hva kan det brukes mot?").
 * - `answer-none`: "None.", "Ingen." answering a question about downtime or side effects: there is none.
 * - `substance-reference`: refers back to the drug named last ("the substance", "the active ingredient", "stoffet"), not to the procedure.
 * - `clause-break`: separates clauses with claims of their own ("but", "men").
 * - `study`: a mention of research ("study", "studie").
 * - `abbreviation`: abbreviations after which a full stop does not end a sentence.
 * - `purpose`: a preposition that makes an indication right after it the goal of a treatment ("mesotherapy for hair loss"); not after an approval word ("approved for").
 * - `relative`: a relative pronoun ("which", "som"); an effect word right after one that follows a comparator speaks of the comparator ("than liposuction, which removes fat").
 * - `speaker`: a personal pronoun ("I", "we", "jeg", "vi"); a clause with one has its own subject, so it does not take the treatment named earlier in the sentence.
 * - `conjunction`: "and", "og"; after a comma it starts a clause, between names it joins them.
 * - `pronoun`: "it", "det"; refers to the treatment named last, even in an earlier paragraph ("…sold as Kybella. It is FDA-approved only for the double chin").
 * - `off-label`: "off-label"; a clause with one speaks of regulatory standing, not of effect.
 * - `negative-determiner`: "no", "ingen"; denies the word after it, so it denies an effect only right before an effect word ("no reduction").
 * - `auxiliary`: "is", "er"; a "but" clause opening with one keeps the sentence's subject.
 * - `restriction`: "only", "bare"; "but only" does not start a new clause.
 * - `wish`: "want to", "ønsker å"; an effect after one is what a reader wants, not a claim.
 * - `intent`: "meant to", "supposed to", "er ment å"; an effect after one is what a treatment is for, not what it is said to achieve.
 * - `claim-opening`: opens a sentence with a clause that reports a claim as its subject ("That …", "The claim that …", "At …", "Påstanden om at …").
 * - `refuting`: calls what came before wrong ("is wrong", "is a myth", "er direkte feil", "stemmer ikke"); after a `claim-opening`, the claims reported are denied.
 * - `not-negation`: phrases that look negative but deny nothing ("ikke kirurgisk", "non-surgical", "not only"); negations inside them are ignored.
 * - `composition`: "with", "med"; a treatment named right after one, following another treatment, is an ingredient of it ("injeksjoner med deoksykolsyre"), not a subject.
 * - `history`: marks a clause as history ("invented in 1952, originally to relieve pain"): no effect claims are read from it.
 * - `concessive`: opens a sentence with a clause that concedes ("While the FDA approved these compounds, …", "Mens …, er de ikke …"): the clause ends at the first comma.
 * - `side-effect`: names harms ("side effects include", "may cause", "bivirkninger"): indications listed after one are harms, not what the treatment treats.
 * - `cause`: names a cause ("leads to", "cause of", "skyldes"): an indication after one is what is caused, not what a treatment treats.
 * - `ingredient`: names a treatment's ingredients ("its ingredients", "these compounds", "ingrediensene"): an approval or safety word about them is not about the treatment.
 * - `refuted`: reports a claim in order to refute it ("false statements that", "falske påstander om"): the claims after it are not asserted.
 * - `safety-topic`: names safety as a topic ("its safety", "the long-term safety", "sikkerheten"): with a hedge or negation, the clause doubts that the treatment is safe.
 * - `claimed`: reports what others claim ("websites claiming that", "klinikker skrev at"): an affirmed claim after one is attributed, not asserted.
 * - `finding`: reports what research found ("a review found that", "fant at"): a claim after one put with a modal is hedged.
 * - `modal`: puts a claim as a possibility ("may", "kan"): after a finding, the claim is hedged.
 * - `unapproved`: an approval word negated by its prefix ("non-approved", "ikke-godkjent"): the treatment is not FDA-approved.
 * - `effect-topic`: names a treatment's effect as a topic ("its effectiveness", "effekten"): with a hedge or negation, the clause doubts that it works.
 * - `physiology`: describes a substance as one of the body's own ("a bile acid", "en gallesyre"): an effect word in a relative clause after one is the substance's natural role, not a claim.
 * - `not-reference`: right before a pronoun or a word for the treatment, makes it no back reference: a preposition or "have" makes "it" an object ("against it", "mot det"), a number or indefinite word introduces something new ("to behandlinger").
 * - `without`: "without", "uten"; an indication right after one is spared, not treated ("uten arr").
 * - `plural-pronoun`: "they", "de" as a clause's subject ("that they", "at de"): refers back to treatments named in the plural.
 * - `joint-reference`: "both", "neither of them", "begge", "ingen av dem" as a clause's subject: refers back to each of the treatments named together before.
 * - `article`: a definite article ("the", "de", "den", "det"); an indication after one is still a clause's subject ("The fine lines soften").
 * - `plural-treatment`: a treatment named in the plural ("skin boosters", "mesotherapy sessions", "behandlingene").
 * - `classification`: classifies a product in law ("is classed as a prescription medicine", "regnes som et legemiddel").
 * - `infinitive`: the infinitive marker of purpose ("to", "å"); with a classification, an effect word right after one names the use classified.
 * - `place`: a word of place ("along the", "langs"); an indication right after one that follows another indication is where that one is ("sagging skin along the jawline").
 * - `clinic-voice`: the clinic speaking of its own service ("we", "vi"); with an effect word beside it ("We remove fat", "fjerner vi"), the treatment in context is the subject.
 * - `mixture`: names a mixture ("a blend of", "en blanding av"): a treatment named right after one is an ingredient of what is injected, not a subject.
 * - `study-doubt`: doubts the studies a sentence reports ("but most had no comparison group", "men resultatene er ikke gjentatt"): after a contrast, the reported effect is uncertain.
 * - `offer`: says a treatment is offered ("is offered as a cosmetic treatment", "tilbys"); an effect read only from a purpose word in its clause ("Mesotherapy for hair thinning is offered") names what is on offer, not that it works.
 * - `undergo`: says someone had, took or tried a treatment ("I had", "tok", "prøvde"); an effect read only from a purpose word in its clause ("Tok mesoterapi for hårtap i fjor") tells what it was taken for, not that it works.
 * - `variation`: the disclaimer that results vary ("Results vary from person to person", «Resultatene varierer»); in a sentence that names no indication, the word for a result inside it is no effect word.
 * - `indication-reference`: refers back to the indications named before ("these conditions", "disse plagene"); a doubt about the effect on them doubts it for each.
 * - `definite-indication`: a broad indication said in the definite ("the hair loss", "hårtapet"); after a narrower one in the paragraph it means that one.
 * - `single`: a count of one ("one", "a single", "én", "ett"); after an approval word, the treatment named after the comma that follows it is the one approved ("approved one injectable drug to reduce fat, Kybella"), and the words between describe its class.
 * - `answer-yes`, `answer-no`: an answer that opens a paragraph after a question ("Yes.", "Not yet.", "Ja.", "Nei, men …"): with nothing else in its clause, it asserts or denies what the question asked.
 * - `asking`: reports a question without asking it ("people ask which", "spørsmål om hvilke", "lurer på om"): what follows is what is asked, not a claim.
 * - `technique`: a word for how a treatment is given or taught ("injection technique", "dosering", "anatomi"): an indication after it and a purpose word is what the technique is for, not a claim.
 * - `condition`: opens a clause of condition or time ("if", "until", "hvis", "dersom", "inntil"): an effect or approval word in that clause, up to its comma, is supposed, not asserted ("If a treatment claimed to cure it, …", "until it has healed").
 * - `general-subject`: a generic treatment word with "no", "every" or "all" as a clause's subject ("No injection treatment", "Ingen behandling", "Alle injeksjoner"): the clause speaks of treatments in general, not of the one in context.
 * - `after-treatment`: a time after the treatment in context ("After the procedure", "after a few sessions", "Etter behandlingen"): opening a clause with an effect word, the result of that treatment.
 * - `approval-reference`: an approval already named, referred back to ("that approval", "denne godkjenningen"): what the clause says of it is no new approval claim.
 * - `perception`: what clients notice or see ("notice that", "you will see that", "opplever at"): an indication with an effect word after one says what the treatment in context does.
 * - `use`: a verb of use ("uses a", "bruker en"): a product named right after one, after the text has named another treatment, is what that treatment is given with, not the paragraph's new subject.
 * - `treatment-noun`: a noun for a treatment after the indication it is for ("a cellulite treatment"): after a linking verb, an effect claim about that indication.
 * - `use-reference`: refers back to a use already named ("FDA-approved for it", "godkjent til dette"): the approval is for the indication named last.
 * - `harm`: leads in to harms ("Serious problems have been reported:", "Alvorlige problemer er rapportert:"): the list after its colon names harms, not what the treatment treats.
 * - `other-regulator`: a mark of a regulator other than the FDA ("CE-marked", "CE-merket"): an approval word in a clause with one and no FDA named is no FDA approval.
 * - `other-product`: a product other than the one in context ("a different product", "et annet produkt"): a claim about the treatment in context in its clause speaks of that product.
 * - `meaning`: says what a word means ("the same as", "does not mean", "betyr ikke"): a claim phrase right after one is a word defined, not a claim.
 * - `speech`: a verb of speaking ("said", "sa"): right after "it", "den", the pronoun is a speaker, not a back reference to the treatment.
 * - `idiom`: an idiom with an effect word that says something else: how often ("less often", "mindre vanlig"), advice ("would do better to"): the effect word inside one is no effect claim.
 * - `cure`: a word for a cure ("a cure", "kurerer"): denied, it is no denied effect ("neither is a cure").
 * - `existential`: "there is", «det finnes»: a treatment noun after one is introduced, not said of the treatment in context.
 * - `echo`: a short question that asks whether what the sentence before reported holds ("Do they?", "Is that true?", "Stemmer det?").
 * - `reason`: a conjunction that gives a reason ("because", "fordi"): a negation before it does not reach a predicate phrase after it.
 * - `forbidding`: tells someone not to make a claim ("not to state", "must not claim", "ikke påstå"): what follows in the clause is an instruction about words, not a claim.
 * - `partitive`: takes part of what was named before ("several of the claims", "flere av påstandene"): a refutation of part of what the sentence before reported denies none of it.
 * - `evidence-degree`: grades how well something is studied ("better documented", "bedre dokumentert"): an effect word inside one is no effect claim.
 * - `own-object`: a thing an effect word may act on that is no indication ("the verdict", "vurderingen"): right after one, the effect is on it, not on the paragraph's last indication.
 * - `correlative`: opens a pair of conjunctions ("neither … nor", "verken … eller"): the conjunction that completes it does not end a negation's reach.
 * - `use-topic`: names a treatment's uses as a topic ("uses of", "bruk av"): the use after it is spoken of, not claimed.
 * - `stated-harm`: says a treatment has side effects ("side effects can occur", "kan gi bivirkninger"): denies that it is free of them.
 * - `passing`: says a thing passes by itself ("goes away", "går over"): joined to "harmless", it speaks of a symptom, not of the treatment.
 * - `topic-phrase`: fronts a sentence's topic ("When it comes to", "Når det gjelder"): a treatment and its use in the phrase, up to its comma, are the topic, not a claim.
 *
 * @example
 * ```ts
 * import { CueRoleSchema } from 'meso-evidence/schema';
 * CueRoleSchema.parse('negation');
 * ```
 */
export const CueRoleSchema = z.enum([
  'efficacy',
  'negation',
  'hedge',
  'safe',
  'side-effect-free',
  'no-downtime',
  'approval',
  'fda',
  'comparator',
  'topic-reference',
  'clause-break',
  'study',
  'abbreviation',
  'purpose',
  'history',
  'relative',
  'speaker',
  'conjunction',
  'pronoun',
  'off-label',
  'negative-determiner',
  'auxiliary',
  'restriction',
  'wish',
  'intent',
  'claim-opening',
  'refuting',
  'not-negation',
  'composition',
  'concessive',
  'side-effect',
  'cause',
  'ingredient',
  'refuted',
  'safety-topic',
  'claimed',
  'finding',
  'modal',
  'unapproved',
  'effect-topic',
  'physiology',
  'not-reference',
  'without',
  'plural-pronoun',
  'plural-treatment',
  'place',
  'classification',
  'infinitive',
  'clinic-voice',
  'perception',
  'asking',
  'technique',
  'mixture',
  'study-doubt',
  'single',
  'answer-yes',
  'answer-no',
  'sole',
  'demonstration',
  'ability',
  'evidence-topic',
  'substance-reference',
  'downtime-topic',
  'side-effect-topic',
  'linking',
  'currency',
  'question-word',
  'answer-none',
  'condition',
  'general-subject',
  'one-member',
  'elliptical-denial',
  'either-way',
  'status-label',
  'after-treatment',
  'approval-reference',
  'use',
  'offer',
  'indication-reference',
  'other-regulator',
  'harm',
  'use-reference',
  'definite-indication',
  'treatment-noun',
  'joint-reference',
  'article',
  'other-product',
  'meaning',
  'forbidding',
  'speech',
  'idiom',
  'cure',
  'existential',
  'echo',
  'reason',
  'topic-phrase',
  'partitive',
  'evidence-degree',
  'passing',
  'own-object',
  'correlative',
  'use-topic',
  'stated-harm',
  'lasting',
  'undergo',
  'variation',
  'effect-noun',
  'mention',
  'evidence-positive',
  'ceased',
  'indefinite-article',
  'excess',
  'cause-noun',
  'publication',
  'preposition',
  'body-area',
  'quiz-prompt',
  'confirming',
  'prescribe',
  'exception',
  'usage-note',
  'coordinated-that',
  'place-reference',
  'area-reference',
  'appraisal',
  'range',
  'example',
  'lifestyle',
  'asking-verb',
  'asked-about',
  'considering',
  'modal-adverb',
  'approval-tail',
]);

/**
 * What a list of cue phrases means to the fact-check engine.
 *
 * @example
 * ```ts
 * import type { CueRole } from 'meso-evidence';
 * let value: CueRole | undefined;
 * ```
 */
export type CueRole = z.infer<typeof CueRoleSchema>;

/**
 * A list of phrases with one meaning.
 *
 * @example
 * ```ts
 * import { PhraseCueSchema } from 'meso-evidence/schema';
 * PhraseCueSchema.parse({ id: 'negation', role: 'negation', description: 'Negates a claim.',
 *   phrases: { en: ['not', 'no'], nb: ['ikke', 'ingen'] } });
 * ```
 */
export const PhraseCueSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** What the phrases mean. */
  role: CueRoleSchema,
  /** What the list is for, for contributors. */
  description: z.string().min(1),
  /** The phrases per language. */
  phrases: CuePhrasesSchema,
});

/**
 * A list of phrases with one meaning.
 *
 * @example
 * ```ts
 * import type { PhraseCue } from 'meso-evidence';
 * let value: PhraseCue | undefined;
 * ```
 */
export type PhraseCue = z.infer<typeof PhraseCueSchema>;

/**
 * Words that name a study design ("meta-analysis", "randomisert studie"), used to
 * resolve a text's study mentions to study records.
 *
 * @example
 * ```ts
 * import { StudyDesignCueSchema } from 'meso-evidence/schema';
 * StudyDesignCueSchema.parse({ id: 'design-meta-analysis', role: 'study-design', design: 'meta-analysis',
 *   description: 'Meta-analyses.', phrases: { en: ['meta-analysis'], nb: ['metaanalyse'] } });
 * ```
 */
export const StudyDesignCueSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** Always `study-design`. */
  role: z.literal('study-design'),
  /** The design the phrases name. */
  design: StudyDesignSchema,
  /** What the list is for, for contributors. */
  description: z.string().min(1),
  /** The phrases per language. */
  phrases: CuePhrasesSchema,
});

/**
 * Words that name a study design.
 *
 * @example
 * ```ts
 * import type { StudyDesignCue } from 'meso-evidence';
 * let value: StudyDesignCue | undefined;
 * ```
 */
export type StudyDesignCue = z.infer<typeof StudyDesignCueSchema>;

/**
 * Words that limit a claim to a population ("for women", "in men", "hos kvinner", "for menn"): the
 * claim reader gives the claim that population, and the verdict compares it with the population an
 * approval or an indication is limited to. Without `population`, the phrases name men and women
 * together ("men and women", "menn og kvinner"): a claim for everyone, as with no qualifier.
 *
 * @example
 * ```ts
 * import { PopulationCueSchema } from 'meso-evidence/schema';
 * PopulationCueSchema.parse({ id: 'population-female', role: 'population', population: { sex: 'female' },
 *   description: 'Women.', phrases: { en: ['for women'], nb: ['for kvinner'] } }).population; // { sex: 'female' }
 * ```
 */
export const PopulationCueSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** Always `population`. */
  role: z.literal('population'),
  /** The population the phrases limit a claim to; left out: men and women together (everyone). */
  population: PopulationSchema.optional(),
  /** What the list is for, for contributors. */
  description: z.string().min(1),
  /** The phrases per language. */
  phrases: CuePhrasesSchema,
});

/**
 * Words that limit a claim to a population.
 *
 * @example
 * ```ts
 * import type { PopulationCue } from 'meso-evidence';
 * let value: PopulationCue | undefined;
 * ```
 */
export type PopulationCue = z.infer<typeof PopulationCueSchema>;

const NumberWordsSchema = z.record(z.string().regex(/^[\p{L}-]+$/u), z.int().min(0));

/**
 * Number words and their values ("six" = 6, "seks" = 6), for reading sample sizes.
 *
 * @example
 * ```ts
 * import { NumberWordsCueSchema } from 'meso-evidence/schema';
 * NumberWordsCueSchema.parse({ id: 'number-words', role: 'number-word', description: 'Numbers.',
 *   numbers: { en: { six: 6 }, nb: { seks: 6 } } });
 * ```
 */
export const NumberWordsCueSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** Always `number-word`. */
  role: z.literal('number-word'),
  /** What the list is for, for contributors. */
  description: z.string().min(1),
  /** Number words per language. */
  numbers: z
    .strictObject({
      /** English number words. */
      en: NumberWordsSchema.optional(),
      /** Norwegian bokmål number words. */
      nb: NumberWordsSchema.optional(),
    })
    .catchall(NumberWordsSchema)
    .superRefine(languageKeys),
});

/**
 * Number words and their values.
 *
 * @example
 * ```ts
 * import type { NumberWordsCue } from 'meso-evidence';
 * let value: NumberWordsCue | undefined;
 * ```
 */
export type NumberWordsCue = z.infer<typeof NumberWordsCueSchema>;

/**
 * Words inside a treatment's name that say what it is for, where the name holds no name of
 * the indication itself: "hair mesotherapy" (hair loss), «fettløsende sprøyter» (fat). An
 * effect or a doubt said of a treatment so named, with no indication in the clause or the
 * paragraph, is about that indication ("Hair mesotherapy does not work", «Fettløsende
 * sprøyter er dårlig dokumentert»). The phrases count only inside a treatment's name.
 *
 * @example
 * ```ts
 * import { NamedUseCueSchema } from 'meso-evidence/schema';
 * NamedUseCueSchema.parse({ id: 'named-use-fat', role: 'named-use', indication: 'localized-fat',
 *   description: 'Fat.', phrases: { en: ['fat-dissolving'], nb: ['fettløsende'] } }).indication; // 'localized-fat'
 * ```
 */
export const NamedUseCueSchema = z.strictObject({
  /** The id; also the file name. */
  id: IdSchema,
  /** Always `named-use`. */
  role: z.literal('named-use'),
  /** The indication a treatment's name with one of the phrases in it is for. */
  indication: IdSchema,
  /** What the list is for, for contributors. */
  description: z.string().min(1),
  /** The phrases per language. */
  phrases: CuePhrasesSchema,
});

/**
 * Words inside a treatment's name that say what it is for.
 *
 * @example
 * ```ts
 * import type { NamedUseCue } from 'meso-evidence';
 * let value: NamedUseCue | undefined;
 * ```
 */
export type NamedUseCue = z.infer<typeof NamedUseCueSchema>;

/**
 * A cue record: `data/cues/<id>.yaml`.
 *
 * @example
 * ```ts
 * import { CueSchema } from 'meso-evidence/schema';
 * CueSchema.parse({ id: 'hedges', role: 'hedge', description: 'Hedges.',
 *   phrases: { en: ['little evidence'], nb: ['lite bevis'] } }).role; // 'hedge'
 * ```
 */
export const CueSchema = z.discriminatedUnion('role', [
  PhraseCueSchema,
  StudyDesignCueSchema,
  PopulationCueSchema,
  NumberWordsCueSchema,
  NamedUseCueSchema,
]);

/**
 * A cue record: vocabulary the fact-check engine reads text with.
 *
 * @example
 * ```ts
 * import type { Cue } from 'meso-evidence';
 * let value: Cue | undefined;
 * ```
 */
export type Cue = z.infer<typeof CueSchema>;
