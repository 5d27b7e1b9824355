/**
 * URLs of the pages this module publishes: the tiltak overview and its
 * filters, the status reports, the satsingsområde pages, the vedtak register
 * and the open-data files. One place, so pages, links, feeds and the sitemap agree.
 */
import type { ActionStatus, Malform } from './types.ts';
import type { Slugged } from './urls.ts';

/** The tiltak overview. */
export const TILTAK_URL = '/tiltak/';
/** The vedtak register. */
export const VEDTAK_URL = '/vedtak/';

/** Tiltak with one current status. */
export const tiltakStatusUrl = (status: ActionStatus): string => `/tiltak/status/${status}/`;
/** Tiltak of one responsible unit (slug from `facetsOf`). */
export const tiltakAnsvarUrl = (slug: string): string => `/tiltak/ansvar/${slug}/`;
/** Tiltak with a deadline in one year. */
export const tiltakYearUrl = (year: string): string => `/tiltak/ar/${year}/`;
/** The page of one focus area of a strategy, with its tiltak. */
export const focusAreaUrl = (strategy: Slugged, area: { id: string }): string =>
  `/satsingsomrade/${strategy.slug}/${area.id}/`;
/** The printable status report of a strategy. */
export const reportUrl = (strategy: Slugged): string => `/rapport/${strategy.slug}/`;
/** Register rows of one organ. */
export const vedtakOrganUrl = (slug: string): string => `/vedtak/organ/${slug}/`;
/** Register rows of one year. */
export const vedtakYearUrl = (year: string): string => `/vedtak/ar/${year}/`;

/** The path segment of the open-data page: «opne-data» in nynorsk, «apne-data» in bokmål. */
export const openDataSegment = (malform: Malform): string =>
  malform === 'nn' ? 'opne-data' : 'apne-data';
/** The open-data page, in the site's målform. */
export const openDataUrl = (malform: Malform): string => `/${openDataSegment(malform)}/`;

/** The open-data files, relative to the site root. */
export const DATA_FILES = {
  dokument: '/data/dokument.json',
  schema: '/data/dokument.schema.json',
  tiltak: '/data/tiltak.csv',
  vedtak: '/data/vedtak.csv',
} as const;
