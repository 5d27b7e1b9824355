/**
 * The builds' prerender bundle leaves the pages' src/lib and the site config
 * to Node (src/integrations/native-lib.ts): what it leaves out, what it still
 * bundles, and that the browser's bundle and the dev server are untouched.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativeLib } from '../../../src/integrations/native-lib.ts';
import { ROOT } from '../../helpers/project.ts';

const plugin = nativeLib(ROOT);
const resolve = (source: string, importer: string | undefined): unknown => {
  const hook = plugin.resolveId as { handler: (s: string, i: string | undefined) => unknown };
  return hook.handler(source, importer);
};
const page = path.join(ROOT, 'src/pages/index.astro');
const component = path.join(ROOT, 'src/components/doc/ActionPlan.astro');

describe('native-lib', () => {
  it('leaves src/lib modules and planverk.config.ts out, as file: URLs', () => {
    const data = path.join(ROOT, 'src/lib/site/data.ts');
    expect(resolve('../lib/site/data.ts', page)).toEqual({
      id: pathToFileURL(data).href,
      external: true,
    });
    expect(resolve('../../../planverk.config.ts', component)).toEqual({
      id: pathToFileURL(path.join(ROOT, 'planverk.config.ts')).href,
      external: true,
    });
  });

  it('still bundles components, styles, packages, missing files and code outside src/lib', () => {
    expect(resolve('../layouts/Base.astro', page)).toBeNull();
    expect(resolve('../styles/site.css', page)).toBeNull();
    expect(resolve('astro:content', page)).toBeNull();
    expect(resolve('zod', page)).toBeNull();
    expect(resolve('../lib/site/no-such-module.ts', page)).toBeNull();
    expect(resolve('../scripts/search.ts', page)).toBeNull();
    expect(resolve('../lib/site/data.ts', undefined)).toBeNull();
  });

  it('applies to builds only, and not to the browser bundle', () => {
    expect(plugin.apply).toBe('build');
    const applies = plugin.applyToEnvironment as (env: { name: string }) => boolean;
    expect(applies({ name: 'client' })).toBe(false);
    expect(applies({ name: 'prerender' })).toBe(true);
  });
});
