/**
 * The conclusion draft as a list of blocks (title, headings, paragraphs, quotes with citations and
 * coders, researcher's notes, numbered lists): method paragraph, one section per indicator,
 * conclusions, specific suggestions and references, in the project language. The Markdown
 * (conclusions-markdown.ts) and the Word document (conclusions-docx.ts) are both written from these blocks,
 * so they say the same. Pure and deterministic.
 *
 * Sentences come from the phrase tables (phrases-id.ts, phrases-en.ts); this file decides what to
 * say about each indicator and in which order.
 */
import { kappaBand } from '../analysis/agreement.js';
import { limitScore, negations } from '../analysis/limit-cues.js';
import { DROP_REASONS, type DropReason } from '../model/analysis.js';
import type { ConclusionInput, Indicator, Quote } from '../model/conclusion.js';
import { METHODS, type Method } from '../model/transcript.js';
import { oneLineUpTo } from '../text/one-line.js';
import { mdInline, oneLine } from './markup.js';
import {
  leaning, PHRASES, statusCounts, type Fmt, type LeafView, type MethodFacts, type Phrases, type SuggestionFacts, type ThinReason,
} from './conclusions-text.js';

/** Quotes longer than this (plus a little slack) are shortened with an ellipsis. */
const QUOTE_WORDS = 60;
const QUOTE_SLACK = 5;
const ELLIPSIS = '…';
/**
 * A quote is shortened from its first this many characters: far more than any answer (a longer
 * segment is a transcript without line breaks), so a 20 MB segment is not split into sentences whole.
 */
const SCAN_CHARS = 100_000;

const MILES_HUBERMAN = 'Miles, M. B., & Huberman, A. M. (1994). Qualitative data analysis: An expanded sourcebook (2nd ed.). Sage Publications.';
const LANDIS_KOCH = 'Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174. https://doi.org/10.2307/2529310';

/** One block of the draft. Paragraph text may hold `*emphasis*` and `**strong**` (and nothing else of Markdown). */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  /** A note to the researcher, `**[Label]** text`, shown as a call-out. */
  | { kind: 'callout'; text: string }
  | { kind: 'quote'; quote: Quote; text: string; citation: string }
  | { kind: 'numbered'; items: string[] }
  | { kind: 'bullets'; items: string[] };

export interface Draft {
  lang: 'id' | 'en';
  blocks: Block[];
}

export function draftBlocks(input: ConclusionInput): Draft {
  const P = PHRASES[input.lang] ?? PHRASES.id;
  const x = makeFmt(P);
  const views = leafViews(input);
  const blocks: Block[] = [
    { kind: 'title', text: P.heading.title },
    { kind: 'note', text: P.draftNote },
    h(2, P.heading.method),
    ...P.methodSection(methodFacts(input), x).map(para),
    h(2, P.heading.results),
    ...resultBlocks(input, views, P, x),
    h(2, P.heading.conclusions),
    ...conclusionBlocks(views, P, x),
    h(2, P.heading.suggestions),
    ...suggestionBlocks(input, views, P, x),
  ];
  const refs = references(input);
  if (refs.length) blocks.push(h(2, P.heading.references), { kind: 'bullets', items: refs });
  return { lang: input.lang, blocks: blocks.filter((b) => b.kind !== 'paragraph' || b.text !== '') };
}

const h = (level: number, text: string): Block => ({ kind: 'heading', level, text: oneLine(text) });
/** A phrase as a block: `> **[…]** …` phrases are call-outs, the rest paragraphs. */
const para = (text: string): Block => (text.startsWith('> ') ? { kind: 'callout', text: text.slice(2) } : { kind: 'paragraph', text });

// ---------------------------------------------------------------------------------------------
// Formatting helpers
// ---------------------------------------------------------------------------------------------

