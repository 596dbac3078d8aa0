/**
 * Careful, sceptical sentences — denials, hedges, claims reported in order to be doubted — in
 * English and bokmål: the fact-check must never call one of them overstated or contradicted
 * (issue 13: "a fact-check tool that accuses the careful is worse than none"). Written in our
 * own words after the phrasings of news, consumer and patient-information pages.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';

const EN = [
  'There is no good evidence that mesotherapy melts fat.',
  'Mesotherapy has not been shown to reduce cellulite in controlled trials.',
  'Claims that mesotherapy regrows hair are not backed by good studies.',
  'Is mesotherapy safe? Not necessarily: infections and lumps have been reported.',
  'Whether mesotherapy tightens skin is unknown.',
  'Mesotherapy is marketed as a way to lose fat without surgery, but the evidence is thin.',
  'No regulator has approved mesotherapy for fat loss.',
  'Few would call mesotherapy proven for cellulite.',
  'Mesotherapy is not a proven treatment for hair loss.',
  'Skin boosters are sold as a fix for fine lines; the trials are small and short.',
  'It is unclear whether mesotherapy does anything for wrinkles.',
  'Mesotherapy is neither FDA-approved nor proven to remove fat.',
  'We cannot promise that mesotherapy will stop your hair loss.',
  'Clinics say mesotherapy is safe, but doctors disagree.',
  'Nobody knows if mesotherapy works for cellulite.',
  'Mesotherapy may or may not help with hair loss.',
  'The FDA warns that fat-dissolving injections sold online are not approved.',
  'Despite the hype, mesotherapy does not remove cellulite.',
  'Mesotherapy is far from risk-free.',
  'The idea that vitamins injected into the scalp stop baldness has little support.',
  // a second probe, scored once before its vocabulary was added (10 of 33 alarmed)
  'The salon advertised mesotherapy as a cure for cellulite, which the authority found misleading.',
  'Reviews of the research conclude that mesotherapy for fat has not been proven to work.',
  'Ask your doctor before you believe that mesotherapy can regrow hair.',
  'Mesotherapy is not the safe, quick fix it is often made out to be.',
  'Proponents claim it melts fat; sceptics point to the lack of trials.',
  'Any claim that mesotherapy is FDA-approved is false.',
  'No study has shown that mesotherapy reduces belly fat for good.',
  'It would be wrong to say that mesotherapy treats hair loss.',
  'The only approved fat-dissolving injection is for the chin; mesotherapy cocktails are not approved at all.',
  'Patients should know that mesotherapy can cause infections, lumps and scarring.',
  'Mesotherapy might reduce cellulite a little, but nobody has measured it properly.',
  'Do not expect mesotherapy to get rid of cellulite.',
  'Results from mesotherapy for hair loss are, at best, modest and unconfirmed.',
  'Safe? That is far from clear for mesotherapy.',
  'Mesotherapy for wrinkles lacks convincing evidence.',
  'The clinic could not back up its claim that mesotherapy is safe.',
  'Beware of clinics that say mesotherapy has no side effects.',
  'Whether the injections remove fat permanently has never been tested.',
  // a third probe, news and regulator style, scored once first (1 of 26 alarmed)
  'The advertising authority ruled that the claim "melts fat for good" could not be substantiated.',
  'Regulators have warned consumers about injections marketed to dissolve fat.',
  'Several women developed abscesses after mesotherapy at an unlicensed salon.',
  'The study found no difference between mesotherapy and saline for cellulite.',
  'Dermatologists caution that mesotherapy is not risk-free and its benefits are uncertain.',
  'Kybella is approved only for fat under the chin, not for the belly or thighs.',
  'The clinic has removed the words "safe and effective" from its website.',
  'Mesotherapy has been promoted for hair loss for decades without solid proof.',
  'There are no FDA-approved mesotherapy products.',
  'According to the FDA, no fat-dissolving product is approved for use below the chin.',
  'In a small trial, mesotherapy did no better than placebo for hair loss.',
  'Her doctor told her mesotherapy would not fix her thinning hair.',
  'Despite what the advert says, mesotherapy is not a substitute for weight loss.',
  'The claim that mesotherapy tightens skin rests on a handful of uncontrolled case series.',
];
const NB = [
  'Det finnes ingen gode bevis for at mesoterapi smelter fett.',
  'Mesoterapi er ikke vist å redusere cellulitter i kontrollerte studier.',
  'Påstander om at mesoterapi gir ny hårvekst, mangler støtte i gode studier.',
  'Er mesoterapi trygt? Ikke nødvendigvis: infeksjoner og klumper er rapportert.',
  'Om mesoterapi strammer huden, er ukjent.',
  'Mesoterapi markedsføres som en måte å gå ned i fett uten kirurgi, men dokumentasjonen er tynn.',
  'Ingen myndighet har godkjent mesoterapi mot fett.',
  'Mesoterapi er ingen dokumentert behandling mot hårtap.',
  'Det er uklart om mesoterapi gjør noe mot rynker.',
  'Mesoterapi er verken godkjent av FDA eller vist å fjerne fett.',
  'Vi kan ikke love at mesoterapi stopper hårtapet ditt.',
  'Klinikkene sier at mesoterapi er trygt, men legene er uenige.',
  'Ingen vet om mesoterapi virker mot cellulitter.',
  'Til tross for reklamen fjerner ikke mesoterapi cellulitter.',
  'Mesoterapi er langt fra risikofritt.',
  'Tanken om at vitaminer sprøytet inn i hodebunnen stopper skallethet, har lite støtte.',

  'Salongen reklamerte med at mesoterapi kurerer cellulitter, noe tilsynet fant villedende.',
  'Oversikter over forskningen konkluderer med at mesoterapi mot fett ikke er bevist å virke.',
  'Mesoterapi er ikke den trygge, raske løsningen den ofte framstilles som.',
  'Tilhengerne hevder at det smelter fett; skeptikerne viser til mangelen på studier.',
  'Enhver påstand om at mesoterapi er godkjent av FDA, er feil.',
  'Ingen studie har vist at mesoterapi fjerner magefett for godt.',
  'Det ville være feil å si at mesoterapi behandler hårtap.',
  'Pasienter bør vite at mesoterapi kan gi infeksjoner, klumper og arr.',
  'Ikke forvent at mesoterapi fjerner cellulitter.',
  'Resultatene av mesoterapi mot hårtap er i beste fall beskjedne og ubekreftede.',
  'Trygt? Det er langt fra klart for mesoterapi.',
  'Mesoterapi mot rynker mangler overbevisende dokumentasjon.',
  'Klinikken kunne ikke dokumentere påstanden om at mesoterapi er trygt.',
  'Vær på vakt mot klinikker som sier at mesoterapi ikke har bivirkninger.',
  'Om sprøytene fjerner fett varig, er aldri testet.',

  'Forbrukertilsynet mener påstanden om at behandlingen «smelter fett for godt» ikke kan dokumenteres.',
  'Myndighetene advarer mot sprøyter som markedsføres for å løse opp fett.',
  'Flere kvinner fikk byller etter mesoterapi hos en salong uten tillatelse.',
  'Studien fant ingen forskjell mellom mesoterapi og saltvann mot cellulitter.',
  'Hudleger advarer om at mesoterapi ikke er risikofritt, og at nytten er usikker.',
  'Kybella er bare godkjent mot fett under haken, ikke på magen eller lårene.',
  'Det finnes ingen FDA-godkjente mesoterapiprodukter.',
  'Ifølge FDA er ingen fettløsende produkter godkjent for bruk under haken.',
  'I en liten studie var mesoterapi ikke bedre enn placebo mot hårtap.',
  'Legen sa at mesoterapi ikke ville hjelpe mot det tynne håret hennes.',
  'Til tross for det reklamen sier, er mesoterapi ingen erstatning for vektnedgang.',
  'Påstanden om at mesoterapi strammer huden, hviler på en håndfull ukontrollerte kasusserier.',
];

const ALARMING = new Set(['overstated', 'contradicted']);

describe('careful sentences', () => {
  for (const [language, sentences] of [
    ['en', EN],
    ['nb', NB],
  ] as const) {
    it.each(sentences)(`${language}: %s — no alarm`, (sentence) => {
      const alarms = factCheck(sentence, { language })
        .findings.filter((f) => ALARMING.has(f.verdict))
        .map(
          (f) => `${f.claim.subject} ${f.claim.predicate} ${f.claim.object ?? ''} ${f.claim.polarity} → ${f.verdict}`,
        );
      expect(alarms).toEqual([]);
    });
  }
});
