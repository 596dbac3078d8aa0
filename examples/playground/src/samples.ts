/** Example adverts the page starts with, in Norwegian bokmål and English. */

/** A Norwegian clinic advert: the page's starting text. */
export const NORWEGIAN_ADVERT = `# Mesoterapi hos Klinikk Lys

Drømmer du om glattere hud? Mesoterapi reduserer rynker og gir huden ny glød.

## Dette gjør mesoterapi for deg

- Mesoterapi fjerner cellulitter på få uker.
- Behandlingen er helt trygg og har ingen bivirkninger.
- Mesoterapi er FDA-godkjent.
- Mesoterapi gir fyldigere hår ved hårtap.
- Ingen nedetid: du er tilbake på jobb samme dag.

Vi er ærlige: mesoterapi er ikke godkjent av FDA for fettfjerning, og en studie
fra 2012 med seks personer fant ingen bedring av rynker.

*Bestill time i dag – 20 % rabatt på første behandling.*
`;

/** An English clinic advert, loaded by the page's button. */
export const ENGLISH_ADVERT = `# Mesotherapy at Glow Clinic

Say goodbye to cellulite! Mesotherapy dissolves cellulite after the very first
session, and it reduces wrinkles too.

## Why choose mesotherapy?

- Mesotherapy is completely safe, with no side effects.
- The treatment is FDA approved.
- Mesotherapy restores hair growth in people with hair loss.
- Mesotherapy melts stubborn belly fat.
- No downtime: you are back at work the same day.

To be fair: mesotherapy is not FDA-approved for fat removal, and a 2012 study of
six people found no improvement in wrinkles.

*Book today and get 20% off your first session.*
`;
