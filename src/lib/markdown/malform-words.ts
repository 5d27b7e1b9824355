import type { Malform } from '../core/types.ts';

/*
 * Word forms that belong to one målform only (Språkrådet's rettskriving,
 * bokmål and nynorsk as of the 2005 and 2012 reforms), for the målform check
 * (remark-malform-check.ts). A form allowed in both is never listed: nynorsk
 * also allows «også», «derfor», «mens», «blitt»; bokmål also allows «heim»,
 * «fram», «framtid», «blei». Forms that are other words in the other målform
 * are left out as well (nb «lege», «stad», «gjeld», «tyder»; nn «nå» = reach,
 * «de» = you). The search's pairs (src/lib/search/malform-pairs.tsv) are not
 * used: they map words, and some of their forms are shared («kvar» both
 * where and every, «meg»).
 *
 * Each entry: the form → the usual form in the other målform (the fix).
 */

/** Bokmål-only forms → their nynorsk form: flagged in a nynorsk text. */
export const BOKMAL_ONLY: ReadonlyMap<string, string> = pairs(`
ikke ikkje|hva kva|hvordan korleis|hvem kven|hvorfor kvifor|hvor kvar|hver kvar|hvert kvart
hvis viss|hvilken kva for ein|hvilket kva for eit|hvilke kva for|noe noko|noen nokon
mye mykje|jeg eg|selv sjølv|fra frå|uten utan|sammen saman|hjem heim|hjemme heime
bare berre|kun berre|hun ho|hennes hennar|dere de|deres dykkar|disse desse|være vere
vært vore|ble vart|gjøre gjere|gjør gjer|sier seier|flere fleire|siden sidan|ennå enno
frem fram|fremover framover|imidlertid likevel|hele heile|helt heilt|bedre betre
høy høg|høyt høgt|høyere høgare|mulig mogleg|mulige moglege|muligheter moglegheiter
mulighet moglegheit|muligheten moglegheita|nødvendigvis naudsynt|tjeneste teneste
tjenester tenester|tjenesten tenesta|tjenestene tenestene|innbygger innbyggjar
innbyggere innbyggjarar|innbyggerne innbyggjarane|innbyggernes innbyggjarane sine
ansatte tilsette|ansatt tilsett|bolig bustad|boliger bustader|skole skule|skolen skulen
skoler skular|skolene skulane|uke veke|uker veker|måned månad|måneder månader
tilbud tilbod|tilbudet tilbodet|tilbudene tilboda|beslutning avgjerd|sted stad|steder stader
kommuner kommunar|kommunene kommunane|kommunenes kommunane sine|planer planar
planene planane|tiltakene tiltaka|målene måla|vedtakene vedtaka|ønsker ønskjer
spørsmålene spørsmåla|utfordringer utfordringar|utfordringene utfordringane|en ein|et eit
oppgaver oppgåver|oppgave oppgåve|oppgaven oppgåva|oppgavene oppgåvene
`);

/** Nynorsk-only forms → their bokmål form: flagged in a bokmål text. */
export const NYNORSK_ONLY: ReadonlyMap<string, string> = pairs(`
ikkje ikke|kva hva|korleis hvordan|kven hvem|kvifor hvorfor|kvar hvor|kvart hvert
noko noe|nokon noen|nokre noen|mykje mye|eg jeg|sjølv selv|frå fra|utan uten
saman sammen|heime hjemme|berre bare|ho hun|hennar hennes|dykk dere|dykkar deres
desse disse|vere være|vore vært|vorte blitt|gjere gjøre|gjer gjør|seier sier
fleire flere|sidan siden|enno ennå|medan mens|heile hele|heilt helt|betre bedre
høg høy|høgt høyt|høgare høyere|mogleg mulig|moglege mulige|moglegheit mulighet
moglegheiter muligheter|teneste tjeneste|tenester tjenester|tenesta tjenesten
innbyggjar innbygger|innbyggjarar innbyggere|innbyggjarane innbyggerne|tilsett ansatt
bustad bolig|bustader boliger|skule skole|skulen skolen|skular skoler|skulane skolene
veke uke|veker uker|månad måned|månader måneder|tilbod tilbud|tilbodet tilbudet
avgjerd beslutning|stader steder|kommunar kommuner|kommunane kommunene|planar planer
planane planene|tiltaka tiltakene|måla målene|vedtaka vedtakene|ønskjer ønsker
òg også|me vi|dei de|deira deres|deim dem|ein en|eit et|eitt ett|korkje verken
sjå se|difor derfor|oppgåve oppgave|oppgåver oppgaver|oppgåva oppgaven|oppgåvene oppgavene
utfordringar utfordringer|utfordringane utfordringene|mellombels midlertidig|ynskje ønske
`);

