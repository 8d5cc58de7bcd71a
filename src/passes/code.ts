/**
 * The coding pass: automatic codes from keyword matches (score from distinct terms, diminishing
 * repeats; polarity from the matches), plus the manual codings anchored to segments. Pure.
 */
import type { Matcher } from '../codebook/compile.js';
import type { CodeAssignment, CodedSegment, Polarity, ReducedSegment, ReducedTranscript } from '../model/analysis.js';
import type { Token } from '../text/tokenize.js';
import { findMatches, type Match } from './match.js';

export interface CodeContext {
  matcher: Matcher;
  auto: 'on' | 'suggest' | 'off';
  minScore: number;
  /** Manual codings per segment id, already anchored. */
  manual: Map<string, CodeAssignment[]>;
}

/** Automatic codes for one text, at or above minScore, best first. `tokens`: tokenize(text), if at hand. */
export function autoCodes(text: string, lang: string, matcher: Matcher, minScore: number, tokens?: Token[]): CodeAssignment[] {
  const matches = findMatches(text, matcher.forLang(lang), tokens);
  const byCode = new Map<string, Match[]>();
  for (const mt of matches) {
    const l = byCode.get(mt.term.code);
    if (l) l.push(mt);
    else byCode.set(mt.term.code, [mt]);
  }
  const out: CodeAssignment[] = [];
  for (const [code, ms] of byCode) {
    const perTerm = new Map<string, { raw: string; weight: number; n: number }>();
    let limit = 0;
    let support = 0;
    for (const mt of ms) {
      const t = perTerm.get(mt.term.key);
      if (t) t.n += 1;
      else perTerm.set(mt.term.key, { raw: mt.term.raw, weight: mt.term.weight, n: 1 });
      if (mt.polarity === 'limit') limit += mt.term.weight;
      else support += mt.term.weight;
    }
    // each distinct term counts its weight once; repeats add less and less
    let score = 0;
    for (const t of perTerm.values()) score += t.weight * (1 + 0.5 * Math.log2(t.n));
    score = Math.round(score * 100) / 100;
    if (score < minScore) continue;
    const polarity: Polarity = limit > 0 && limit >= support ? 'limit' : 'support';
    out.push({
      code, path: [...(matcher.paths.get(code) ?? [])], origin: 'auto', polarity, score,
      terms: [...perTerm.values()].map((t) => t.raw).sort(),
    });
  }
  return sortAssignments(out, matcher.order);
}

export function codeTranscript(r: ReducedTranscript, ctx: CodeContext): CodedSegment[] {
  return r.segments.map((seg) =>
    withManual(r, seg, seg.kept && ctx.auto !== 'off' ? autoCodes(seg.text, r.lang, ctx.matcher, ctx.minScore) : [], ctx));
}

/** A segment's automatic codes combined with its manual codings as `auto` says: counted, suggested or none. */
export function withManual(
  r: ReducedTranscript, seg: ReducedSegment, auto: CodeAssignment[], ctx: Pick<CodeContext, 'matcher' | 'auto' | 'manual'>,
): CodedSegment {
  const manual = ctx.manual.get(seg.segment.id) ?? [];
  const counted = ctx.auto === 'on' ? [...auto, ...manual] : manual;
  return {
    transcript: r.transcript,
    reduced: seg,
    lang: r.lang,
    codes: sortAssignments(counted, ctx.matcher.order),
    suggestions: ctx.auto === 'suggest' ? auto : [],
  };
}

/** Score descending, then codebook order, then origin. */
export function sortAssignments(list: CodeAssignment[], order: Map<string, number>): CodeAssignment[] {
  return [...list].sort(
    (a, b) => b.score - a.score || (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0),
  );
}
