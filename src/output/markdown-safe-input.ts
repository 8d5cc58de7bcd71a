/**
 * The conclusion draft's input with every text a user wrote (codebook, front matter, coder names)
 * escaped for Markdown (mdInline), so the draft's templates can insert it as it is. Quote texts
 * are left raw: they are cut to length first and escaped as they are written. Pure.
 */
import type { ConclusionInput, Indicator, Quote } from '../model/conclusion.js';
import { mdInline } from './markup.js';

const opt = (s: string | undefined): string | undefined => (s === undefined ? undefined : mdInline(s));

function quote(q: Quote): Quote {
  return { ...q, segment: mdInline(q.segment), transcript: mdInline(q.transcript), citeAs: mdInline(q.citeAs),
    ...(q.informant !== undefined ? { informant: mdInline(q.informant) } : {}), ...(q.date !== undefined ? { date: mdInline(q.date) } : {}) };
}

function indicator(i: Indicator): Indicator {
  return {
    ...i, id: mdInline(i.id), label: mdInline(i.label), groups: i.groups.map(mdInline),
    supportFrom: i.supportFrom.map(mdInline), limitFrom: i.limitFrom.map(mdInline),
    supportQuotes: i.supportQuotes.map(quote), limitQuotes: i.limitQuotes.map(quote),
    ...(i.definition !== undefined ? { definition: mdInline(i.definition) } : {}),
    ...(i.parentLabel !== undefined ? { parentLabel: mdInline(i.parentLabel) } : {}),
  };
}

export function markdownSafeInput(input: ConclusionInput): ConclusionInput {
  return {
    ...input,
    codebook: { id: mdInline(input.codebook.id), title: mdInline(input.codebook.title), references: input.codebook.references.map(mdInline) },
    informants: input.informants.map((i) => ({
      ...i, transcript: mdInline(i.transcript),
      ...Object.fromEntries((['informant', 'role', 'group', 'date'] as const).filter((k) => i[k] !== undefined).map((k) => [k, opt(i[k])])),
    })),
    coded: { ...input.coded, coders: input.coded.coders.map(mdInline) },
    indicators: input.indicators.map(indicator),
  };
}
