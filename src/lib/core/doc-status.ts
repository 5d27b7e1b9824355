/**
 * The statuses a document can have, and which document types may use which.
 * The one list: the vocabulary (model/vocabulary.ts) spells each code, the
 * schema (model/document.ts) applies {@link statusesFor}, the JSON Schema
 * (data/schema.ts) lists the codes, and i18n/status-label.ts words them.
 */
import type { DocType } from './types.ts';

/** Every document status, in the order a document moves through them. */
export const DOC_STATUS_CODES = ['utkast', 'horing', 'vedtatt', 'lagt-fram', 'opphevet'] as const;

/** Document status (`status`); canonical values are the bokmål ASCII forms. */
export type DocStatus = (typeof DOC_STATUS_CODES)[number];

/**
 * Types nobody adopts: an orientering or a notat is «lagt fram» (presented),
 * and `vedtatt` written on one means that.
 */
export const PRESENTED_TYPES: readonly DocType[] = ['orientering', 'notat'];

/** The statuses a document of `type` may have. */
export function statusesFor(type: DocType): readonly DocStatus[] {
  return PRESENTED_TYPES.includes(type)
    ? ['utkast', 'horing', 'lagt-fram', 'opphevet']
    : ['utkast', 'horing', 'vedtatt', 'opphevet'];
}

/**
 * The one status a document of `type` carries for what the clerk wrote:
 * `vedtatt` on an orientering or notat is still accepted and becomes
 * `lagt-fram`, so every page, index and data file shows one status per type.
 */
export function canonicalStatus(type: DocType, status: DocStatus): DocStatus {
  return status === 'vedtatt' && PRESENTED_TYPES.includes(type) ? 'lagt-fram' : status;
}
