import { stringify } from 'yaml';

/** The values `npm run new` writes into a template. */
export interface TemplateValues {
  title: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  kommune: readonly string[];
  /** Id of the strategy a handlingsplan follows up; only handlingsplan templates ask for it. */
  strategy?: string;
}

// YAML chooses plain or quoted style itself, so a title such as
// «Plan: 2027» or «2027» still reads back as the same string.
const scalar = (value: string): string => stringify(value).trimEnd();

/**
 * A block of lines between `{{#strategi}}` and `{{/strategi}}` stays only when
 * a strategy is given; one between `{{^strategi}}` and `{{/strategi}}` only
 * when none is (the mustache convention). A handlingsplan template says both
 * ways: linked to a strategy's focus areas, or with focus areas of its own,
 * which the content model allows when the site has no strategy yet. Each
 * marker stands on a line of its own, and that line goes too.
 */
const SECTION = /^\{\{([#^])strategi\}\}\r?\n([\s\S]*?)^\{\{\/strategi\}\}(?:\r?\n|$)/gm;

function keepSections(template: string, hasStrategy: boolean): string {
  const kept = template.replace(SECTION, (_whole, kind: string, body: string) =>
    (kind === '#') === hasStrategy ? body : '',
  );
  const stray = /\{\{[#^/][^}]*\}\}/.exec(kept);
  if (stray) throw new Error(`Unclosed or unknown template section ${stray[0]}`);
  return kept;
}

/**
 * Replaces the placeholders of a template: `{{tittel}}`, `{{dato}}`,
 * `{{kommune}}`, `{{strategi}}`, `{{år}}` and `{{år+N}}` (the year of `date`
 * plus N), after keeping the `{{#strategi}}`/`{{^strategi}}` sections that
 * apply. An unknown placeholder or a missing value is a bug in the template
 * or the caller, so it throws rather than leaving braces behind.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  template = keepSections(template, values.strategy !== undefined);
  const year = Number(values.date.slice(0, 4));
  const kommune =
    values.kommune.length === 1
      ? scalar(values.kommune[0] as string)
      : stringify([...values.kommune], {
          collectionStyle: 'flow',
          flowCollectionPadding: false,
        }).trimEnd();
  return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (whole, name: string) => {
    const offset = /^år\+(\d+)$/.exec(name);
    if (offset) return String(year + Number(offset[1]));
    switch (name) {
      case 'tittel':
        return scalar(values.title);
      case 'dato':
        return values.date;
      case 'år':
        return String(year);
      case 'kommune':
        return kommune;
      case 'strategi':
        if (values.strategy === undefined)
          throw new Error(`Template needs ${whole} but no strategy was given`);
        return scalar(values.strategy);
      default:
        throw new Error(`Unknown template placeholder ${whole}`);
    }
  });
}
