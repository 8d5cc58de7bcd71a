/**
 * The learned coder: a naive Bayes classifier over content roots, one code against the rest, trained
 * on the researcher's hand-coded segments and the codebook's examples (and, against its own code,
 * the not-examples). It learns which words *this* researcher codes as what — the words the
 * keyword lists lack. Incremental (`add`), so the interactive coder re-ranks as codings accumulate.
 * Pure and deterministic: the same training data in the same order gives the same numbers.
 */
import type { Matcher, WordInfo } from '../codebook/compile.js';
import { tokenize } from '../text/tokenize.js';

export interface TrainingItem {
  text: string;
  lang: string;
  /** Codes it is an example of. */
  codes: string[];
  /** Codes it is explicitly not an example of (not-examples); other codes learn nothing from it. */
  notCodes?: string[];
}

interface Side {
  docs: number;
  /** Documents containing each root (binary counts: a repeated word is not more evidence). */
  df: Map<string, number>;
  total: number;
}

const side = (): Side => ({ docs: 0, df: new Map(), total: 0 });
const ALPHA = 0.5;
/** Codes the learner itself proposes as candidates, at most. */
const PROPOSE = 3;

export class Learner {
  private readonly pos = new Map<string, Side>();
  private readonly neg = new Map<string, Side>();
  private readonly vocab = new Set<string>();
  /** Hand-coded training items so far (codebook examples not counted). */
  coded = 0;

  constructor(private readonly matcher: Matcher) {
    for (const c of matcher.codebook.codes) {
      this.pos.set(c.id, side());
      this.neg.set(c.id, side());
    }
  }

  /** A codebook's examples and not-examples as training items. */
  static codebookItems(matcher: Matcher): TrainingItem[] {
    const out: TrainingItem[] = [];
    for (const c of matcher.codebook.codes) {
      for (const e of c.examples) out.push({ text: e.text, lang: e.lang, codes: [c.id] });
      for (const e of c.notExamples) out.push({ text: e.text, lang: e.lang, codes: [], notCodes: [c.id] });
    }
    return out;
  }

  /** Content roots of a text, as the matcher of its language sees them. */
  rootsOf(text: string, lang: string): string[] {
    const m = this.matcher.forLang(lang);
    return this.roots(tokenize(text).map((t) => m.info(t.word)));
  }

  /** Distinct content roots of a tokenised text. */
  roots(infos: WordInfo[]): string[] {
    const s = new Set<string>();
    for (const i of infos) if (i.content) s.add(i.stem);
    return [...s];
  }

  add(item: TrainingItem, handCoded = true): void {
    const roots = this.rootsOf(item.text, item.lang);
    if (!roots.length) return;
    if (handCoded) this.coded++;
    for (const r of roots) this.vocab.add(r);
    const yes = new Set(item.codes);
    const learnFrom = (s: Side) => {
      s.docs++;
      s.total += roots.length;
      for (const r of roots) s.df.set(r, (s.df.get(r) ?? 0) + 1);
    };
    for (const [code, s] of this.pos) {
      if (yes.has(code)) learnFrom(s);
      else if (!item.notCodes || item.notCodes.includes(code)) learnFrom(this.neg.get(code)!);
    }
  }

  /**
   * Log-odds that a text with these roots is coded `code`, per distinct root scaled by the square
   * root of their number (naive Bayes grows overconfident with length; the confidence model
   * calibrates the rest). 0 for a code without hand-coded or example evidence.
   */
  logOdds(roots: string[], code: string): number {
    const p = this.pos.get(code);
    const n = this.neg.get(code);
    if (!p || !n || p.docs === 0) return 0;
    const v = this.vocab.size + 1;
    let sum = 0;
    let k = 0;
    for (const r of roots) {
      if (!this.vocab.has(r)) continue;
      k++;
      const lp = Math.log(((p.df.get(r) ?? 0) + ALPHA) / (p.total + ALPHA * v));
      const ln = Math.log(((n.df.get(r) ?? 0) + ALPHA) / (n.total + ALPHA * v));
      sum += lp - ln;
    }
    const prior = Math.log((p.docs + ALPHA) / (n.docs + ALPHA));
    const x = prior + (k ? sum / Math.sqrt(k) : 0);
    return Math.max(-12, Math.min(12, x));
  }

  /** The codes the learner finds likelier than not, best first (ties in codebook order), at most PROPOSE. */
  likely(roots: string[]): string[] {
    const scored: [string, number][] = [];
    for (const code of this.pos.keys()) {
      const x = this.logOdds(roots, code);
      if (x > 0) scored.push([code, x]);
    }
    return scored.sort((a, b) => b[1] - a[1] || this.matcher.order.get(a[0])! - this.matcher.order.get(b[0])!).slice(0, PROPOSE).map(([c]) => c);
  }
}

/** A learner trained on the codebook's examples and the given hand-coded items, in that order. */
export function trainLearner(matcher: Matcher, handCoded: TrainingItem[]): Learner {
  const l = new Learner(matcher);
  for (const it of Learner.codebookItems(matcher)) l.add(it, false);
  for (const it of handCoded) l.add(it);
  return l;
}
