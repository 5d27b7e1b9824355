import type { FileVerdict } from '../files/file-safety.ts';
import { verdictMessage } from '../files/file-safety.ts';
import { problemMessage } from '../i18n/problems.ts';
import type { Malform } from '../model/types.ts';

/** Rule ids of the messages rehype-local-images and rehype-local-links attach. */
export const LOCAL_RULES = {
  remoteImage: 'planverk:remote-image',
  imageOutside: 'planverk:image-outside',
  imageMissing: 'planverk:image-missing',
  imageType: 'planverk:image-type',
  imageAlt: 'planverk:image-alt',
  linkOutside: 'planverk:link-outside',
  linkMissing: 'planverk:link-missing',
  linkDraft: 'planverk:link-draft',
  anchorMissing: 'planverk:anchor-missing',
  nameClash: 'planverk:file-name-clash',
  // A file that is not safe to publish (src/lib/files/file-safety.ts); the
  // same rule ids, without the prefix, as for a vedlegg.
  fileType: 'planverk:fil-type',
  fileContent: 'planverk:fil-innhald',
  svgMalformed: 'planverk:svg-ugyldig',
  svgActive: 'planverk:svg-aktivt',
} as const;

/** Rules whose messages are errors (they stop the build); the rest are warnings. */
export const LOCAL_ERROR_RULES: ReadonlySet<string> = new Set([
  LOCAL_RULES.remoteImage,
  LOCAL_RULES.imageOutside,
  LOCAL_RULES.imageMissing,
  LOCAL_RULES.imageType,
  LOCAL_RULES.linkOutside,
  LOCAL_RULES.linkMissing,
  LOCAL_RULES.linkDraft,
  LOCAL_RULES.nameClash,
  LOCAL_RULES.fileType,
  LOCAL_RULES.fileContent,
  LOCAL_RULES.svgMalformed,
  LOCAL_RULES.svgActive,
]);

const TYPES = 'PNG, JPEG, GIF, WebP og SVG';
// A Markdown link target: one with spaces must be written in <…>.
const target = (path: string): string => (/\s/.test(path) ? `<${path}>` : path);
const meant = (malform: Malform, what: string | undefined): string =>
  what === undefined ? '' : malform === 'nn' ? ` Meinte du «${what}»?` : ` Mente du «${what}»?`;

/** Clerk-facing wording of the image and link messages, per målform. */
export const LOCAL_TEXT: Record<
  Malform,
  {
    remoteImage: (url: string, name: string) => string;
    imageOutside: (src: string) => string;
    imageMissing: (src: string, file: string, suggestion?: string) => string;
    imageType: (src: string, ext: string) => string;
    imageAlt: (src: string) => string;
    linkOutside: (href: string) => string;
    documentMissing: (href: string, from: string, id: string, suggestion?: string) => string;
    fileMissing: (href: string, from: string, file: string, suggestion?: string) => string;
    linkDraft: (href: string, from: string, id: string) => string;
    anchorMissing: (href: string, where: string | undefined, suggestion?: string) => string;
    /** `other` undefined: the document's own PDF. */
    nameClash: (file: string, other: string | undefined, url: string) => string;
  }
