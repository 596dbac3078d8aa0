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
