/**
 * The conclusion draft's phrase tables, one per project language (phrases-id.ts, phrases-en.ts; their
 * shape in phrases.ts), and the status names every output uses. Pure.
 */
import type { Status } from '../model/analysis.js';
import { EN, EN_STATUS } from './phrases-en.js';
import { ID, ID_STATUS } from './phrases-id.js';
import type { Phrases } from './phrases.js';

export * from './phrases.js';

export const PHRASES: Record<'id' | 'en', Phrases> = { id: ID, en: EN };

/** Triangulation statuses as the drafts name them (also used by the HTML report and figures). */
export const STATUS_LABELS: Record<'id' | 'en', Record<Status, string>> = { id: ID_STATUS, en: EN_STATUS };
