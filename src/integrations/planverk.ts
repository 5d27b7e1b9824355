import { createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishableType } from '../lib/files/file-types.ts';
import config from '../../planverk.config.ts';
import { attachmentSource } from '../lib/site/copy-files.ts';
import { faviconIco } from '../lib/site/favicon.ts';
import { getSiteData } from '../lib/site/data.ts';
import {
  NoSiteRunError,
  hasSiteRun,
  invalidateSiteData,
  siteRun,
  startSiteRun,
} from '../lib/site/handover.ts';
import { siteOptions } from '../lib/site/options.ts';
import { isContentError, renderProblemPage } from '../lib/site/problem-page.ts';
import { attachmentUrl } from '../lib/core/urls.ts';
import { previewPdfUrl, printPageUrl } from '../lib/core/print-urls.ts';
import { nativeLib } from './native-lib.ts';

/**
 * Dev-server wiring only (no logic): reload the site data when a clerk edits
 * content/, and serve vedlegg and the files bodies use at the URLs the build copies them to. Builds
 * run their post-build steps from scripts/build.ts (src/lib/build/build-steps.ts).
 */
export default function planverk(): AstroIntegration {
  return {
    name: 'planverk',
    hooks: {
      // The pages learn whether this is the dev server from the run started
      // here (src/lib/site/handover.ts), not from import.meta.env.DEV, which
      // a process started from Vitest inherits as DEV=1.
      'astro:config:setup': ({ command, config: astroConfig, updateConfig }) => {
        if (command === 'dev') {
          // The dev server shows drafts, marked; PLANVERK_CONTENT_DIR may point elsewhere.
          startSiteRun({ command, options: siteOptions(fileURLToPath(astroConfig.root), true) });
        } else if (command === 'build' && !hasSiteRun()) {
          // `astro build` alone: stop before rendering an incomplete site.
          throw new NoSiteRunError();
        }
        // Builds (tests, a second terminal) write here; the dev server need not watch them.
        const ignored = ['**/.planverk/**', '**/dist/**', '**/dist-preview/**'];
        updateConfig({
          vite: {
            server: { watch: { ignored } },
            // Builds import the pages' src/lib as Node does (native-lib.ts).
            plugins: command === 'build' ? [nativeLib(fileURLToPath(astroConfig.root))] : [],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const { options } = siteRun();
        server.watcher.add(options.contentDir);
        const onContentChange = (file: string): void => {
          if (!path.resolve(file).startsWith(options.contentDir + path.sep)) return;
          logger.info(`content changed: ${path.relative(options.root, file)}; reloading`);
          invalidateSiteData();
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, onContentChange);

        // The build writes favicon.ico from public/favicon.svg (src/lib/site/favicon.ts).
        server.middlewares.use('/favicon.ico', (_req, res, next) => {
          faviconIco(options.root).then((ico) => {
            res.setHeader('content-type', 'image/x-icon');
            res.end(ico);
          }, next);
        });

        // A document with errors answers with its own problems; the rest of
        // the site renders. Errors that belong to no document (a status-update
        // file) make every page the list of them (not a bare 500).
        server.middlewares.use((req, res, next) => {
          const pathname = (req.url ?? '/').split('?')[0] ?? '/';
          if (!/\/$|\.html$/.test(pathname)) return next();
          getSiteData().then(
            (site) => {
              const own = site.broken.get(decodeURIComponent(pathname));
              if (!own) return next();
              res.statusCode = 500;
              res.setHeader('content-type', 'text/html; charset=utf-8');
              res.end(renderProblemPage(own, own[0]?.malform ?? config.defaultMalform));
            },
            (error: unknown) => {
              // Anything else goes on to Astro, whose error overlay shows the stack.
              if (!isContentError(error)) return next();
              res.statusCode = 500;
              res.setHeader('content-type', 'text/html; charset=utf-8');
              res.end(renderProblemPage(error.problems, config.defaultMalform));
            },
          );
        });

        // A PDF preview, printed on request with the build's PDF code (src/lib/pdf/preview.ts).
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
          if (!pathname.endsWith('/forhandsvising.pdf')) return next();
          getSiteData()
            .then(async (site) => {
              const item = site.documents.find((d) => previewPdfUrl(d.doc) === pathname);
              if (!item) return next();
              const origin = `http://${req.headers.host ?? 'localhost'}`;
              // Imported on the first preview: the PDF code (playwright-core,
              // pdf-lib, fonts; ≈ 0.9 s) would otherwise load in every build,
              // which reads this file through astro.config.mjs.
              const { printPreview } = await import('../lib/pdf/preview.ts');
              const pdf = await printPreview(
                item.doc,
                `${origin}${printPageUrl(item.doc)}`,
                config.baseUrl,
              );
              res.setHeader('content-type', 'application/pdf');
              res.setHeader('cache-control', 'no-store');
              res.end(pdf);
            })
            .catch(next);
        });

        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
          if (!pathname.startsWith('/dokument/') || pathname.endsWith('/')) return next();
          getSiteData()
            .then((site) => {
              // Files are sent with their type and nosniff, as the hosting README asks of servers.
              const send = (file: string, source: string): void => {
                const type = publishableType(file);
                if (type) res.setHeader('content-type', type.mime);
                res.setHeader('x-content-type-options', 'nosniff');
                createReadStream(source).pipe(res);
              };
              // A file a body uses (src/lib/assets).
              const asset = site.documents.flatMap((d) => d.assets).find((a) => a.url === pathname);
              if (asset) return send(asset.file, asset.source);
              for (const { doc } of site.documents) {
                const hit = doc.attachments.find((a) => attachmentUrl(doc, a) === pathname);
                if (!hit) continue;
                return send(
                  hit.file,
                  attachmentSource(options.root, doc.sourcePath, doc.id, hit.file),
                );
              }
              next();
            })
            .catch(next);
        });
      },
    },
  };
}
