import type { Problem } from '../model/problems.ts';
import { sortProblems } from '../model/problems.ts';
import type { Malform } from '../model/types.ts';
import { t } from '../i18n/index.ts';
import { contentSecurityPolicy } from './csp.ts';

/*
 * The page `npm run dev` shows instead of the site while the content has
 * errors: the clerk previewing a document sees the same list `npm run check`
 * prints, worded for people, and the page reloads itself (through Vite's
 * client) as soon as a fixed file is saved.
 */

/** True for a {@link ContentError} from any copy of the module (Vite loads its own copy for the pages). */
export function isContentError(error: unknown): error is Error & { problems: Problem[] } {
  return (
    error instanceof Error &&
    error.name === 'ContentError' &&
    Array.isArray((error as { problems?: unknown }).problems)
  );
}

/** A complete HTML page listing every problem by file, line and field, in the site's målform. */
export function renderProblemPage(problems: readonly Problem[], malform: Malform): string {
  const w = (key: 'title' | 'intro' | 'line' | 'error' | 'warning' | 'check') =>
    t(malform, `problemPage.${key}`);
  const byFile = new Map<string, Problem[]>();
  for (const p of sortProblems(problems)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const sections = [...byFile].map(([file, list]) => {
    const items = list.map((p) => {
      const where = `${file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
      const label = p.severity === 'error' ? w('error') : w('warning');
      const field = p.field ? `<code>${escape(p.field)}</code>: ` : '';
      return `<li class="${p.severity}"><p><strong>${label}</strong>, ${w('line')} ${p.line}: ${field}${escape(p.message)}</p><pre>${escape(where)}  [${escape(p.ruleId)}]</pre></li>`;
    });
    return `<section><h2><code>${escape(file)}</code></h2><ul>${items.join('')}</ul></section>`;
  });
  return `<!doctype html>
<html lang="${malform}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('title')}</title><script type="module" src="/@vite/client"></script>
<style>${STYLE}</style></head>
<body><main><h1>${w('title')}</h1><p>${w('intro')}</p>${sections.join('\n')}<p>${w('check')}</p></main></body></html>
`;
}

const STYLE = `body{font:1.0625rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:auto}h1{color:#a4161a}h2{font-size:1.1rem;margin-top:2rem;overflow-wrap:anywhere}
ul{list-style:none;padding:0}li{border-left:.35rem solid #a4161a;padding:.25rem .75rem;margin:.75rem 0;background:#fdf3f3}
li.warning{border-color:#8a5a00;background:#fdf8ec}li p{margin:.25rem 0}
pre{margin:.25rem 0;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.9rem;color:#444}`;

// Only Vite's client script (same origin) and this page's own style block.
const POLICY = escape(contentSecurityPolicy({ styles: [STYLE] }));

function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
