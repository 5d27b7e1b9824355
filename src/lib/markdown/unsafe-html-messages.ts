import type { Malform } from '../model/types.ts';

/** Rule ids of the messages rehype-report-unsafe-html attaches (forward them as warnings). */
export const UNSAFE_HTML_RULES = {
  removedElement: 'planverk:removed-html',
  unsafeUrl: 'planverk:unsafe-url',
  eventHandler: 'planverk:event-handler',
} as const;

const ALLOWED = '<b>, <i>, <u>, <s>, <sub>, <sup> og <br>';

/** Clerk-facing wording of the removed-HTML messages, per målform. */
export const UNSAFE_HTML_TEXT: Record<
  Malform,
  {
    dropped: (tag: string) => string;
    unwrapped: (tag: string) => string;
    unsafeUrl: (tag: string, attribute: string, url: string, protocols: string) => string;
    eventHandler: (tag: string, attribute: string) => string;
  }
> = {
  nb: {
    dropped: (tag) =>
      `HTML-elementet <${tag}> er fjernet sammen med innholdet. Bare ${ALLOWED} kan stå som HTML i teksten; skriv resten som Markdown.`,
    unwrapped: (tag) =>
      `HTML-elementet <${tag}> er fjernet, teksten i det er beholdt. Bare ${ALLOWED} kan stå som HTML i teksten; skriv resten som Markdown.`,
    unsafeUrl: (tag, attribute, url, protocols) =>
      `Adressen «${url}» i <${tag} ${attribute}> er fjernet. Bare adresser som begynner med ${protocols} er tillatt.`,
    eventHandler: (tag, attribute) =>
      `Attributtet ${attribute} på <${tag}> er fjernet: teksten kan ikke inneholde skript.`,
  },
  nn: {
    dropped: (tag) =>
      `HTML-elementet <${tag}> er fjerna saman med innhaldet. Berre ${ALLOWED} kan stå som HTML i teksten; skriv resten som Markdown.`,
    unwrapped: (tag) =>
      `HTML-elementet <${tag}> er fjerna, teksten i det er teken vare på. Berre ${ALLOWED} kan stå som HTML i teksten; skriv resten som Markdown.`,
    unsafeUrl: (tag, attribute, url, protocols) =>
      `Adressa «${url}» i <${tag} ${attribute}> er fjerna. Berre adresser som byrjar med ${protocols} er tillatne.`,
    eventHandler: (tag, attribute) =>
      `Attributtet ${attribute} på <${tag}> er fjerna: teksten kan ikkje innehalde skript.`,
  },
};
