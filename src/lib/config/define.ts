import { SiteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema.ts';
import { slugify } from '../core/slug.ts';

/** Error in `planverk.config.ts`, for the developer or operator (in English). */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Validates the site configuration, applies defaults and fills derived fields. */
export function defineConfig(input: SiteConfigInput): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new SiteConfigError(`planverk.config.ts is invalid:\n${lines.join('\n')}`, {
      cause: result.error,
    });
  }
  const config = result.data;
  for (const k of config.kommuner) k.slug ??= slugify(k.name);
  return config;
}
