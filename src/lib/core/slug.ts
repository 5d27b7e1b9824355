import GithubSlugger from 'github-slugger';

// Transliterate the Norwegian letters before slugging so URLs and anchors
// survive e-mail, print and every server (decision in STYLE.md). Sámi and
// other accented letters fall back to their base letter via NFKD.
const MAP: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  Æ: 'ae',
  Ø: 'o',
  Å: 'a',
  đ: 'd',
  Đ: 'd',
  ŧ: 't',
  Ŧ: 't',
  ŋ: 'n',
  Ŋ: 'n',
  ß: 'ss',
};

/** Transliterates æ→ae, ø→o, å→a (and other diacritics) and lower-cases. */
export function transliterate(text: string): string {
  return text
    .replace(/[æøåÆØÅđĐŧŦŋŊß]/g, (ch) => MAP[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** A URL-safe slug: transliterated, lower case, words joined by hyphens. */
export function slugify(text: string): string {
  return transliterate(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Creates a slugger that makes unique anchors within one document
 * (`innleiing`, `innleiing-1`, …), like rehype-slug but transliterated.
 */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(slugify(text) || 'seksjon');
}
