// @ts-check
import { unified } from '@astrojs/markdown-remark';
import siteConfig from './planverk.config.ts';
import { astroProcessorOptions } from './src/lib/markdown/pipeline.ts';
import planverk from './src/integrations/planverk.ts';

// Pages are rendered from content/ by src/lib/site/data.ts (see the comment
// there); Astro never reads content/ through a collection and never writes to
// it. The `markdown.processor` keeps any Markdown Astro itself renders on the
// same pipeline as the documents (Astro 7's default processor is Sätteri).
// A plain object, not `defineConfig` from 'astro/config': that entrypoint
// loads svgo, csso and css-tree (≈ 350 modules, ≈ 0.5 s of every build)
// for options this site does not use; the type below checks the same.
/** @type {import('astro').AstroUserConfig} */
export default {
  site: siteConfig.baseUrl,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the Content-Security-Policy allows
  // no inline style but the one it hashes (src/lib/site/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files too: Astro inlines a small <script> (under 4 kB), and the
  // policy runs no inline script. Other assets keep Vite's default.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // compressHTML drops a line break between an inline element and following
  // text; components write {' '} where a space is meant (stack.md).
  compressHTML: true,
  markdown: {
    processor: unified(
      astroProcessorOptions({ malform: siteConfig.defaultMalform, siteUrl: siteConfig.baseUrl }),
    ),
    // Sanitising strips Shiki's inline styles anyway (pipeline.ts).
    syntaxHighlight: false,
  },
  integrations: [planverk()],
  devToolbar: { enabled: false },
};
