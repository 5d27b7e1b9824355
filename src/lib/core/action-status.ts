/**
 * The statuses a tiltak can have, in the order pages, facets and open data
 * show them, and the status of a tiltak whose plan gives none. The one list:
 * the schema's vocabulary (model/vocabulary.ts) spells each code, the JSON
 * Schema (data/schema.ts) lists them, the facets (data/facets.ts) order them.
 */
export const ACTION_STATUS_CODES = ['planlagt', 'pagar', 'fullfort', 'utsatt', 'avlyst'] as const;

/** Status of one tiltak (`handlingsplan[].status`). */
export type ActionStatus = (typeof ACTION_STATUS_CODES)[number];

/** A tiltak without `status` in its plan is planned. */
export const DEFAULT_ACTION_STATUS: ActionStatus = 'planlagt';
