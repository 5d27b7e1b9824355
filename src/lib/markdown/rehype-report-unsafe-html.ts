import type { Element, Root } from 'hast';
import type { Options as Schema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { SKIP, walk } from '../core/tree-walk.ts';
import type { Malform } from '../model/types.ts';
import { documentMalform } from './malform.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { t } from '../i18n/index.ts';
import { UNSAFE_HTML_RULES } from './unsafe-html-messages.ts';

/** Options of rehype-report-unsafe-html. */
export interface Options {
  /** The schema rehype-sanitize will apply next (default: `sanitizeSchema`). */
  schema?: Schema;
  /** Målform of the messages when the document does not say (default `'nb'`). */
  malform?: Malform;
}

const URL_ATTRIBUTES = ['href', 'src', 'cite', 'longDesc'];
const HARMLESS_WRAPPERS = new Set(['span', 'font']);

/**
 * Reports, as vfile messages with a rule id and the source line, what
 * rehype-sanitize is about to remove: disallowed elements, event-handler
 * attributes and links with a forbidden protocol (`javascript:`). It changes
 * nothing; run it after rehype-raw and just before rehype-sanitize with the
 * same schema. `style` and `class` attributes are removed silently: every
 * Word conversion has them, and they are harmless once gone.
 */
export default function rehypeReportUnsafeHtml(options: Options = {}) {
  const schema = options.schema ?? sanitizeSchema;
  const allowed = new Set(schema.tagNames ?? []);
  const dropped = new Set(schema.strip ?? []);

  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const report = (reason: string, node: Element, ruleId: string) => {
      // `file.message` makes a warning (fatal: false); the build decides whether to fail.
      file.message(reason, { place: node.position, ruleId, source: 'planverk' });
    };

    walk(tree, 'element', (node) => {
      const tag = node.tagName;
      if (!allowed.has(tag)) {
        if (dropped.has(tag)) {
          report(t(malform, 'html.dropped', tag), node, UNSAFE_HTML_RULES.removedElement);
          return SKIP;
        }
        // Word's `span`/`font` wrappers lose only their formatting; reporting
        // each one would bury the warnings that matter.
        if (!HARMLESS_WRAPPERS.has(tag)) {
          report(t(malform, 'html.unwrapped', tag), node, UNSAFE_HTML_RULES.removedElement);
        }
      }
      for (const [name, value] of Object.entries(node.properties)) {
        if (/^on[a-z]/i.test(name)) {
          report(
            t(malform, 'html.eventHandler', tag, name.toLowerCase()),
            node,
            UNSAFE_HTML_RULES.eventHandler,
          );
        } else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
          const protocols = schema.protocols?.[name] ?? [];
          if (!hasAllowedProtocol(value, protocols)) {
            const names = protocols.map((p) => `${p}:`);
            const list =
              names.length > 1
                ? `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}`
                : names.join('');
            const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
            report(
              t(malform, 'html.unsafeUrl', tag, name.toLowerCase(), shown, list),
              node,
              UNSAFE_HTML_RULES.unsafeUrl,
            );
          }
        }
      }
      return undefined;
    });
  };
}

/**
 * Mirrors hast-util-sanitize's protocol test: a colon before any `/`, `?`
 * or `#` starts a protocol, which must be in the list (case-sensitive, as
 * there). A relative URL has no protocol and passes.
 */
function hasAllowedProtocol(url: string, protocols: readonly string[]): boolean {
  if (protocols.length === 0) return true;
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const stop of ['/', '?', '#']) {
    const index = url.indexOf(stop);
    if (index > -1 && colon > index) return true;
  }
  return protocols.some((p) => colon === p.length && url.startsWith(p));
}