> = {
  nb: {
    remoteImage: (url, name) =>
      `Bildet «${url}» ligger på en annen nettside og blir ikke lastet inn: det ville fortelle den siden hvem som leser, og PDF-en til arkivet må være komplett. Last ned fila, legg den ved siden av dokumentet og skriv ![…](${target(name)}).`,
    imageOutside: (src) =>
      `Bildet «${src}» ligger utenfor content-mappa og kan ikke publiseres. Legg fila ved siden av dokumentet og skriv stien relativt til dokumentet.`,
    imageMissing: (src, file, suggestion) =>
      `Bildet «${src}» finnes ikke (${file}).${meant('nb', suggestion)} Stien er relativ til mappa dokumentet ligger i; sjekk stavemåten og at fila er lagt inn.`,
    imageType: (src, ext) =>
      `Bildet «${src}» er en ${ext ? `.${ext}-fil` : 'fil uten filtype'}; nettsida og PDF-en kan bare vise ${TYPES}. Lagre bildet som PNG eller JPEG og lenk til den fila.`,
    imageAlt: (src) =>
      `Bildet «${src}» mangler alternativ tekst for dem som ikke ser det. Skriv en alternativ tekst mellom [ ] som forteller hva bildet viser, f.eks. ![Figur 1 Løsninger på ulike nivå](${target(src)}).`,
    linkOutside: (href) =>
      `Lenken «${href}» peker ut av content-mappa. Legg fila inn i content-mappa, gjerne ved siden av dokumentet, og lenk til den der.`,
    documentMissing: (href, from, id, suggestion) =>
      `Lenken «${href}» i «${from}» peker på dokumentet «${id}», som ikke finnes.${meant('nb', suggestion)} Stien er relativ til mappa dette dokumentet ligger i.`,
    fileMissing: (href, from, file, suggestion) =>
      `Lenken «${href}» i «${from}» peker på fila «${file}», som ikke finnes.${meant('nb', suggestion)} Stien er relativ til mappa dette dokumentet ligger i.`,
    linkDraft: (href, from, id) =>
      `Lenken «${href}» i «${from}» peker på «${id}», som er et utkast og ikke blir publisert. Fjern lenken, eller vent med å publisere til «${id}» er klar.`,
    anchorMissing: (href, where, suggestion) =>
      `Lenken «${href}» peker på en overskrift som ikke finnes${where ? ` i «${where}»` : ' i dokumentet'}.${meant('nb', suggestion)}`,
    nameClash: (file, other, url) =>
      `Fila «${file}» får samme adresse som ${other === undefined ? 'PDF-en av dokumentet' : `«${other}»`} (${url}). Gi en av filene et annet navn.`,
  },
  nn: {
    remoteImage: (url, name) =>
      `Biletet «${url}» ligg på ei anna nettside og blir ikkje lasta inn: det ville fortelje den sida kven som les, og PDF-en til arkivet må vere komplett. Last ned fila, legg ho ved sida av dokumentet og skriv ![…](${target(name)}).`,
    imageOutside: (src) =>
      `Biletet «${src}» ligg utanfor content-mappa og kan ikkje publiserast. Legg fila ved sida av dokumentet og skriv stien relativt til dokumentet.`,
    imageMissing: (src, file, suggestion) =>
      `Biletet «${src}» finst ikkje (${file}).${meant('nn', suggestion)} Stien er relativ til mappa dokumentet ligg i; sjekk skrivemåten og at fila er lagd inn.`,
    imageType: (src, ext) =>
      `Biletet «${src}» er ei ${ext ? `.${ext}-fil` : 'fil utan filtype'}; nettsida og PDF-en kan berre vise ${TYPES}. Lagre biletet som PNG eller JPEG og lenk til den fila.`,
    imageAlt: (src) =>
      `Biletet «${src}» manglar alternativ tekst for dei som ikkje ser det. Skriv ein alternativ tekst mellom [ ] som fortel kva biletet viser, t.d. ![Figur 1 Løysingar på ulike nivå](${target(src)}).`,
    linkOutside: (href) =>
      `Lenkja «${href}» peikar ut av content-mappa. Legg fila inn i content-mappa, gjerne ved sida av dokumentet, og lenk til ho der.`,
    documentMissing: (href, from, id, suggestion) =>
      `Lenkja «${href}» i «${from}» peikar på dokumentet «${id}», som ikkje finst.${meant('nn', suggestion)} Stien er relativ til mappa dette dokumentet ligg i.`,
    fileMissing: (href, from, file, suggestion) =>
      `Lenkja «${href}» i «${from}» peikar på fila «${file}», som ikkje finst.${meant('nn', suggestion)} Stien er relativ til mappa dette dokumentet ligg i.`,
    linkDraft: (href, from, id) =>
      `Lenkja «${href}» i «${from}» peikar på «${id}», som er eit utkast og ikkje blir publisert. Fjern lenkja, eller vent med å publisere til «${id}» er klar.`,
    anchorMissing: (href, where, suggestion) =>
      `Lenkja «${href}» peikar på ei overskrift som ikkje finst${where ? ` i «${where}»` : ' i dokumentet'}.${meant('nn', suggestion)}`,
    nameClash: (file, other, url) =>
      `Fila «${file}» får same adresse som ${other === undefined ? 'PDF-en av dokumentet' : `«${other}»`} (${url}). Gje ei av filene eit anna namn.`,
  },
};

/**
 * The rule and message of a body file that may not be published, worded as
 * for a vedlegg (src/lib/i18n/file-problems.ts) so both read alike.
 */
export function refusedFile(
  verdict: Exclude<FileVerdict, { ok: true }>,
  shown: string,
  malform: Malform,
): { ruleId: string; reason: string } {
  const { ruleId, args } = verdictMessage(verdict, shown);
  return { ruleId: `planverk:${ruleId}`, reason: problemMessage(ruleId, malform, args) };
}
