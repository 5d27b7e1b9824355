/**
 * The data pages' view of the site: W's memoized site data plus every
 * tiltak's current state and the vedtak register, computed once per build.
 */
import { getSiteData, type SiteData } from '../site/data.ts';
import { loadStatusData } from './states.ts';
import { strategiesWithTiltak, tiltakRows, type TiltakRow } from './tiltak.ts';
import { vedtakRows, type VedtakRow } from './vedtak.ts';
import type { PlanDocument } from '../model/types.ts';
import type { StatusUpdate } from '../status/types.ts';

/** What the tiltak, report, satsingsområde and register pages read. */
export interface RegisterData {
  site: SiteData;
  tiltak: TiltakRow[];
  vedtak: VedtakRow[];
  /** Documents with tiltak pointing at them, one status report each. */
  strategies: PlanDocument[];
  updates: StatusUpdate[];
}

const memo = new WeakMap<SiteData, Promise<RegisterData>>();

/** Loads the data pages' view; shares W's cache, so dev reloads refresh it too. */
export async function getRegisterData(): Promise<RegisterData> {
  const site = await getSiteData();
  let promise = memo.get(site);
  if (!promise) {
    promise = (async () => {
      const documents = site.documents.map((d) => d.doc);
      const { states, updates } = await loadStatusData(documents, {
        root: site.options.root,
        contentDir: site.options.contentDir,
        defaultMalform: site.config.defaultMalform,
      });
      const tiltak = tiltakRows(documents, states);
      return {
        site,
        tiltak,
        vedtak: vedtakRows(documents),
        strategies: strategiesWithTiltak(tiltak),
        updates,
      };
    })();
    memo.set(site, promise);
  }
  return promise;
}
