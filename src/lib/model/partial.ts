import type { z } from 'zod';
import { FrontmatterSchema, type Frontmatter } from './schemas/document.ts';
import { ActionItemSchema, FocusAreaSchema } from './schemas/plan.ts';
import { AttachmentSchema } from './schemas/parts.ts';

/** The frontmatter fields that parsed, and list items by their original index. */
export interface PartialFrontmatter {
  fm: Partial<Frontmatter>;
  focusAreas: (z.output<typeof FocusAreaSchema> | undefined)[];
  actionPlan: (z.output<typeof ActionItemSchema> | undefined)[];
  attachments: (z.output<typeof AttachmentSchema> | undefined)[];
}

function items<S extends z.ZodType>(schema: S, value: unknown): (z.output<S> | undefined)[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const result = schema.safeParse(item);
    return result.success ? result.data : undefined;
  });
}

/**
 * Parses each field on its own, so checks that span fields and documents
 * (status, references, ids, sections) still run when another field is
 * wrong, and one run reports every problem of a file.
 */
export function parsePartial(data: unknown): PartialFrontmatter {
  const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const fm: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FrontmatterSchema.shape)) {
    const result = (schema as z.ZodType).safeParse(record[key]);
    if (result.success) fm[key] = result.data;
  }
  return {
    fm: fm as Partial<Frontmatter>,
    focusAreas: items(FocusAreaSchema, record['focusAreas']),
    actionPlan: items(ActionItemSchema, record['actionPlan']),
    attachments: items(AttachmentSchema, record['attachments']),
  };
}
