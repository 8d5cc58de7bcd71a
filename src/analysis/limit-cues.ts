/**
 * Limiting cues in running text, for choosing and shortening quotes: the built-in cues of both
 * languages (a quote's language may differ from the project's), and contrastive openings. Pure.
 */
import { CONTRAST, LIMIT_CUES, NEGATIONS } from '../text/cues.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LIMIT_RE = new RegExp(
  `(?<![\\p{L}'])(?:${Object.values(LIMIT_CUES).flat().sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}'])`, 'giu');
const NEGATION_RE = new RegExp(`(?<![\\p{L}'])(?:${Object.values(NEGATIONS).flat().map(escapeRe).join('|')})(?![\\p{L}'])`, 'giu');
const CONTRAST_START_RE = new RegExp(`^["'(]?(?:${Object.values(CONTRAST).flat().map(escapeRe).join('|')})(?![\\p{L}])`, 'iu');

/** How many limiting cues a text holds. */
export function limitCues(text: string): number {
  return text.match(LIMIT_RE)?.length ?? 0;
}

/** How strongly a sentence voices a limitation: its limiting cues, plus one for a contrast opening. */
export function limitScore(sentence: string): number {
  return limitCues(sentence) + (CONTRAST_START_RE.test(sentence) ? 1 : 0);
}

/** Plain negations (`tidak`, `not`): a weaker sign of a limit than a limiting cue. */
export function negations(text: string): number {
  return text.match(NEGATION_RE)?.length ?? 0;
}
