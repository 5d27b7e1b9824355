import { z } from 'zod';
import { LANGUAGE_RULE_IDS } from '../core/language-rules.ts';

/**
 * The site configuration schema (`planverk.config.ts`). Every field documents
 * its meaning, default and range; this is the reference for operators.
 */
const KommuneSchema = z.object({
  /** Display name, e.g. `Årdal`. Must match the names clerks write in `kommune`. */
  name: z.string().min(1),
  /** URL-safe slug; derived from the name (æ→ae, ø→o, å→a) when absent. */
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  /** Path under `public/` of the coat of arms (SVG or PNG), e.g. `/vapen/ardal.svg`. */
  coatOfArms: z.string().startsWith('/'),
  /** Alternative text for the coat of arms; defaults to «<name> kommunevåpen». */
  coatOfArmsAlt: z.string().optional(),
});

/** The licence of the open data: named and linked on the open-data page and in dokument.json. */
const LicenceSchema = z.object({
  /** The licence's name as a reader sees it, e.g. `Norsk lisens for offentlige data (NLOD) 2.0`. */
  name: z.string().min(1),
  /** Where the licence text is published. */
  url: z.url(),
});

/** The default: NLOD 2.0, the licence Digdir recommends for Norwegian public data. */
export const DEFAULT_LICENCE = {
  name: 'Norsk lisens for offentlige data (NLOD) 2.0',
  url: 'https://data.norge.no/nlod/no/2.0',
} as const;

export const SiteConfigSchema = z.object({
  /** Site name shown in the header, titles and feeds. */
  siteName: z.string().min(1),
  /** Short description of the site (front page, feeds, meta description). */
  description: z.string().default(''),
  /** Absolute base URL of the published site, e.g. `https://planar.ardal.kommune.no`. */
  baseUrl: z.url(),
  /** Målform of the site chrome and the default for documents without `målform`. */
  defaultMalform: z.enum(['nb', 'nn']).default('nb'),
  /** The kommune(r) publishing on this site; the first is the default for documents. */
  kommuner: z.array(KommuneSchema).min(1),
  /** Accent colour as a hex colour; must give 4.5:1 contrast against white. */
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#1d4f7c'),
  /** Link to the site's accessibility statement (required by Norwegian law). */
  accessibilityStatement: z.url(),
  /** Contact e-mail for the site, shown in the footer. Optional. */
  contactEmail: z.email().optional(),
  /**
   * The language and structure checks of bodies (issue 15; all warnings).
   * `off`: rule ids turned off for the whole site, e.g. `['setning-lang']`
   * (src/lib/core/language-rules.ts lists them). Default: all on.
   */
  languageChecks: z
    .object({ off: z.array(z.enum(LANGUAGE_RULE_IDS)).default([]) })
    .default({ off: [] }),
  /** Licence of the open data (dokument.json, the CSV files); NLOD 2.0 when absent. */
  openDataLicence: LicenceSchema.default(DEFAULT_LICENCE),
});

/** What an operator writes in `planverk.config.ts`. */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The validated configuration, with defaults applied, that code reads. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;