/**
 * Endings only one målform has, for the words no list can hold: bokmål
 * «-het», «-lig», «-ingene»; nynorsk «-heit», «-leg», «-ingar», «-ingane».
 * Each needs three letters before it, so short words («het», «leg») pass.
 */
const SUFFIXES: Record<Malform, readonly { ending: RegExp; other: string }[]> = {
  nb: [
    { ending: /^[a-zæøå]{3,}het(en|er|ene)?$/, other: '-heit' },
    // Not «-villig» (frivillig, villig are nynorsk too).
    { ending: /^(?![a-zæøå]*villig)[a-zæøå]{3,}lig(e|ere|st|ste|t|vis)?$/, other: '-leg' },
    { ending: /^[a-zæøå]{3,}ingene$/, other: '-ingane' },
  ],
  nn: [
    { ending: /^[a-zæøå]{3,}heit(a|en|er|ar|ane|ene)?$/, other: '-het' },
    { ending: /^[a-zæøå]{3,}leg(t|are|ast|aste|vis)?$/, other: '-lig' },
    { ending: /^[a-zæøå]{3,}ing(ar|ane)$/, other: '-inger/-ingene' },
  ],
};

/**
 * The målform a word belongs to alone, and its usual form in the other
 * målform (or the other målform's ending), or undefined for a shared word.
 */
export function ownMalform(word: string): { malform: Malform; other: string } | undefined {
  const w = word.toLowerCase();
  // Words recur across a body and across bodies: the six endings' tests once per word.
  const known = verdicts.get(w);
  if (known !== undefined) return known ?? undefined;
  if (verdicts.size > VERDICT_LIMIT) verdicts.clear();
  const verdict = judge(w);
  verdicts.set(w, verdict ?? null);
  return verdict;
}

/** ownMalform's answers by lower-cased word (`null`: a shared word); cleared past the limit. */
const verdicts = new Map<string, { malform: Malform; other: string } | null>();
const VERDICT_LIMIT = 200_000;

function judge(w: string): { malform: Malform; other: string } | undefined {
  const nn = BOKMAL_ONLY.get(w);
  if (nn !== undefined) return { malform: 'nb', other: nn };
  const nb = NYNORSK_ONLY.get(w);
  if (nb !== undefined) return { malform: 'nn', other: nb };
  for (const malform of ['nb', 'nn'] as const) {
    const hit = SUFFIXES[malform].find((s) => s.ending.test(w));
    if (hit) return { malform, other: hit.other };
  }
  return undefined;
}

/** Counts a text's words that belong to one målform only (for a quote's language). */
export function countMalforms(words: readonly string[]): Record<Malform, number> {
  const counts = { nb: 0, nn: 0 };
  for (const word of words) {
    const own = ownMalform(word);
    if (own) counts[own.malform] += 1;
  }
  return counts;
}

function pairs(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of text.trim().split(/[|\n]/)) {
    const [form, ...other] = pair.trim().split(' ');
    if (form && other.length > 0) map.set(form, other.join(' '));
  }
  return map;
}