/** `12.345` / `12,345`: digits grouped by threes with the language's separator. */
export function groupDigits(n: number, sep: string): string {
  const neg = n < 0;
  const digits = String(Math.abs(Math.round(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return neg ? `-${grouped}` : grouped;
}

/** `a`, `a dan b`, `a, b, dan c`; semicolons separate items that contain commas. */
function joinList(items: readonly string[], and: string): string {
  const xs = items.map(oneLine).filter((i) => i !== '');
  if (xs.length <= 1) return xs[0] ?? '';
  const sep = xs.some((i) => i.includes(',')) ? ';' : ',';
  if (xs.length === 2) return sep === ';' ? `${xs[0]}; ${and} ${xs[1]}` : `${xs[0]} ${and} ${xs[1]}`;
  return `${xs.slice(0, -1).join(`${sep} `)}${sep} ${and} ${xs[xs.length - 1]}`;
}

/** Lower-case a label's first letter for use mid-sentence, unless it looks like an acronym (`FGD`, `KPU`). */
function inSentence(label: string): string {
  const l = oneLine(label);
  const [a, b] = [l.charAt(0), l.charAt(1)];
  if (!a || a === a.toLowerCase() || (b && b !== b.toLowerCase())) return l;
  return a.toLowerCase() + l.slice(1);
}

/** `pemerintah-desa` → `pemerintah desa`. */
export function humanGroup(g: string): string {
  return oneLine(g.replace(/[-_]+/g, ' '));
}

function makeFmt(P: Phrases): Fmt {
  const int = (n: number) => groupDigits(n, P.thousands);
  const num = (n: number) => (Number.isInteger(n) && n >= 0 && n < P.numberWords.length ? P.numberWords[n]! : int(n));
  const list = (items: readonly string[]) => joinList(items, P.and);
  const fmt: Fmt = {
    num,
    int,
    list,
    name: inSentence,
    who: (names, max = 3) => (names.length <= max + 1 ? list(names) : list([...names.slice(0, max), P.others(names.length - max, fmt)])),
    methods: (ms) => list(ms.map((m) => P.method[m])),
    groups: (gs) => list(gs.map(humanGroup)),
    sources: (n, methods) => `${num(n)} ${P.sourceNoun(n, methods.length > 0 && methods.every((m) => m === 'interview' || m === 'fgd'))}`,
    decimal: (k) => (Math.round(k * 100) / 100).toFixed(2).replace('.', P.decimalMark),
  };
  return fmt;
}

// ---------------------------------------------------------------------------------------------
// Facts derived from the input
// ---------------------------------------------------------------------------------------------

function methodsInData(input: ConclusionInput): Method[] {
  const used = new Set(input.informants.map((i) => i.method));
  return METHODS.filter((m) => used.has(m));
}

function methodFacts(input: ConclusionInput): MethodFacts {
  const count = (m: Method) => input.informants.filter((i) => i.method === m).length;
  const groups = [...new Set(input.informants.map((i) => i.group).filter((g): g is string => !!g))];
  return {
    sources: input.informants.length,
    byMethod: METHODS.map((m) => [m, count(m)] as [Method, number]).filter(([, n]) => n > 0),
    roles: input.informants.map((i) => i.role ?? i.informant ?? i.transcript),
    groups,
    frame: oneLine(input.codebook.title),
    leaves: input.indicators.filter((i) => i.isLeaf).length,
    reduction: input.reduction,
    dropped: DROP_REASONS.map((d) => [d, input.reduction.dropped[d] ?? 0] as [DropReason, number]).filter(([, n]) => n > 0),
    coded: input.coded,
    minGroups: input.triangulation.minGroups,
    minMethods: input.triangulation.minMethods,
    methodsInData: methodsInData(input).length,
  };
}

/** Why a thin indicator falls short (mirrors the rule in analysis/triangulate.ts: the side that outweighs must be triangulated). */
function thinReasons(ind: Indicator, input: ConclusionInput): ThinReason[] {
  if (ind.status !== 'thin') return [];
  const { minGroups, minMethods } = input.triangulation;
  const inData = methodsInData(input).length;
  const side = leaning(ind);
  if (!side) return [{ kind: 'balance' }];
  const groups = side === 'support' ? ind.supportGroups : ind.limitGroups;
  const methods = side === 'support' ? ind.supportMethods : ind.limitMethods;
  const reasons: ThinReason[] = [];
  if (groups.length < minGroups) reasons.push({ kind: 'groups', side, groups });
  if (inData > 1 && methods.length < Math.min(minMethods, inData)) reasons.push({ kind: 'methods', side, methods });
  return reasons.length ? reasons : [{ kind: 'criterion' }];
}

function leafViews(input: ConclusionInput): Map<Indicator, LeafView> {
  const views = new Map<Indicator, LeafView>();
  for (const ind of input.indicators) {
    if (!ind.isLeaf) continue;
    views.set(ind, {
      ind, i: views.size, thin: thinReasons(ind, input),
      minGroups: input.triangulation.minGroups, minMethods: input.triangulation.minMethods, coders: input.coded.coders.length,
    });
  }
  return views;
}

/** Direct children of the indicator at `index` (indicators come parents first, in codebook order). */
function childrenOf(indicators: readonly Indicator[], index: number): Indicator[] {
  const parent = indicators[index]!;
  const out: Indicator[] = [];
  for (let j = index + 1; j < indicators.length && indicators[j]!.depth > parent.depth; j++) {
    if (indicators[j]!.depth === parent.depth + 1) out.push(indicators[j]!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quotes and citations
// ---------------------------------------------------------------------------------------------

function formatDate(date: string | undefined, P: Phrases): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const month = m ? P.months[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return oneLine(date);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** `(Kapolsek Pujud, wawancara, 12 Maret 2024, baris 29–33)` */
export function citation(q: Quote, P: Phrases): string {
  const [a, b] = q.lines;
  const lines = a === b ? `${P.lines(true)} ${a}` : `${P.lines(false)} ${a}–${b}`;
  const parts = [oneLine(q.citeAs), P.method[q.method], formatDate(q.date, P), lines].filter((p): p is string => !!p);
  return `(${parts.join(', ')})`;
}

/** Abbreviations that end in a period without ending a sentence (Drs., H., S.IP., Mr.). */
function isAbbreviation(word: string): boolean {
  const w = word.replace(/^["'(]+/, '');
  return /^[A-Z][a-z]?$/.test(w) || /\w\.\w/.test(w) || /^(Drs|Dra|Hj|Mrs|Prof|dst|dll|dsb|No|Jl|St)$/.test(w);
}

/** Sentences of a one-line text, each with its closing punctuation. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const re = /([.!?]+["')\]]*)\s+(?=["'(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(start, m.index);
    const lastWord = before.slice(before.lastIndexOf(' ') + 1);
    if (m[1] === '.' && isAbbreviation(lastWord)) continue;
    out.push(text.slice(start, m.index + m[1]!.length));
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

const WORD = /[^ ]+/g;

/** Words of a one-line text (`s.split(' ').filter(Boolean).length`), counted without splitting it. */
function wordCount(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  return n;
}

/** First sentence to quote: 0, or for a limit the most limiting sentence when it lies beyond the cut. */
function startSentence(ss: string[], focusLimit: boolean): number {
  if (!focusLimit) return 0;
  let best = 0;
  ss.forEach((s, j) => { if (limitScore(s) > limitScore(ss[best]!)) best = j; });
  return wordCount(ss.slice(0, best + 1).join(' ')) > QUOTE_WORDS ? best : 0;
}

/**
 * Shorten a long quote to about QUOTE_WORDS words, marking cuts with "…": whole sentences when that
 * keeps at least half, else the last clause boundary (comma) in the final third, else a word
 * boundary. A limiting quote starts at its most limiting sentence if that would otherwise be cut
 * (looked for in the first SCAN_CHARS characters).
 */
export function fitQuote(raw: string, focusLimit = false): string {
  const { text, cut: more } = oneLineUpTo(raw, SCAN_CHARS);
  if (!more && wordCount(text) <= QUOTE_WORDS + QUOTE_SLACK) return text;
  const ss = sentences(text);
  const size = (a: number, b: number) => wordCount(ss.slice(a, b).join(' '));
  let from = startSentence(ss, focusLimit);
  let upto = from;
  while (upto < ss.length && size(from, upto + 1) <= QUOTE_WORDS) upto++;
  // whether the quote runs to the end of the segment
  const toEnd = () => upto === ss.length && !more;
  // a late start may leave room for the context just before it
  while (toEnd() && from > 0 && size(from - 1, upto) <= QUOTE_WORDS) from--;
  const lead = from > 0 ? `${ELLIPSIS} ` : '';
  const kept = ss.slice(from, upto).join(' ');
  if (toEnd()) return `${lead}${kept}`;
  if (wordCount(kept) >= QUOTE_WORDS / 2) return `${lead}${kept} ${ELLIPSIS}`;
  const words = ss.slice(from).join(' ').split(' ');
  let cut = QUOTE_WORDS;
  for (let j = QUOTE_WORDS; j >= Math.ceil((QUOTE_WORDS * 2) / 3); j--) {
    if (/[,;:]$/.test(words[j - 1]!)) { cut = j; break; }
  }
  return `${lead}${words.slice(0, cut).join(' ').replace(/[\s,;:–-]+$/, '')} ${ELLIPSIS}`;
}

/** One quote as a block: the shortened text, its citation; the coder and segment id ride along. */
function quoteBlock(q: Quote, P: Phrases): Block {
  return { kind: 'quote', quote: q, text: fitQuote(q.text, q.polarity === 'limit'), citation: citation(q, P) };
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

function resultBlocks(input: ConclusionInput, views: Map<Indicator, LeafView>, P: Phrases, x: Fmt): Block[] {
  const blocks: Block[] = [];
  input.indicators.forEach((ind, index) => {
    blocks.push(h(Math.min(6, 3 + Math.max(0, ind.depth)), ind.label));
    const v = views.get(ind);
    if (v) blocks.push(...leafBlocks(v, P, x));
    else blocks.push(para(P.parentSummary({ ind, children: childrenOf(input.indicators, index) }, x)));
  });
  return blocks;
}

function leafBlocks(v: LeafView, P: Phrases, x: Fmt): Block[] {
  const { ind } = v;
  if (ind.status === 'absent' || ind.segments === 0) return [para(P.absent(v, x)), para(P.interpretation(v, x))];
  const blocks = [para([P.evidence(v, x), P.provenanceNote(v, x)].filter(Boolean).join(' '))];
  if (ind.status === 'converged-limit') {
    // a confirmed limit: the limits illustrate the finding, the support speaks against it
    blocks.push(para([P.status(v, x), ind.limitQuotes.length ? P.quotesIntro(v, ind.limitQuotes.length) : ''].filter(Boolean).join(' ')));
    blocks.push(...ind.limitQuotes.map((q) => quoteBlock(q, P)));
    const against = ind.supportQuotes.slice(0, 1);
    if (ind.support > 0) blocks.push(para(P.supportAgainst(v, Math.max(1, against.length), x)), ...against.map((q) => quoteBlock(q, P)));
  } else {
    const quotes = ind.supportQuotes;
    blocks.push(para([P.status(v, x), quotes.length ? P.quotesIntro(v, quotes.length) : ''].filter(Boolean).join(' ')));
    blocks.push(...quotes.map((q) => quoteBlock(q, P)));
    if (ind.limit > 0) {
      const shown = ind.limitQuotes.slice(0, 1);
      blocks.push(para(P.limits(v, Math.max(1, shown.length), x)));
      blocks.push(...shown.map((q) => quoteBlock(q, P)));
    }
  }
  if (ind.kappa !== null && Number.isFinite(ind.kappa)) blocks.push(para(P.kappa(ind.kappa, kappaBand(ind.kappa), x)));
  blocks.push(para(P.interpretation(v, x)));
  return blocks;
}

function conclusionBlocks(views: Map<Indicator, LeafView>, P: Phrases, x: Fmt): Block[] {
  const leaves = [...views.values()];
  if (!leaves.length) return [];
  return [
    para(P.conclusionOpening(statusCounts(leaves.map((v) => v.ind)), leaves.length, x)),
    { kind: 'numbered', items: leaves.map((v) => P.conclusionItem(v, x)) },
  ];
}

/** One specific suggestion per leaf with limiting evidence (most limits first), then further research. */
function suggestionBlocks(input: ConclusionInput, views: Map<Indicator, LeafView>, P: Phrases, x: Fmt): Block[] {
  const leaves = [...views.values()];
  const limited = leaves.filter((v) => v.ind.limit > 0 && v.ind.limitQuotes.length > 0)
    .sort((a, b) => b.ind.limit - a.ind.limit || a.i - b.i);
  const items = limited.map((v) => P.suggestionItem(v, suggestionFacts(v.ind, P), x));
  const absent = leaves.filter((v) => v.ind.status === 'absent').map((v) => v.ind.label);
  const single = leaves.filter((v) => v.ind.status === 'single-source').map((v) => v.ind.label);
  if (absent.length || single.length) {
    const used = new Set(methodsInData(input));
    items.push(P.furtherResearch(absent, single, METHODS.filter((m) => !used.has(m)), x));
  }
  const blocks: Block[] = [];
  if (limited.length) blocks.push(para(P.suggestionIntro), para(P.suggestionNote));
  else blocks.push(para(P.noLimits));
  if (items.length) blocks.push({ kind: 'numbered', items });
  return blocks;
}

/** Words of the limit a suggestion quotes: at most, and at least where the quote allows. */
const CLAUSE_WORDS = 30;
const CLAUSE_MIN_WORDS = 8;

/** What a suggestion names: the first limit quote, its most limiting sentence, its citation, and the groups the limits come from. */
function suggestionFacts(ind: Indicator, P: Phrases): SuggestionFacts {
  const quote = ind.limitQuotes[0]!;
  const source = quote.group ? `${oneLine(quote.citeAs)} (${humanGroup(quote.group)})` : oneLine(quote.citeAs);
  return {
    quote, clause: inert(limitClause(quote.text, quote.limitWords)), citation: citation(quote, P), source,
    others: ind.limitFrom.filter((w) => w !== quote.citeAs), actors: ind.limitGroups,
  };
}

/**
 * The most limiting sentence of a text (of its first SCAN_CHARS characters; the first of equals), cut
 * to CLAUSE_WORDS words. A limit no sentence voices names the sentence that holds `limitWords` (the
 * keyword match the limit rests on: "langsung lapor ke bupati"), else its last sentence, where a
 * story's shortfall usually comes (a hand coding, or the learned polarity, reading a story: "… the
 * rest were postponed again and again"), unless the text was longer than the part read (then its first).
 */
export function limitClause(text: string, limitWords?: string): string {
  const scanned = oneLineUpTo(text, SCAN_CHARS);
  const all = sentences(scanned.text);
  // a sentence that voices the limit and says what it is, not only that there is one ("Peneliti mencatat beberapa keterbatasan.")
  const score = (s: string) => 2 * limitScore(s) + negations(s);
  const voiced = all.filter((s) => score(s) > 0);
  const long = (xs: string[]) => xs.filter((s) => wordCount(s) >= CLAUSE_MIN_WORDS);
  const match = limitWords?.replace(/\s+/g, ' ').toLowerCase();
  const holding = !voiced.length && match ? all.filter((x) => x.toLowerCase().includes(match)) : [];
  const ss = [long(voiced), voiced, holding, long(all), all].find((xs) => xs.length)!;
  let best = voiced.length || holding.length || scanned.cut ? 0 : ss.length - 1;
  ss.forEach((s, j) => { if (score(s) > score(ss[best]!)) best = j; });
  const words = (ss[best] ?? '').split(' ').filter(Boolean);
  const cut = words.length > CLAUSE_WORDS + 5 ? `${words.slice(0, CLAUSE_WORDS).join(' ').replace(/[\s,;:–-]+$/, '')} ${ELLIPSIS}` : words.join(' ');
  return cut.replace(/^["'(]+/, '').replace(/[.!?]+$/, '');
}

/** Keep text inert inside a one-line Markdown block: no emphasis, code spans or HTML; straight quotes become single. */
export function inert(text: string): string {
  return mdInline(text).replace(/"/g, "'");
}

/** The codebook's references, plus the method sources the draft cites, sorted as in APA. */
function references(input: ConclusionInput): string[] {
  const refs = input.codebook.references.map(oneLine).filter(Boolean);
  const has = (author: string) => refs.some((r) => r.startsWith(author));
  if (!has('Miles')) refs.push(MILES_HUBERMAN);
  const kappa = input.coded.coders.length >= 2 || input.indicators.some((i) => i.isLeaf && i.kappa !== null);
  if (kappa && !has('Landis')) refs.push(LANDIS_KOCH);
  return [...new Set(refs)].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}
