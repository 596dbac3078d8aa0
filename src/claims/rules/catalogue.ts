/**
 * The rule catalogue: what each entry of the engine's registry does, in a sentence or two,
 * for `RULE_CATALOGUE` and docs/engine.md (`npm run build:engine-doc`). The sentences live here,
 * apart from the rules, so that the code a page runs to check a text does not carry them: about
 * 9 KB gzipped of prose that only a catalogue shows (bench figure 7b). test/claims/catalogue.test.ts
 * checks that every registry entry has its sentence and that no sentence names a rule that is gone.
 *
 * @module
 */
import type { Predicate } from '../../evidence/claim.js';
import { REGISTRY } from './index.js';

/** What each rule does, by rule name (the registry's `name`). */
export const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  'absence-of-evidence':
    'Safety named as a topic ("its safety", "the long-term safety", "sikkerheten") in a clause that negates ' +
    'or hedges it ("have not been proven", "is unknown", "er ikke dokumentert") denies or hedges a `safe` ' +
    'claim about the treatment in context; safety named without doubt, or as what something is tested for ' +
    '("evaluated for safety"), is no claim.',
  'acted-on':
    'An indication of two or more words right after a one-word indication that is an effect verb, with ' +
    'nothing between ("hydrates dull skin", "fukter matt hud"), is the skin the effect acts on: the claim is ' +
    "the verb's (hydration), not also one about the adjective's indication (rejuvenation). A comma between " +
    'makes a list ("remove deep wrinkles, acne scars or pigmentation"): each is claimed.',
  'brand-name':
    'An indication word written with a capital letter right after a treatment\'s name ("Their signature Meso ' +
    'Glow facial hydrates dull skin", «Meso Glød-behandlingen vår fukter huden»), in a sentence not written in ' +
    "title case, is part of a product's name: no claim of that use is read from it.",
  'passing-symptom':
    'A safety claim about a treatment the clause does not name, joined by a conjunction to a word that says ' +
    'the thing passes by itself ("Some notice more shedding at first; it is harmless and passes", «det er ' +
    'ufarlig og går over»), is about a symptom: it is not read. A named treatment stays the subject.',
  'lasting-result':
    'A clause that says how long a result lasts, or that what was removed does not come back ("The fat cells ' +
    'destroyed by the solution do not come back", «Resultatet er derfor varig»), speaks of an effect already ' +
    'claimed: about the treatment in context it makes no new effect claim. A clause that names its treatment still claims.',
  'field-value':
    'In a line of fields set apart by middle dots ("**Sak:** 2026/0412 · **Tjeneste:** kosmetisk behandling ' +
    '(mesoterapi mot magefett) · **Vedtak:** …"), a treatment named with the use it is for and no word of effect is ' +
    "a field's value, not a claim that it works.",
  'mentioned-phrase':
    'A claim phrase right after a verb of mentioning ("She mentioned no side effects before we asked", «Hun nevnte ' +
    'ingen bivirkninger») is what someone mentioned or left out, reported: the sentence does not claim it.',
  'own-object':
    'An effect word with an object of its own that is no indication, right after it ("Patients can get ' +
    'scars. That will not change the verdict", «Det endrer ikke vurderingen»), acts on that object: no effect ' +
    "claim about the paragraph's last indication is read from it. An indication the clause names is still claimed.",
  'relative-antecedent':
    'A relative clause set off by a comma right after a treatment ("Nobody has shown it beats minoxidil, which ' +
    'does regrow hair", «… enn minoksidil, som er godkjent av FDA») speaks of that treatment: it is its ' +
    "subject, and the main clause's negation does not reach it (`relative-split` starts the clause).",
  'documented-harm':
    'A phrase that says something is well shown ("well documented", «godt dokumentert») after a word for harms ' +
    'in its clause ("side effects such as swelling, lumps and infection are well documented") says the harms ' +
    'are shown, not that a treatment works.',
  'narrower-approval':
    'An approval a sentence grants with no use, or for a broad use, is the one it goes on to grant for a ' +
    'narrower use ("The only injectable licensed for fat reduction is deoxycholic acid, which the FDA approved ' +
    'for fat under the chin", «godkjent av FDA mot lokalt fett, nærmere bestemt mot dobbelthake»): the broader ' +
    "approval is dropped. Reads the claims of all the sentence's clauses together.",
  'only-approved-use':
    'An approval restricted by a word such as "only" or «bare» to a use that is part of a broader one ' +
    '("Deoxycholic acid is approved in the US only for the double chin", «godkjent av FDA, men bare for fett ' +
    'under haka») also denies the approval for the broader use (fat elsewhere). Not when "only" restricts the ' +
    'treatment ("Only deoxycholic acid is approved …"), when the approval comes after the use, or when the ' +
    'sentence already says something of the broader approval.',
  'negated-example':
    'A treatment named as an example after a comma (", such as", «, som», «, for eksempel») in a clause negated ' +
    'before the example ("The voucher cannot be used for prescription treatments, such as deoxycholic acid ' +
    'injections for the double chin") is an instance of what the clause excludes: the treatment and its use ' +
    "are mentioned, not denied. A negation after the example word is the example's own.",
  'handle-word':
    'A word joined to the next or the one before by an underscore, or written right after "@", is part of a ' +
    'user name ("--Contour_Queen 15:40, 3 May", "@slim_sisters"), not an effect word.',
  'considered-treatment':
    'A treatment named right after a word for weighing it up ("She is considering mesotherapy for hair loss", ' +
    '«Hun vurderer mesoterapi i hodebunnen mot hårtap») is what someone considers: an `effective-for` claim ' +
    'read from the use named with it by a purpose word is no claim. An effect word in the clause is read.',
  'stacked-modal':
    'An affirmed claim in a clause with a modal verb and an adverb of possibility, wherever the word order ' +
    'puts them ("may possibly help", «kan mesoterapi i hodebunnen kanskje hjelpe»), is uncertain. One modal ' +
    'alone ("can remove fat", «kan fjerne fett») is read as it stands.',
  'treatment-range':
    'A range of treatments, "from … to …", «fra … til …» ("the most popular treatments, from skin boosters to ' +
    'fat-dissolving injections and mesotherapy for hair loss") lists topics: an `effective-for` claim read only ' +
    'from a purpose word in it is no claim. Not with an effect word in the clause.',
  'treated-harm':
    'An effect word whose object is a harm ("the infections she treats", "doctors treat the complications", ' +
    '«infeksjonene hun behandler») or a cause («en årsak som kan behandles») says someone treats the harm or ' +
    'the cause, not that a treatment works for an indication.',
  'appositive-class':
    'A treatment named in a phrase set off by commas right after another treatment ("deoxycholic acid, the one ' +
    'fat-dissolving injection the FDA has approved, is approved only for under the chin", «Belkyra, en ' +
    'fettløsende sprøyte, er godkjent for dobbelthake») says what kind of treatment that one is; the claim is ' +
    "the first one's, not its own.",
  excess:
    'Too much of something for the claim to hold ("these injections cause too much swelling and too many hard ' +
    'lumps to be safe", «sprøytene gir altfor mange klumper til å være trygge»): a word of excess, then an ' +
    "infinitive marker right before the claim's words, denies the claim.",
  'general-denial':
    'A claim denied of treatments in general ("No injection is free of side effects, not even mesotherapy", ' +
    '«Ingen injeksjonsbehandling er fri for bivirkninger, heller ikke mesoterapi") is denied of a treatment ' +
    "named after the claim's words as one of them.",
  'compared-treatments':
    'Two treatments set against each other before a use, with no effect word ("Scalp mesotherapy versus ' +
    'minoxidil for male pattern hair loss", «Mesoterapi i hodebunnen mot minoksidil ved arvelig hårtap»): a ' +
    "trial's or a review's title names a comparison to be made, not a use either treatment is said to work for.",
  'denied-downtime':
    'A negation right before a word for recovery time ("it does not cause downtime", «Mesoterapi gir ikke ' +
    'nedetid») says there is none: an affirmed no-downtime claim, uncertain when the clause hedges.',
  'doubted-use':
    'A treatment named with its use and then doubted or denied in the same clause («fettløsende injeksjoner mot ' +
    'mage og lår ikke har dokumentert effekt», "fat-dissolving injections for the belly have no documented ' +
    'effect") is not also said to work for it: the affirmed effect is dropped.',
  'approved-use-tail':
    'A clause with no verb of its own that adds the scope of an approval named in the clause before it ' +
    '("The only one the FDA has approved is deoxycholic acid, and that is for fat under the chin", «…, og det ' +
    'bare for dobbelthake», "approved by the FDA, but for the double chin only") says what the approval is ' +
    'for: the bare approval becomes one for each use the tail names, and the tail is no effect claim. Its ' +
    'openings are data (cue role `approval-tail`); a tail with a verb of its own after the opening ("but for ' +
    'cellulite it does not work") says something else.',
  'harm-rebuttal':
    'A sentence right after one that reports a promise of no side effects, naming harms of the treatment ' +
    'promised ("Eleven clinics promised that fat-dissolving injections have no side effects. The injections ' +
    'can cause swelling and painful lumps", «Sprøytene kan gi hevelse og kuler»), denies the promise: a ' +
    'negated `side-effect-free` claim. Harms named with no promise before them, or harms others mention, ' +
    'make no claim.',
  'publication-subject':
    'An effect word said in the passive of a text that opens the clause (\'Posts asking "which salon does the ' +
    'cheapest fat jabs" will be removed\', «Annonsene ble fjernet») is what is done to the posts or adverts, ' +
    'not what a treatment does.',
  'judged-label':
    'A treatment and its use set before a colon as a label, then judged after it in the same sentence ' +
    '("Mesotherapy for cellulite: the research is thin", «Mesoterapi mot appelsinhud: forskningen er tynn») ' +
    'name the topic of the judgement: the label, with no effect word of its own, does not also say the ' +
    'treatment works. A label followed by praise is read as before.',
  'attributive-effect':
    'An effect word between an article and a treatment\'s name ("suggests the hydrating skin booster instead", ' +
    '«anbefaler den fuktgivende skinboosteren») describes which treatment is meant: no effect claim.',
  'compound-modifier':
    'An effect word joined by a hyphen to the use before it ("fat-dissolving vials bought online", «fett-løsende ' +
    'ampuller») makes an adjective for the noun after it, not an effect claim.',
  'ceased-offer':
    'An effect word that only says a clinic stopped offering or selling a treatment ("we decided to stop offering ' +
    'fat-dissolving injections for the body", «Selskapet sluttet å tilby fettløsende sprøyter på mage og lår») ' +
    'is no effect claim.',
  'stated-harm':
    'A phrase saying that a treatment has side effects ("I understand that side effects can occur even when ' +
    'the treatment is done correctly", «Behandlingen kan gi bivirkninger») denies that it is free of them: ' +
    '`side-effect-free`, negated. A negated statement ("does not have side effects") is read by `side-effect-free`.',
  'sole-exception':
    'A treatment named after "the only" ("The only injection the FDA has approved for fat is deoxycholic acid", ' +
    '«Det eneste som har skikkelig dokumentasjon er Belkyra») is the exception, not what the text goes on to ' +
    'speak of: the sentences after it, and "it", «det» within its sentence, are about the treatment in context ' +
    'again. A treatment named before "the only" ("Kybella is the only …") is the subject as usual.',
  'after-treatment':
    'A clause that names no treatment and opens with a time after it ("After the procedure the skin is ' +
    'becoming more hydrated", "After a few sessions …", "Etter behandlingen blir huden glattere") is about the ' +
    'result of the treatment in context, when it has an effect word or a claim phrase ("no downtime"). ' +
    'Without one it is aftercare or a side effect ("After the treatment the skin may be red"): no subject.',
  'answer-scope':
    'A yes that answers an FDA approval question and goes on to name the use after a purpose word ("**Is ' +
    'Kybella FDA-approved?** Yes, for moderate to severe fat under the chin in adults", "Ja, men bare mot fett ' +
    'under haken") is an `fda-approved` claim about that use, beside the bare approval `elliptical-answer` reads.',
  'answered-effect':
    'The first sentence of the paragraph after a question about an effect, which states an effect and names ' +
    'no use of its own ("### Can skin boosters help with fine lines?" / "They soften them over two or three ' +
    'sessions", «De fleste ser glattere hud etter fire behandlinger»), says that effect of what the question ' +
    'asked about. Not a bare result noun ("Most people need six sessions to see results").',
  'appraisal-task':
    'An `effective-for` claim after words that set the evidence as a task to weigh ("Weigh the evidence for fat, ' +
    'cellulite, skin and hair claims", "Vurder dokumentasjonen for mesoterapi mot hårtap") names what is to be ' +
    'judged, not a claim: no finding.',
  'approval-area':
    'An FDA approval whose scope is a part of the body where fat is treated, with no indication named ("approved by ' +
    'the FDA for tummies and thighs", «godkjent av FDA for magen og lårene»), is an approval for fat on the body ' +
    '(`localized-fat`), and so is "those areas", «disse områdene» after a body area in the sentence ("Injection ' +
    'into the abdomen or thighs is common, although the FDA has not approved it for those areas"). Elsewhere a ' +
    'body area names no indication ("safe for the belly").',
  'approval-column':
    'A table header that names the FDA ("| Method | Evidence | FDA status |", "| Behandling | Godkjent av FDA |") ' +
    'is noted for each row of its table: an approval word in the row ("Approved for fat under the chin only", ' +
    '"Not approved") is read as if the FDA were named in the row, about the treatment the row names. A header ' +
    'that names no FDA ("| Method | Status |") notes nothing.',
  'approval-reference':
    'An `fda-approved` claim read at an approval word that refers back to an approval already named ' +
    '("Kybella is FDA-approved for fat under the chin, but that approval does not make the treatment ' +
    'medically necessary", "denne godkjenningen") is no new claim: no finding. The approval first named ' +
    'is read as before.',
  'approval-scope':
    'In a clause about approval, words of purpose ("approved for", "an off-label use for") and effect words ' +
    'after an FDA approval word ("godkjent av FDA til behandling av …") or a negated one ("an unapproved ' +
    'treatment for cellulite") give the approval’s scope: an ' +
    '`fda-approved` claim, not an `effective-for` one. So does an effect word right after "approved for", ' +
    'whoever approved ("the only injection the agency has approved for dissolving fat", "godkjent for å løse ' +
    'opp fett").',
  'approved-ingredient':
    'An approval or safety word right before an ingredient word ("made with FDA-approved ingredients", ' +
    '"safe, natural substances", "FDA-godkjente ingredienser") describes the ingredients: no claim about the ' +
    'treatment.',
  'approved-use-reference':
    'An FDA approval word followed right away by a reference to a use ("and it is FDA-approved for it", ' +
    '"godkjent av FDA til dette") in a clause that names no use of its own is an `fda-approved` claim about ' +
    'the indication the sentence or paragraph named last ("Minoxidil regrows some hair in people with ' +
    'hereditary thinning, and it is FDA-approved for it"), not a bare approval.',
  'asked-statement':
    'A question asks about the claims its clauses make when read as a statement, its "it" being the ' +
    'treatment the text is about there ("### Is it safe?", "Er mesoterapi godkjent av FDA?"), for a yes or ' +
    'no answering it (`elliptical-answer`). Only affirmed claims: an answer to "Isn\'t it …?", "Er det ' +
    'ikke …?" is ambiguous.',
  attributed:
    'An affirmed claim after words that report what others claim ("websites claiming that", "clinics ' +
    'promise that", "klinikker skrev at", "viser til at") or what a speaker the text warns about would say ' +
    '("If someone tells you it is safe", "An advert that says …", "Mange tror at", "løfter om") is ' +
    'attributed to them, not asserted by the text: no ' +
    'finding. A denial is kept, and so is plain reported speech ("Doctors say that it is safe"); a claim the ' +
    'sentence goes on to doubt ("…, but that is not documented") is read as doubted.',
  'back-reference':
    'A clause that names no treatment but refers back to one is about it: "the treatment", "behandlingen" ' +
    'mean the treatment the text is about here (not an ingredient just named), or the one the sentence has ' +
    'named as its subject when that is not a drug ("Mesoterapi gir tykkere hår, og behandlingen har ingen ' +
    'nedetid"); a plural one ("these injections", «disse sprøytene») the one named in the plural before it; ' +
    '"it", "det" the one named last, even in an earlier paragraph. Not after a preposition or "have" ("rather than against it", "få det ' +
    'behandlet": an object), nor after a number, in words or digits, or an indefinite word ("to behandlinger", ' +
    '"etter 2–3 behandlinger": new ones), nor ' +
    'before a verb of speaking ("It said every client was told …", "Den sa at …": a speaker).',
  cause:
    'An indication after a word of cause ("leads to", "cause of", "skyldes", "fører til") with no effect ' +
    'word between is what is caused, not an `effective-for` claim.',
  classification:
    'In a sentence that classifies a product in law ("is classed as a prescription medicine", "regnes som et ' +
    'legemiddel"), an effect word in an infinitive of purpose ("injected to remove fat", "som sprøytes inn for ' +
    'å fjerne fett") names the use classified, not a claim: no `effective-for` finding. Without the ' +
    'classification ("Deoksykolsyre sprøytes inn for å fjerne fett") the purpose is still claimed.',
  'clinic-voice':
    'A clause that names no treatment and opens with the clinic’s "we", "vi" with an effect word right ' +
    'after it ("We treat double chins, love handles and bra fat", "Vi fjerner fett fra magen"), or an effect ' +
    'word right before "vi" in bokmål word order ("I dag fjerner vi fett"), is the clinic speaking of the ' +
    'treatment in context. Not when another verb comes first ("We recommend exercise to reduce belly fat").',
  'coordinated-that':
    'A second "that"-clause joined by "and", "or", "but" ("og at", "eller at", "men at") that names a treatment ' +
    'of its own starts a clause ("Our nurse is honest that the evidence for it is weak and that minoxidil is the ' +
    'better-proven option"): the doubt of the first clause does not hedge the second\'s claim. One that names no ' +
    'treatment ("… that fine lines soften and that loose skin looks firmer") stays in the clause before it.',
  'comma-splice':
    'A comma followed by a pronoun that refers back ("it", "they", "den", "de") and a verb starts a clause of ' +
    'its own ("Skin boosters do not add volume, they improve hydration", "It makes skin look firmer, it does ' +
    'not lift jowls"): a negation before the comma does not deny the claims after it, nor one after it those ' +
    'before.',
  condition:
    'A claim whose own words — the effect word of an `effective-for` claim, the approval or claim phrase of ' +
    'the others — stand in a clause of condition or time ("If a treatment claimed to cure it for good, …", ' +
    '"If the salon says the injections are FDA-approved, …", "until it has healed", "hvis …", "inntil …"), ' +
    'up to its comma, is supposed, not asserted: no finding. An indication in the condition with an effect ' +
    'word after the comma ("If you have thinning hair, mesotherapy helps", "If a patient wants fat gone, ' +
    'liposuction removes fat") is still claimed.',
  'continued-sentence':
    'A clause after one that named a treatment continues the sentence, and keeps its subject for ' +
    '`sentence-subject` and `effective-for` (", and reduces cellulite"), unless it contrasts and brings a ' +
    'subject of its own (see `elided-subject`) or has a speaker of its own ("and I have seen scarring after it", ' +
    '"og jeg har sett arr"). A speaker after the clause\'s first effect word is not its subject ("Profhilo is a ' +
    'different product: plain hyaluronic acid that improves hydration in the studies we have").',
  'contrast-hedge':
    'An affirmed claim is uncertain when the clause right after it contrasts, hedges and names no indication ' +
    'of its own: "Mesotherapy reduces cellulite, but there is little evidence that it works", "… men det ' +
    'finnes lite forskning". A contrast that names its own indication ("but there is little research on ' +
    'hair loss") hedges only that, and so does one that names another treatment ("…, while scalp mesotherapy ' +
    'might help a little").',
  'contrast-split':
    'A contrasting conjunction ("but", "men", "whereas") starts a clause with claims of its own, unless it ' +
    'only narrows what came before ("but only", "men bare"); a sentence that opens by conceding ("While the ' +
    'FDA approved these compounds, they are not approved for mesotherapy", "Mens …, er de ikke …") has its ' +
    'main clause after the first comma. A comma and a conjunction start a clause too ("…, and the drug is ' +
    'now approved"), unless what follows only narrows ("…, and only for the double chin", "…, og bare for ' +
    'fett under haken"). The clause after the split has its own subject and polarity.',
  'declined-service':
    'A clinic that says in its own voice that it does not treat something ("Vi behandler ikke flekkvis hårtap", ' +
    '"We do not treat alopecia areata": the subject given by `clinic-voice`) declines a service; it does not ' +
    'say that the treatment in context fails for it: no finding. So does one that does not treat with a ' +
    'treatment it names ("We do not train or treat with fat-dissolving injections on the belly", «Vi behandler ' +
    'ikke med fettløsende sprøyter»). A treatment named as the subject ("PRP behandler ikke flekkvis hårtap") ' +
    'is still denied.',
  'doubted-finding':
    'An affirmed claim in a clause that names studies ("studies report", "studier viser") is uncertain when ' +
    'a contrast later in the sentence doubts them ("but most had no comparison group", "men resultatene er ' +
    'ikke blitt gjentatt"): what the text reports and then doubts is not its claim, nor is the doubt itself ' +
    '("men resultatene er ikke blitt gjentatt" speaks of results, not of an effect). A claim with no studies ' +
    'named, or a doubt with no contrast before it, is read as it stands.',
  'downtime-question':
    'A question about recovery time ("Is there any downtime?", "Hvor lang er nedetiden?") asks whether ' +
    'there is any: read as a statement, the no-downtime claim denied, so that "None.", "Ingen." affirms it ' +
    '(`elliptical-answer`). Not when the question asks a claim outright ("Is it safe and free of ' +
    'downtime?"): that one is answered yes or no.',
  'effect-doubt':
    'A treatment’s effect named as a topic ("its effectiveness", "the benefit", "effekten") in a clause that ' +
    'negates or hedges it ("has not been proven", "is unclear", "er ikke dokumentert") denies or hedges an ' +
    '`effective-for` claim about the treatment in context, for the indication the clause names or the one ' +
    'named last in the paragraph (each of those the clause before named, when it says "these conditions", ' +
    '"disse plagene"); an effect named without doubt is no claim. The evidence named as a topic ' +
    '("the evidence for hair loss is weak", "dokumentasjonen er enda svakere") doubts the effect too, unless ' +
    'the clause names safety.',
  'effect-opening':
    'A clause that opens with an effect word — a label’s text ("**Effekt:** reduserer cellulitt"), a list ' +
    'item ("- Reduces cellulite"), a clause after a conjunction — has no subject of its own; `label-text` and ' +
    '`effective-for` read it about the treatment in context. One word (an adverb) may come first only in a ' +
    'list item or a clause after the first: at the start of a paragraph’s sentence, a word before the effect ' +
    'word is its own subject, a general statement ("Exercise reduces belly fat").',
  'echo-question':
    'A short question right after a sentence that reports what others claim ("Clinics say that skin boosters ' +
    'lift sagging skin. Do they?", «Stemmer det?») asks the reported claims, for the answer after it ("No.", "I have ' +
    'seen no good evidence of that.").',
  'effective-for':
    'An indication the treatment is said to treat, improve or achieve: an effect word ("reduces", "fjerner"), ' +
    'a purpose word right before the indication ("for hair loss", "mot cellulitt"; not with a treatment between: ' +
    '"for fettløsende injeksjoner på magen"), a list item under an effect ' +
    'lead-in, or a hedge ("X for Y is unproven"). One claim per indication; with an effect word and no ' +
    'indication, the last indication of the paragraph is meant, else the one the treatment’s name carries ' +
    '("Fat-dissolving injections work, full stop": fat; "Hair mesotherapy does not work": hair loss, from a ' +
    '`named-use` cue), which a doubt with no indication doubts too ("Fat-dissolving injections are poorly documented").',
  'elided-subject':
    'A contrasting clause (after "but", "men", or a concession) whose first word after its conjunction is an ' +
    'effect word or an auxiliary ("but is not approved", "men fjerner fettet"), or a lone negation before an ' +
    'effect word, an auxiliary or an approval word ("but not approved by the FDA", "men ikke godkjent av FDA"), ' +
    'has no subject of its own: `continued-sentence` gives it the sentence’s. One that opens with a subject ' +
    '("but many of the medicines are approved") brings its own.',
  'doubted-question':
    'A sentence that doubts the evidence (an evidence or effect topic, or studies, negated or hedged) right ' +
    'after a question or a run of questions in its paragraph ("Men mesoterapi mot cellulitter? Skinbooster ' +
    'mot dype rynker? Her er dokumentasjonen enten tynn eller fraværende.") answers them: the effects they ' +
    'asked about are denied. A sentence that names a treatment or a use says its own claims.',
  'elliptical-answer':
    'A yes or no that opens the paragraph right after a question, alone in its clause ("Yes.", "Not yet.", ' +
    '"Ja.", "Nei, men …"), answers it: the claims the question asks about, read as a statement, are asserted ' +
    '(yes) or denied (no) on the answer. A question about downtime or side effects ("Is there any downtime?", ' +
    '"Får man bivirkninger?") asks whether there are any, so "None.", "Ingen." asserts that there is no ' +
    'downtime or that it is side-effect free.',
  'evidence-degree':
    'An effect word inside a phrase that grades the evidence ("better documented", "bedre dokumentert", ' +
    '"better studied") is no effect word: "Minoksidil er mye bedre dokumentert og koster en brøkdel" compares ' +
    'how well two treatments are studied, and makes no claim for the use named before. A use named with a ' +
    'purpose word ("bedre dokumentert mot hårtap") is still read, and so is the effect the phrase grades ' +
    '("Minoxidil og finasterid har bedre dokumentert effekt").',
  'excluded-use':
    'An affirmed claim about a use that comes after a comma and a negation, with at most a preposition and ' +
    'a determiner between ("approved for fat under the chin, not for belly fat", "godkjent mot fett under ' +
    'haken, ikke på magen"), is denied: the negation excludes that use, not the claim before it.',
  'fda-approved':
    'An approval word ("approved", "godkjent") with the FDA named in the sentence or the one before, or named ' +
    'as the approver earlier in the section (`named-approver`) when a use follows the approval word. ' +
    'What is approved is the treatment named before the approval word (a comparator only through a relative ' +
    'clause: "than minoxidil, which is FDA-approved"); the approved use is the indication named after the ' +
    'approval word, or one before it when none follows ("For hair loss, minoxidil is FDA-approved"); a use ' +
    'named right after a restriction ("…, and only for fat under the chin") is the whole of it.',
  'forbidden-claim':
    'A claim after words that tell someone not to make it ("We told the salon not to state or imply that its ' +
    'injections were FDA-approved, safe or free of downtime", "Salongen må ikke påstå at sprøytene er trygge") ' +
    'is an instruction about words, neither asserted nor denied: no finding. A claim before those words, or ' +
    'told as a fact ("We told the salon that its injections were not FDA-approved"), is read.',
  'fronted-evidence':
    'A clause that opens with a treatment and what it is for, then says what the evidence for that is ' +
    '("Mesotherapy for cellulite has no good studies behind it", «Mesoterapi mot magefett eller cellulitter har vi ' +
    'ingen gode studier på»), judges the use by that evidence: denied or doubted as the evidence is, not asserted.',
  'fronted-indication':
    'An `effective-for` claim in a clause that opens with its indication, the effect word right after it and ' +
    'its subject after that ("…, men dype rynker fjerner den ikke", "Hair loss it treats no better than ' +
    'minoxidil"), is denied when a negation follows the effect word within a few words, nothing but words ' +
    'between: with the indication put first, the negation comes after the verb.',
  'general-subject':
    'A claim about the treatment in context, in a clause whose subject is a generic treatment word with ' +
    '"no", "every" or "all" before the claim ("No injection treatment is entirely without risk", "Ingen ' +
    'injeksjonsbehandling er helt uten risiko"), is a statement about treatments in general: no finding. A ' +
    'treatment the clause names is still its subject ("No treatment removes fat like liposuction").',
  'answered-no':
    'A claim in a short sentence that ends in a no after a comma ("Safer, yes. Risk-free, no.", «Tryggere, ja. ' +
    'Risikofritt, nei.») is answered by its own last word: denied, not asserted. After a question that asked ' +
    'something else, the no answers the question ("Does it reduce cellulite? It reduces fat, no.").',
  'elliptical-denial':
    'A sentence right after one that reports what others claim, which names no treatment or use and ends in a ' +
    'negation whose verb is left out ("… an advert promising that mesotherapy will melt their cellulite away. ' +
    'When it has been tested properly, it doesn\'t.", «Salongen lover at den fjerner cellulitter. Det gjør den ' +
    'ikke.»), denies the reported claims.',
  'either-way':
    'An effect word right before "or not" ("fat can return in any area, treated or not", «behandlet eller ' +
    'ikke») names one of two alternatives that both hold: no claim that a treatment works.',
  'status-label':
    'An effect word right after a label that opens the sentence and gives what was done with a text or a case ' +
    '("Vurdering: Fjernet og meldt til Legemiddelverket", "Status: removed"), in a clause that names no use, is ' +
    'done to the text: no effect claim, and no use taken from the paragraph. Its labels are data (cue role ' +
    '`status-label`).',
  'one-member':
    'A claim about the treatment in context, in a clause whose subject is one member of what was named ' +
    'before ("Injections that dissolve fat are not FDA-approved; only one product is approved, for under the ' +
    'chin", «bare ett preparat er godkjent»), is about that member, which the clause does not name: no ' +
    'finding. A treatment the clause names is still its subject ("Only one of them, called deoxycholic ' +
    'acid, is approved").',
  'harm-lead-in':
    'An `effective-for` claim in a list after a colon whose lead-in names harms and no effect ("Serious ' +
    'problems are rare but have been reported: skin infections that are slow to heal, lumps, scarring …", ' +
    '"Alvorlige problemer er rapportert: infeksjoner, knuter og arr") is a harm: no claim. A list that names ' +
    'a treatment or refers back ("…: it removes scars"), or a lead-in with an effect word ("solves hair ' +
    'problems:"), is read as before.',
  'harm-section':
    'A list item in a section whose heading names harms ("## Side effects", "## Bivirkninger") that names an ' +
    'indication with no effect word of its own ("- pain and numbness") lists a harm, not an `effective-for` claim.',
  'hedged-finding':
    'An affirmed claim after words that report a finding ("found that", "suggests that", "fant at", "tyder ' +
    'på at") with a modal between them ("may", "could", "kan") is what research says is possible: the claim ' +
    'is uncertain. A modal alone ("can remove fat") is read as it stands, and so is "can" / "kan" after words ' +
    'that report what research has shown ("studies have shown that it can reduce fat", "har vist at").',
  history:
    'A clause of history ("invented in 1952, originally to relieve pain", "opprinnelig utviklet for …") makes ' +
    'no `effective-for` claim.',
  idiom:
    'An effect word inside an idiom that says something else — how often ("less often", "mindre ofte"), or advice ' +
    '("would do better to ask", "gjør best i å") — is no effect claim: "may cause swelling and, less often, ' +
    'scarring" lists a rarer harm, not something the treatment reduces.',
  'indication-subject':
    'A clause that names no treatment and opens with an indication (after an article too: "The fine lines", ' +
    '«de fine linjene») followed at once by an effect word, or by ' +
    'one linking verb and an effect word ("Fine lines soften within weeks", "Cellulite looks smoother", ' +
    '"Cellulittene blir mindre synlige"), tells what the treatment in context does to it. Not when more ' +
    'words stand between ("Hair loss can be treated"), nor when the clause opens otherwise.',
  'indication-treatment':
    'An indication right before a noun for a treatment, after a linking verb ("Aqualyx is not a cellulite ' +
    'treatment", "Mesoterapi er ingen cellulitt-behandling") says the subject treats (or does not treat) that ' +
    'indication: an `effective-for` claim. Without the linking verb ("other cellulite treatments") it is none.',
  'indirect-question':
    'A claim after words that report a question ("asked which", "wonder whether", "spørsmål om hvilke", ' +
    '"lurer på om") in its clause is what is asked, not asserted: no finding. A claim before them ("It ' +
    'removes fat, and people ask whether it lasts") is read. So is a verb of asking a few words before the word ' +
    'that opens what is asked ("You also asked last year about …", «Du spurte også i fjor om …»), unless a ' +
    'relative clause after it asserts ("asked about mesotherapy, which reduces cellulite").',
  'ingredient-list':
    'An `fda-approved` or `safe` claim whose words follow an ingredient word ("its ingredients are ' +
    'FDA-approved", "stoffene er godkjent") is about the ingredients, not the treatment — unless the ' +
    'subject is named before the ingredient word as something else ("Phosphatidylcholine, an ingredient of …, is not approved").',
  intent:
    'An effect or purpose word right after words for what a treatment is meant or said to do ("Deoxycholate-based ' +
    'cocktails meant to melt the fat under the dimples", "sprøyter som er ment å løse opp fett") is its ' +
    'purpose or a reputation, not what the text says it achieves; an effect further on still counts ' +
    '(the phrases are data, data/cues/intent.yaml).',
  'doubted-evidence':
    'A clause that names the evidence or the effect as its topic and doubts or denies it, and names no treatment ' +
    '("The evidence is inconclusive", «Forskningen er likevel ikke entydig»), speaks of the treatment in context; ' +
    '`effect-doubt` reads the claim about the indication named before.',
  'harm-statement':
    'A clause that names the harms a treatment has and names no treatment itself ("Common side effects include ' +
    'bruising and pain", «Klumpene er en kjent bivirkning av injeksjonene») speaks of the treatment in context; ' +
    '`stated-harm` reads the claim that it is not free of side effects.',
  'label-text':
    'A clause with no subject that is a claim phrase by itself ("No downtime", "Trygg og effektiv") or ' +
    'opens with an effect word (a label’s text: "**Effekt:** reduserer cellulitt") is about the treatment ' +
    'in context. A word before the effect word at the start of a paragraph’s sentence is its own subject, a ' +
    'general statement ("Exercise reduces belly fat").',
  'last-substance':
    'The drug a sentence names last before the clause read, in any role — an ingredient too ("Aqualyx contains ' +
    'deoxycholic acid", "Aqualyx inneholder deoksykolsyre") — is noted, and kept from one sentence to the next, ' +
    'for "the substance", "stoffet" (`substance-reference`). A treatment that is no single drug (mesotherapy, ' +
    'a cocktail) is not noted.',
  'label-line':
    'A paragraph whose first line is only strong or emphasised text, followed by a line break ("**Ida ' +
    '(klinikken) · 19:11**" over a chat message, "**Thighs**" over a caption), opens with a label: the line is ' +
    'a sentence of its own, and it is passed over — what the paragraph before asked ("Er det godkjent av ' +
    'FDA?") is still asked of the line after it ("Ja, selvfølgelig."), as of a paragraph’s first sentence ' +
    '(`elliptical-answer`). A label that asks a question itself is answered on its next line (`line-answer`).',
  'line-answer':
    'A question that ends its line within a paragraph ("**Is it FDA-approved?**" and, on the next line, "No. It ' +
    'is sold as a cosmetic accessory.") is noted at its end: the next sentence, opening the next line, may answer ' +
    'it elliptically ("No.", "Ja.") as the first sentence of the next paragraph may (`elliptical-answer`). A ' +
    'question followed by more text on its own line ("Is it safe? Many ask.") notes nothing.',
  'list-lead-in':
    'A list item is about the treatment its lead-in names or asserts an effect of ("Our mesotherapy ' +
    'treats:", "Mesoterapi behandler:"), or the one its section’s heading names; the items of "Common ' +
    'causes of hair loss:" are not. A line led by an emoji or a bullet character continues the list before ' +
    'it, or leads from a block ending in ":"; after a full sentence it stands alone ("💉 Fosfatidylkolin bryter ' +
    'ned fett. 🛡️ Behandlingen er trygg": the treatment in context, not the ingredient).',
  'name-part':
    'An effect word inside an indication’s name ("fat reduction") or a treatment’s ("fat-dissolving ' +
    'injections") is part of the name; one that opens an indication’s name ("regrow hair", "stramme huden") ' +
    'still counts.',
  'named-approver':
    'A sentence that names the FDA with an approval word ("approved by the FDA", "The FDA approved …", ' +
    '"godkjent av FDA") notes the FDA as the approver of its section: a later approval word in the section with ' +
    'no regulator named ("It is not approved for fat on the stomach", "den er ikke godkjent for fett på magen") ' +
    'is an FDA approval claim, as it is when the FDA is named in the sentence or the one before. A heading ends ' +
    'the section; an approval with no FDA named ("approved in Europe") notes nothing.',
  'excepted-area':
    'A narrower indication right after words of exception ("away from the chin", "other than the double chin", ' +
    '"andre steder enn under haken") leaves the rest of the broader indication it is part of: the claim\'s object ' +
    'is the broader one ("injection lipolysis away from the chin has little evidence behind it" is about fat on ' +
    'the body).',
  'listed-service':
    'A treatment noun with a purpose word right after "and", "og" in a list of named treatments ("We offer ' +
    'mesotherapy, skin boosters and treatment for hair loss", "tilbyr mesoterapi, hudboostere og behandling mot ' +
    'hårtap") names one more service: an `effective-for` claim read only from it is no claim about the treatments ' +
    'before it. "Mesotherapy is a treatment for hair loss" still claims.',
  'narrowed-reference':
    'A broad indication said in the definite ("the hair loss", "hårtapet") after a narrower one of it in the ' +
    'paragraph means that narrower one: in "Minoksidil er godkjent av FDA mot arvelig hårtap. Finasterid er en ' +
    'tablett som bremser hårtapet" the `effective-for` claim is about hereditary hair loss. Not without a narrower ' +
    'indication before, nor when the broad one is said without the definite ("bremser hårtap"). A word that ' +
    'points back to the place right after the broad one counts as the definite ("It reduces fat there", "fettet der").',
  'narrower-indication':
    'A broad indication and a narrower one that is part of it, in one clause with no "and" or comma between ' +
    'them, name one thing, the narrower one: "it destroys fat cells under the chin" and "injected into the fat ' +
    'under the chin, it destroys fat cells" (a comma with an effect word after it) are about submental fat, not fat anywhere. Indications joined by ' +
    '"and" or a comma ("belly fat and the double chin") are each claimed.',
  'inverted-negation':
    "An `effective-for` claim read at an effect word that the treatment's name and then a negation follow " +
    '("Mot cellulitter virker mesoterapi ikke") is denied: when a clause opens with what it is about, the verb ' +
    'comes before its subject and the negation after it (with a pronoun for the subject, `fronted-indication`).',
  'narrowed-answer':
    'A short sentence right after a question in its paragraph that ends in a no after a comma, with at most ' +
    'three words and no treatment or effect word before it ("Do they get rid of wrinkles? Deep ones, no.", ' +
    '"Fjerner den rynker? De dype, nei.") denies what the question asked: the words before the no narrow the ' +
    'answer, they do not change what it is about.',
  'narrowed-context':
    'An `effective-for` claim whose indication the clause does not name, taken from context as a broad one, is ' +
    'about the one narrower indication of it that an earlier clause of the sentence named ("For androgenetic ' +
    'alopecia, some small trials report greater hair density, but reviewers found no convincing evidence that it ' +
    'works": androgenetic alopecia, not hair loss in general).',
  'negation-after-verb':
    'An `effective-for` claim about the indication named before in the paragraph, read at an effect word with ' +
    'a negation a few words after it and nothing but words between ("Behandlingen hjelper ikke", "Mesoterapi ' +
    'virker i alle fall ikke bedre enn minoksidil", "It works no better than minoxidil"), is denied: in bokmål ' +
    'the negation follows the verb. A claim about an indication the clause names reads the negation before it.',
  'no-downtime':
    '"No downtime", "ingen nedetid": the "no" belongs to the phrase, so this is an affirmed claim of no downtime.',
  offered:
    'A clause that says a treatment is offered ("is offered as a cosmetic treatment", "tilbys") and reads an ' +
    'effect only from a purpose word ("Mesotherapy for hair thinning, cellulite and skin quality is offered as a ' +
    'cosmetic treatment", "Mesoterapi mot hårtap tilbys") names what is on offer, not that it works: no ' +
    '`effective-for` claim. With an effect word in the clause ("is offered to reduce cellulite") the claim stands.',
  'spared-benefit':
    'An item of a list of benefits that says "no" to an indication ("## Fordeler med mesoterapi" over "- Ingen ' +
    'kirurgi og ingen arr", "- No scars") names something the treatment spares you, not an effect it lacks: no ' +
    '`effective-for` claim. An effect word in the item ("- No more cellulite after six sessions") is read as usual.',
  'variation-disclaimer':
    'The disclaimer that results vary ("Results vary from person to person", "Resultatene varierer fra person til ' +
    'person"), in a sentence that names no indication, says that outcomes differ, not that the treatment may work ' +
    'for the indication named before: the word for a result inside it is no effect word. In a sentence that names ' +
    'one ("Mesotherapy for hair loss is not FDA-approved, and results vary") it hedges the effect as before.',
  undergone:
    'A clause that says someone had, took or tried a treatment ("I had mesotherapy for hair loss", "Tok ' +
    'mesoterapi for hårtap i fjor") and reads an effect only from a purpose word tells what the treatment was ' +
    'taken for, not that it works: no `effective-for` claim. With an effect word in the clause ("I had ' +
    'mesotherapy and it thickened my hair") the claim stands.',
  'other-product':
    'A claim about the treatment in context, in a clause that names a product other than it ("Aqualyx is not ' +
    'FDA-approved; the FDA has approved a different product for the chin", "et annet produkt"), speaks of that ' +
    'product: no finding. A treatment the clause names is still its subject, and a product only compared with ' +
    '("better than another treatment") or taken with ("best with diet and exercise") is not the clause\'s. So ' +
    'is diet and exercise as the subject before the clause\'s effect word ("…; a steady calorie deficit works ' +
    'everywhere"); after it, it is what the treatment is set against ("fat that diet cannot shift").',
  'other-regulator':
    'An `fda-approved` claim in a clause that names the mark of another regulator and not the FDA ("The ' +
    'products we use are CE-marked or licensed medicines", "Skinbooster er godkjent og CE-merket") speaks of ' +
    'that mark, even with the FDA named in the sentence or section before: no claim.',
  'partial-refutation':
    'A sentence that refutes only part of what the sentence before reported ("Several of the claims have no ' +
    'backing in research", "Flere av påstandene har ingen dekning i forskningen") does not say which part: it ' +
    'denies none of the reported claims (`refuted-report` reads nothing). "None of these claims hold", "Ingen ' +
    'av disse påstandene holder" refute them all.',
  'perceived-effect':
    'A clause that names no treatment and reports what someone notices or sees ("notice that", "you will ' +
    'see that", "see", "opplever at", "ser du hvordan", "ser"), with an indication at most two words after it ' +
    'and an effect word after the indication, or an effect word at most two words after it and an indication ' +
    'after that ("Clients also notice that fine lines on the cheeks soften", "see smoother skin and fewer dimples", ' +
    '"Most clients see better-hydrated, plumper skin"), tells what the treatment in context does to it. Not ' +
    'when no effect word goes with the indication ("notice that hair loss gets worse in ' +
    'winter"), nor when the indication stands further on ("I also see infections, hard lumps and dents").',
  physiology:
    'An effect word in a relative clause on a substance described as one of the body’s own ("a bile acid ' +
    'that helps the body absorb fat", "en gallesyre som kroppen selv lager for å bryte ned fett") tells what ' +
    'the substance does in the body, not what a treatment achieves; so does an effect word right after "the body ' +
    'uses to", "kroppen bruker for å". Without the relative clause ("Deoxycholic ' +
    'acid, a bile acid, destroys fat cells") or without the body’s own substance ("a treatment that helps the ' +
    'body burn fat") the effect is still claimed.',
  place:
    'An indication right after a word of place ("along the", "on the", "langs", "på") that follows another ' +
    'indication in the clause, with no effect word or "and" between, says where that one is: "tightens ' +
    'sagging skin along the jawline" claims skin laxity, not jowls. Alone ("reduces fat along the jawline", ' +
    '"sculpts the jawline") it is still claimed.',
  'plural-mention':
    'A sentence that names no treatment but speaks of the one in context with a plural word for it, anywhere ' +
    'in it ("A handful of small trials suggest that the injections may shrink small fat pockets", "… at ' +
    'sprøytene kan gjøre fettputer mindre"), notes that treatment for a "they", "de" in the next sentence ' +
    '("Nobody has shown that they work on cellulite"), as `plural-subject` does for a sentence that opens with ' +
    'one. A sentence that names another treatment notes nothing.',
  'report-aside':
    'A sentence that names no treatment and no use, and neither refutes nor doubts anything ("I relied on both ' +
    'statements when I paid."), is an aside: what the sentence before reported others to claim ("your website ' +
    'said that the injections break down stubborn fat") may still be refuted by the sentence after it ("Neither ' +
    'turned out to be true."). One aside only.',
  'plural-question':
    'A question that opens with a treatment in the plural ("Are polynucleotides safe?", as `plural-subject` ' +
    'notes it) or asks with "they", "de" ("**What do they treat?**": the treatment the text is about there) ' +
    'notes that treatment for a "they", "de" in its answer, in its paragraph or the next ' +
    '(`plural-reference`). The reducer asks it of questions only.',
  'topic-phrase':
    'A phrase that fronts the topic of its sentence ("When it comes to mesotherapy for hereditary hair loss, there ' +
    'are a few small studies", "Når det gjelder mesoterapi mot arvelig hårtap, finnes det noen små studier") names ' +
    'what the sentence speaks about: an effect claim whose words stand in it, up to its comma, is not asserted. ' +
    'An effect word after the comma ("When it comes to hair loss, mesotherapy helps") is still claimed.',
  'treated-skin':
    'An effect said as a noun that names an indication, then a purpose word and the skin it is for ("Deep ' +
    'hydration for dull, dry skin", «Dyp fuktighet for matt, tørr hud»): what the words after the purpose word ' +
    'name is the skin treated, not a second effect claim. "Hydration and brighter skin" claims both.',
  'approval-question':
    'A question about an approval that names no regulator ("**Er det godkjent?**", "Is it approved?") asks, ' +
    'for an answer that names the FDA, whether the FDA approved the treatment it is about (`approver-answer`). ' +
    'A bare "Yes." answers nothing about the FDA; a question that names the FDA is read as a statement ' +
    '(`asked-statement`).',
  'approver-answer':
    'A yes that answers an approval question naming no regulator and goes on to name the FDA ("**Er det ' +
    'godkjent?** Ja, av Legemiddelverket og av FDA i USA (som Kybella), men bare mot fett under haken") says ' +
    'the FDA approved it, and for each use named after a purpose word: that use is the approval’s scope, ' +
    'not an effect claim (`approval-scope`). "Ja, av Legemiddelverket." alone is no FDA claim.',
  'denied-cure':
    'A cure denied is not an effect denied: "neither is a cure, and the benefit fades once you stop" (of minoxidil ' +
    'and finasteride, which work), «minoksidil kurerer ikke hårtap». A negated effect claim whose only effect words ' +
    'are words for a cure is dropped; an affirmed cure ("a cure for cellulite") is an effect claim.',
  'denied-approval-reference':
    'An FDA approval named in the sentence or the one before, referred back to right after a negation ' +
    '("The only product the FDA has approved is Kybella. The mixtures used in mesotherapy have no such ' +
    'approval", «… Mesoterapi har ingen slik godkjenning»), denies that the clause’s subjects are FDA-approved. ' +
    'A reference with no negation before it ("that approval does not make it medically necessary") is ' +
    'no claim (`approval-reference`).',
  'joint-reference':
    '"Both", "neither of them", "begge", "ingen av dem" opening a clause, with its verb right after, refer ' +
    'back to each of the treatments named together (two or more, as subjects or as what one is compared with: "than hair mesotherapy") earlier in the sentence or in the ' +
    'last sentence of the paragraph that named two or more: "Minoxidil and finasteride are well studied, and ' +
    'both are FDA-approved for it" is a claim about each. Not "both men and women", nor after a sentence that ' +
    'named one treatment only.',
  'plural-reference':
    '"They", "de" opening a clause (or after "that", "at"), with its verb right after, refer back to ' +
    'treatments named in the plural as the subject of the sentence or of the one before: "Mesotherapy ' +
    'sessions are quick. They strengthen the hair you still have.", or asked about by a question just before ' +
    '("**What do they treat?** They reduce fine lines"). Not to a treatment named in the singular, ' +
    'nor from further back; "De fleste ser glattere hud" (no verb after "De") is no reference. In a question ' +
    'the verb comes first ("Do they get rid of wrinkles?", "Fjerner de rynker?"): the pronoun right after it refers ' +
    'back the same way, so what the question asks can be answered.',
  'plural-subject':
    'A sentence whose subject, at its start (the plural word among its first three), is a treatment named in the plural ' +
    '("Skin boosters are …", "Mesotherapy sessions are quick") or a plural word for the treatment in context ' +
    '("Behandlingene er raske") notes that treatment for a "they", "de" in it or the next sentence ' +
    '(`plural-reference`). A treatment named in the singular, or later in the sentence, is not noted.',
  population:
    'An approval or effect claim in a clause that names one population ("for women", "in men", "hos ' +
    'kvinner", "for menn"; the phrases are data, data/cues/population-*.yaml) is limited to it: an approval ' +
    'limited to another population does not cover it, and an effect claim is judged on the indication defined ' +
    'for it where there is one. Men and women named together ("for men and women") limit nothing.',
  'price-heading':
    'A heading that names a treatment and ends in a price after a dash ("Cellulite mesotherapy, per session – ' +
    '£160", "Mesoterapi mot cellulitter – 1 700 kr") notes the last indication it names: the effect words of its ' +
    'section that name none are about it ("Smooths the skin" under it reads as an effect on cellulite). A heading ' +
    'without a price, or with no treatment, notes none.',
  question: 'A question ("Does mesotherapy reduce cellulite?", "Er mesoterapi trygt?") asserts nothing.',
  quotation:
    'A claim whose words stand inside a short quotation (at most six words: ‘calls it "100% safe"’, «helt ' +
    'trygg») is held up for inspection, not asserted. Longer quotations are quoted speech and are read. So is ' +
    "an effect word quoted with a use of its own, for another use named outside the quotation ('Her mesotherapy " +
    '"melts cellulite", her fat jabs are …\'); a quoted effect word alone (\'It "melts" fat\') still acts.',
  'refuted-after':
    'A claim others are reported to make that a later clause of the same sentence calls wrong ("She had read ' +
    'online that it is FDA-approved for hair; I have told her that it is not true", «Klinikken skriver at den er ' +
    'trygg, men det stemmer ikke») is denied, as a report the next sentence calls wrong is (`refuted-report`).',
  'refuted-effect':
    'A clause whose subject is the promised effect itself, called wrong after it ("…, and slimmer arms after six ' +
    'sessions is a promise, not a result", "Permanent fat loss from a few injections is a myth", «Varig hårvekst ' +
    'etter tre behandlinger er en myte»), denies the effect.',
  'refuted-opening':
    'A claim in a sentence that opens with a reported claim as its subject ("That …", "The claim that …", ' +
    '"At …", "Påstanden om at …") and calls it wrong after it ("is simply wrong", "is a myth", "er direkte ' +
    'feil", "stemmer ikke") is refuted: the text denies it. A claim after the refuting words, or a "that" ' +
    'further into the sentence, is read as it stands.',
  'refuted-report':
    'A sentence right after one that reports what others claim, naming no treatment or use of its own, that calls ' +
    'it wrong ("Some clinics say that mesotherapy removes cellulite. That is not true.", «Det stemmer ikke.») or ' +
    'doubts its evidence ("There is no good evidence for this.") denies the reported claims.',
  'price-line':
    'A line that ends in a price ("**Skinbooster (Profhilo)** · 30 min · 2 900 kr", "Skin booster · £290") is a ' +
    'card’s name line, over its description on the next line of the paragraph: the description starts a clause of ' +
    'its own, which keeps the treatment the name line named and is placed on its own line ("Fukter huden ' +
    'innenfra" under the name line: a claim on the description’s line).',
  'publication-report':
    'An affirmed claim after a verb of speaking whose subject is something published ("Our feature on festive ' +
    'beauty treatments said that …", "The clinic\'s leaflet says …", «Annonsen i lokalavisa sa at …») reports what ' +
    "the publication claimed and is not the text's own: no finding, but kept as a report for a sentence after it " +
    'that calls it wrong ("That was wrong."). A study\'s write-up is a finding and is read.',
  'quoted-question':
    'A sentence that opens with a quoted question and then says who asks it ("«Er det sant at mesoterapi fjerner ' +
    'appelsinhud?» spør en leser", "“Does it really melt fat?” a caller asked") asks what it quotes: no finding.',
  'quiz-prompt':
    'A statement put to the reader to judge ("True or false: mesotherapy gets rid of cellulite.", «Sant eller ' +
    'usant: …», "Myth or fact: …") asks what it says and asserts nothing, as a question does; a "False." or ' +
    '«Sant.» after it answers it (`run-answer`, `elliptical-answer`).',
  'relative-split':
    'In a sentence with a negation, a comma and a relative pronoun with a verb after it ("which has", "som ' +
    'bare har") start a clause of its own when the word before the comma is no treatment ("It is not approved by the US Food and Drug ' +
    'Administration, which has approved only one fat-dissolving injection, Kybella"): the negation before ' +
    'the comma does not deny the relative clause’s claims, and the relative clause, about its antecedent, ' +
    'does not carry the sentence’s subject. After a treatment ("than minoxidil, which is FDA-approved") the ' +
    'relative clause speaks of it and stays in its clause.',
  'reported-as-false':
    'A claim after words that report it as false ("false statements that", "misleading claims", "falske ' +
    'påstander om") in the same sentence is refuted: the text denies it.',
  safe: 'A safety phrase ("safe", "trygg", "risk-free") about the clause’s subjects. "Not risk-free" denies it; a negation further back ("no surgery and safe") does not.',
  'run-answer':
    'A sentence that is nothing but a yes or a no ("No.", "False.", «Nei.») right after a question in its own ' +
    'paragraph answers it ("Is it risk-free? No.", "**True or false: mesotherapy gets rid of cellulite.** ' +
    'False."), as an answer opening the next paragraph does (`elliptical-answer`). An answer that goes on ("No, ' +
    'many ask that") is left alone.',
  'sentence-subject':
    'A clause that continues its sentence keeps the subject an earlier clause named (", and reduces ' +
    'cellulite"); a contrasting one only when it opens with a verb, negated or not ("but is not approved", ' +
    '"but not approved by the FDA", "men ikke godkjent av FDA"), and never one with a subject of its own ' +
    '("I", "vi").',
  'side-effect-free':
    '"No side effects", "ingen bivirkninger", "uten bivirkninger": the "no" belongs to the phrase, so this is an affirmed claim that the treatment is free of side effects.',
  'side-effect-list':
    'An indication listed after a word of harm ("side effects include", "may cause", "complications", ' +
    '"bivirkninger", "kan gi") with no effect word between is a harm, not an `effective-for` claim: ' +
    '"Side effects include swelling, pain and bruising that fades".',
  'side-effect-question':
    'A question about side effects ("Are there side effects?", "Får man bivirkninger?") asks whether there ' +
    'are any: read as a statement, the side-effect-free claim denied, so that "None.", "Ingen." affirms it ' +
    '(`elliptical-answer`). Not when the question asks a claim outright ("Is it safe?"): that one is ' +
    'answered yes or no.',
  'sole-class':
    'Right after "the only" / "den eneste" the words name a class with one member ("The only fat-dissolving ' +
    'drug the FDA has approved is Kybella", "Det er den eneste fettløsende sprøyten FDA har godkjent"): an ' +
    'effect word there describes the class, not an effect claim, and a treatment named there is the class, ' +
    'not the subject, when the clause names another or refers back ("it", "det"). An effect further on ' +
    'still counts ("the only treatment that stops hair loss").',
  'speaker-label':
    'A sentence that opens with a speaker’s label ("A: No.", "**Dr Kim:** I have seen no good evidence of that.", ' +
    '«Svar: Nei.», "[00:02:22] DR K: …") says its words after it: the clause after the label opens the sentence, as ' +
    'an answer must. A label names no treatment and holds no word the reader knows ("Benefits:" is a lead-in).',
  'study-description':
    'An effect word right after a linking verb ("are", "er") in a clause that opens with research as its ' +
    'subject ("The studies of mesotherapy are smaller", "Studiene av mesoterapi er mindre") says what the ' +
    'research is like, not what the treatment does. Research that reports an effect ("Studies of ' +
    'mesotherapy show thicker hair") still makes a claim.',
  'study-report':
    'A sentence that reports research ("a 2019 study", "en gjennomgang") and names no treatment at all ' +
    'speaks of the treatment in context: "A 2019 study of 49 men found no benefit."',
  'study-topic':
    'An indication after a purpose word in a research topic ("Trials of mesotherapy for cellulite are few", ' +
    '"Studier av mesoterapi mot cellulitter er små"), with no effect word before it in the clause, is what ' +
    'was studied, not an affirmed `effective-for` claim; so is a use named as a topic ("Uses of mesotherapy ' +
    'for hair loss are outside the scope of this statement", «Bruk av mesoterapi mot hårtap»). A topic the ' +
    'clause doubts ("little research on ' +
    'mesotherapy for hair loss") is still read as doubted, and an effect word ("studies of mesotherapy show ' +
    'that it reduces cellulite") makes a claim.',
  'substance-reference':
    'A clause that names no treatment but refers back to a substance ("the substance", "the active ' +
    'ingredient", "stoffet", "virkestoffet") is about the drug named last, in this sentence or an earlier ' +
    'one, even as an ingredient ("Aqualyx inneholder deoksykolsyre. Stoffet er godkjent av FDA"), not about ' +
    'the procedure it is used in. With no drug named before, it refers to nothing.',
  technique:
    'An indication after a word for how a treatment is given or taught ("injection technique", "dosing", ' +
    '"anatomi", "dosering") and a purpose word right after it ("Injection technique for the chin and belly", ' +
    '"Injeksjonsteknikk for hake, mage og lår"), with no effect word before the indication in the clause, ' +
    'is what the technique is for, not an affirmed `effective-for` claim. An effect word ("our technique ' +
    'for the chin dissolves fat") makes a claim.',
  unapproved:
    'An approval word negated by its prefix ("a non-approved procedure", "unapproved", "en ikke-godkjent ' +
    'behandling") denies that the clause’s subjects are FDA-approved, even where the FDA is not named; an ' +
    'indication in the clause is the use not approved.',
  'used-product':
    'A sentence whose first treatment is named right after a verb of use ("The studio uses a ' +
    'lipolytic cocktail …", "Klinikken bruker en lipolytisk cocktail"), with at most an article between, notes ' +
    'that treatment as a product used, when another treatment is the one the text is about there: the ' +
    'paragraph’s subject stays that treatment, so a later clause with no treatment named ("There is no ' +
    'downtime") speaks of it, not of the product — also when the clause refers back as well ("The product it ' +
    'uses contained deoxycholic acid").',
  'uses-answer':
    'The first sentence of the paragraph right after a question that asks what a treatment is used for (an ' +
    'effect or purpose word and no indication: "What does it treat?", "Hva kan det brukes mot?") is about ' +
    'that treatment, and the indications it names are its uses, as items under a lead-in are: "Håravfall, ' +
    'tørr og slapp hud, fine linjer og cellulitter." An answer that names a treatment speaks for itself.',
  'uses-question':
    'A question that opens with a question word, has an effect word or ends in a purpose word and names no ' +
    'indication ("What is mesotherapy used for?", "What does it treat?", "Hva brukes mesoterapi mot?") asks ' +
    'the uses of the treatment it is about, for a list of indications answering it (`uses-answer`). "Will it ' +
    'help my hair?" asks whether, not what.',
  wish:
    'An effect word right after a wish ("who want to remove fat", "ønsker å bli kvitt") is what a reader ' +
    'wants, not what the treatment is said to do; an effect further on still counts.',
  'without-list':
    'An indication further on in a list after "without", "uten" ("breaks down those pockets for good, ' +
    'without surgery, scars or a general anaesthetic", "uten kniv, arr eller narkose") is spared too, not ' +
    'treated, as long as no effect or purpose word stands between ("without surgery, and it reduces ' +
    'scars" still claims). `without` reads the item right after the word.',
  without:
    'An indication right after "without", "uten" is spared, not treated: "effektive behandlinger for en ' +
    'slankere kropp – uten kniv, uten narkose og uten arr" makes no claim about scars, nor "zero pain", ' +
    '"null smerte" about pain; one right after ' +
    '"outside", "utenfor" is an area the treatment is not for ("for bruk utenfor under haken").',
  'usage-note':
    'A clause that opens with a dictionary\'s words for what a word is said of ("(in cosmetic use) especially of", ' +
    '"særlig om", "brukt om") names the senses of the word: its uses are not `effective-for` claims.',
  'word-meaning':
    'A claim phrase right after words that say what a word means ("\'Natural\' is not the same as safe", ' +
    '"Natural does not mean risk-free", "«Naturlig» betyr ikke trygt") is a word being defined, not a claim ' +
    'about the treatment in context: no finding. A treatment the clause names keeps its claim.',
});

