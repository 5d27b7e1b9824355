/**
 * The columns of the open-data CSV files. Headers are lower-case Norwegian
 * field names (as in dokument.json); status columns carry both the code and
 * the word in the site's målform.
 */
import { t } from '../i18n/index.ts';
import type { Malform } from '../model/types.ts';
import type { CsvColumn } from './csv.ts';
import { tiltakYear } from './facets.ts';
import type { TiltakRow } from './tiltak.ts';
import type { VedtakRow } from './vedtak.ts';

/** Joins a site path to the absolute base URL, so the CSV links work when downloaded. */
export function absoluteUrl(baseUrl: string, sitePath: string): string {
  return `${baseUrl.replace(/\/$/, '')}${sitePath}`;
}

/** Columns of `data/tiltak.csv`, one row per tiltak. */
export function tiltakColumns(
  malform: Malform,
  baseUrl: string,
  pageUrl: (row: TiltakRow) => string,
): CsvColumn<TiltakRow>[] {
  return [
    { header: 'dokument', value: (r) => r.doc.id },
    { header: 'tiltak_id', value: (r) => r.item.id },
    { header: 'tiltak', value: (r) => r.item.action },
    { header: 'strategi', value: (r) => r.strategy.title },
    { header: 'satsingsområde_id', value: (r) => r.area?.id },
    { header: 'satsingsområde', value: (r) => r.area?.title },
    { header: 'ansvar', value: (r) => r.item.responsible },
    { header: 'frist', value: (r) => r.item.deadline?.text },
    { header: 'frist_slutt', value: (r) => r.item.deadline?.endDate },
    { header: 'år', value: (r) => (tiltakYear(r) ? Number(tiltakYear(r)) : undefined) },
    { header: 'status', value: (r) => r.state.status },
    { header: 'status_tekst', value: (r) => t(malform, `action.${r.state.status}`) },
    { header: 'status_dato', value: (r) => r.state.since },
    { header: 'status_i_dokumentet', value: (r) => r.item.status },
    { header: 'kostnad', value: (r) => r.item.cost },
    { header: 'finansiering', value: (r) => r.item.funding },
    { header: 'merknad', value: (r) => r.state.history.at(-1)?.remark ?? r.item.remark },
    { header: 'kommune', value: (r) => r.doc.kommune.join(', ') },
    { header: 'dokumenttittel', value: (r) => r.doc.title },
    { header: 'url', value: (r) => absoluteUrl(baseUrl, pageUrl(r)) },
  ];
}

/** Columns of `data/vedtak.csv`, one row per vedtak or innstilling; points are numbered lines in one cell. */
export function vedtakColumns(
  baseUrl: string,
  pageUrl: (row: VedtakRow) => string,
): CsvColumn<VedtakRow>[] {
  return [
    { header: 'type', value: (r) => r.kind },
    { header: 'organ', value: (r) => r.organ },
    { header: 'dato', value: (r) => r.date },
    { header: 'år', value: (r) => Number(r.date.slice(0, 4)) },
    { header: 'saksnr', value: (r) => r.caseNumber },
    {
      header: 'punkt',
      value: (r) => r.points.map((p, i) => (r.points.length > 1 ? `${i + 1}. ${p}` : p)).join('\n'),
    },
    { header: 'dokument', value: (r) => r.doc.id },
    { header: 'dokumenttittel', value: (r) => r.doc.title },
    { header: 'arkivsak', value: (r) => r.doc.caseNumber },
    { header: 'kommune', value: (r) => r.doc.kommune.join(', ') },
    { header: 'url', value: (r) => absoluteUrl(baseUrl, pageUrl(r)) },
  ];
}
