/**
 * Warns about document dates far in the future: `dato: 2202-03-26` is
 * almost always 2022 mistyped, and would sort the document above every
 * other on the site and in the feed for two centuries. Tiltak deadlines
 * (`frist`) are left alone: plans do look many years ahead.
 */
import type { Finding } from './finding.ts';
import type { Frontmatter } from './schemas/document.ts';
import { pathKey, type FieldIndex } from './translate.ts';

/** How many years ahead a date may lie before it warns. */
export const FUTURE_YEARS = 5;

/** `now` plus {@link FUTURE_YEARS}, as an ISO date. */
function limit(now: Date): string {
  const y = now.getFullYear() + FUTURE_YEARS;
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Warnings for `dato`, `høringsfrist`, vedtak dates and møtedatoar more than five years ahead. */
export function futureDateFindings(
  fm: Frontmatter,
  data: Record<string, unknown>,
  index: FieldIndex,
  now: Date = new Date(),
): Finding[] {
  const dates: [PropertyKey[], string | undefined][] = [
    [['date'], fm.date],
    [['consultationDeadline'], fm.consultationDeadline],
    ...fm.decisions.map((d, i): [PropertyKey[], string | undefined] => [
      ['decisions', i, 'date'],
      d.date,
    ]),
    ...fm.route.map((r, i): [PropertyKey[], string | undefined] => [
      ['route', i, 'meetingDate'],
      r.meetingDate,
    ]),
  ];
  const max = limit(now);
  const findings: Finding[] = [];
  for (const [path, iso] of dates) {
    if (iso === undefined || iso <= max) continue;
    const entry = index.get(pathKey(path));
    if (!entry) continue;
    findings.push({
      ruleId: 'dato-framtid',
      pos: entry.pos,
      field: entry.clerk,
      severity: 'warning',
      args: { value: written(data, path) ?? iso, count: FUTURE_YEARS },
    });
  }
  return findings;
}

function written(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return typeof value === 'string' ? value.trim() : undefined;
}
