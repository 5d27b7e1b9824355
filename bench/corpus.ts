/**
 * Generates the benchmark corpus: `count` Markdown documents in realistic
 * municipal Norwegian, half bokmål and half nynorsk, with frontmatter per
 * the content model. Deterministic (seeded), so every run measures the same text.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small seeded PRNG (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = {
  nb: [
    'digitalisering',
    'helse og omsorg',
    'skole og barnehage',
    'vei og vann',
    'klima og miljø',
    'kultur og idrett',
    'næringsutvikling',
    'boligpolitikk',
    'beredskap',
    'folkehelse',
  ],
  nn: [
    'digitalisering',
    'helse og omsorg',
    'skule og barnehage',
    'veg og vatn',
    'klima og miljø',
    'kultur og idrett',
    'næringsutvikling',
    'bustadpolitikk',
    'beredskap',
    'folkehelse',
  ],
};
const SENTENCES = {
  nb: [
    'Kommunene skal gi innbyggerne gode og tilgjengelige tjenester i hele kommunen.',
    'Arbeidet med {topic} skal følges opp av kommunedirektøren og rapporteres til kommunestyret hvert år.',
    'Tiltakene i handlingsplanen er vedtatt av formannskapet etter høring.',
    'Det er ikke mulig å gjennomføre alle tiltak uten økte midler fra staten.',
    'Ansatte og ledere skal involveres tidlig, og medvirkning fra innbyggerne er nødvendig.',
    'Digitaliseringsstrategien legger til rette for felles løsninger med nabokommunene.',
    'Helseplattformen tas i bruk i hjemmetjenesten og på sykehjemmet.',
    'Investeringsbudsjettet for {topic} øker med {n} millioner kroner i perioden.',
    'Hvordan tjenestene organiseres, avgjøres i kommunestyret etter innstilling fra administrasjonen.',
    'Vannforsyningen og avløpsanleggene skal fornyes, og trafikksikkerheten langs fylkesveien bedres.',
    'Skolene og barnehagene får nye læringsmiljøer, og kompetansetiltakene for lærerne fortsetter.',
    'Kommunen har et særlig ansvar for at boligene er tilgjengelige for eldre og personer med nedsatt funksjonsevne.',
  ],
  nn: [
    'Kommunane skal gje innbyggjarane gode og tilgjengelege tenester i heile kommunen.',
    'Arbeidet med {topic} skal følgjast opp av kommunedirektøren og rapporterast til kommunestyret kvart år.',
    'Tiltaka i handlingsplanen er vedtekne av formannskapet etter høyring.',
    'Det er ikkje mogleg å gjennomføre alle tiltak utan auka midlar frå staten.',
    'Tilsette og leiarar skal involverast tidleg, og medverknad frå innbyggjarane er naudsynt.',
    'Digitaliseringsstrategien legg til rette for felles løysingar med nabokommunane.',
    'Helseplattforma blir teken i bruk i heimetenesta og på sjukeheimen.',
    'Investeringsbudsjettet for {topic} aukar med {n} millionar kroner i perioden.',
    'Korleis tenestene blir organiserte, blir avgjort i kommunestyret etter innstilling frå administrasjonen.',
    'Vassforsyninga og avløpsanlegga skal fornyast, og trafikktryggleiken langs fylkesvegen blir betre.',
    'Skulane og barnehagane får nye læringsmiljø, og kompetansetiltaka for lærarane held fram.',
    'Kommunen har eit særleg ansvar for at bustadene er tilgjengelege for eldre og personar med nedsett funksjonsevne.',
  ],
};
const TYPES = ['strategi', 'plan', 'saksframlegg', 'orientering', 'notat'] as const;
const KOMMUNER = ['Årdal', 'Lærdal', 'Tysnes', 'Levanger'];
const STATUS = {
  nb: ['vedtatt', 'vedtatt', 'høring', 'opphevet'],
  nn: ['vedteken', 'vedteken', 'høyring', 'oppheva'],
};

/** Writes `count` documents under `dir` (emptied first); returns their number. */
export async function generateCorpus(dir: string, count = 1000, seed = 20240601): Promise<number> {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  await rm(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const m = i % 2 === 0 ? 'nb' : 'nn';
    const topic = pick(TOPICS[m]);
    const type = pick(TYPES);
    const kommune = pick(KOMMUNER);
    const status = pick(STATUS[m]);
    const year = 2015 + Math.floor(rnd() * 10);
    const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    const sections = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < sections; s++) {
      const lines = Array.from({ length: 4 + Math.floor(rnd() * 6) }, () =>
        pick(SENTENCES[m])
          .replace('{topic}', topic)
          .replace('{n}', String(1 + Math.floor(rnd() * 90))),
      );
      paragraphs.push(`## ${m === 'nb' ? 'Del' : 'Del'} ${s + 1}: ${topic}\n\n${lines.join(' ')}`);
    }
    const deadline = status.startsWith('hø')
      ? `\n${m === 'nb' ? 'høringsfrist' : 'høyringsfrist'}: ${year + 1}-01-15`
      : '';
    const title = `${type[0]?.toUpperCase()}${type.slice(1)} om ${topic} ${year} nr. ${i + 1}`;
    const front = `---\ntittel: ${title}\ntype: ${type}\nmålform: ${m}\nkommune: ${kommune}\nstatus: ${status}${deadline}\ndato: ${date}\n---\n\n`;
    const sub = path.join(dir, kommune.toLowerCase().replace('å', 'a').replace('æ', 'ae'));
    await mkdir(sub, { recursive: true });
    await writeFile(
      path.join(sub, `dokument-${String(i + 1).padStart(4, '0')}.md`),
      front + paragraphs.join('\n\n') + '\n',
    );
  }
  return count;
}