/**
 * A claim rule or suppressor of the fact-check engine, as a tool author or a reader of
 * the docs sees it: its name (the name of its fixture file and module), what kind it is,
 * and what it does.
 *
 * @example
 * ```ts
 * import type { RuleDescription } from 'meso-evidence/factcheck';
 * const rule: RuleDescription = { name: 'wish', kind: 'cue-suppressor', description: 'An effect after a wish is no claim.' };
 * ```
 */
export interface RuleDescription {
  /** The rule's name. */
  readonly name: string;
  /**
   * `clause-split` says where a sentence's clauses start; `discourse` notes what a sentence tells the
   * sentences after it (the treatment it opens with in the plural, the drug named last); `clause-signal`
   * says what a clause's shape tells of its subject (it continues its sentence, opens with an effect
   * word); `carry` gives a clause that names no treatment the
   * one in context; `claim` reads claims; `cue-suppressor` takes words out of play first; `claim-suppressor`
   * drops claims read; `claim-qualifier` denies, hedges or limits to a population the claims kept;
   * `sentence-qualifier` changes a claim's polarity by what another clause of its sentence says;
   * `question-reading` reads what a question asks, for the answer after it.
   */
  readonly kind:
    | 'clause-split'
    | 'discourse'
    | 'clause-signal'
    | 'carry'
    | 'claim'
    | 'cue-suppressor'
    | 'claim-suppressor'
    | 'claim-qualifier'
    | 'sentence-qualifier'
    | 'sentence-claims'
    | 'question-reading';
  /** For a claim rule, the predicate of its claims. */
  readonly predicate?: Predicate;
  /** What it does. */
  readonly description: string;
}

const KINDS = {
  split: 'clause-split',
  discourse: 'discourse',
  signal: 'clause-signal',
  carry: 'carry',
  claim: 'claim',
  cue: 'cue-suppressor',
  suppress: 'claim-suppressor',
  qualify: 'claim-qualifier',
  sentence: 'sentence-qualifier',
  'sentence-claims': 'sentence-claims',
  question: 'question-reading',
} as const;

/**
 * The engine's claim rules and suppressors, in the order the reader applies them (the
 * catalogue in docs/engine.md is generated from it). Frozen.
 *
 * @example
 * ```ts
 * import { RULE_CATALOGUE } from 'meso-evidence/factcheck';
 * RULE_CATALOGUE.filter((rule) => rule.kind === 'claim').map((rule) => rule.predicate).includes('safe'); // true
 * ```
 */
export const RULE_CATALOGUE: readonly RuleDescription[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ REGISTRY.map((entry) =>
    Object.freeze({
      name: entry.name,
      kind: KINDS[entry.kind],
      ...(entry.kind === 'claim' && entry.predicate ? { predicate: entry.predicate } : {}),
      description: RULE_DESCRIPTIONS[entry.name] ?? '',
    }),
  ),
);
