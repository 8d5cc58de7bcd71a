/**
 * Which of a fixed list of strings occur in a text, found in one pass over the text (an Aho–Corasick
 * automaton over UTF-16 code units, built once): what `text.includes(s)` says for every s, at the
 * cost of one scan instead of one search per string. The regex keywords' prefilters read it
 * (regex-engine.ts): a segment is scanned once for the required strings of every pattern.
 */
export class LiteralScan {
  /** Character class of each UTF-16 code unit up to the highest in a string: 0 for a unit no string contains. */
  private readonly classOf: Uint16Array;
  private readonly classes: number;
  /** Next state for (state, class): state * classes + class. */
  private readonly next: Int32Array;
  /** The strings ending at each state (its own and its suffixes'): ids[outFrom[s] .. outFrom[s + 1]). */
  private readonly outFrom: Int32Array;
  private readonly outIds: Int32Array;
  /** Per string: the number of the scan that last found it (found in this scan: === this.scans). */
  private readonly seenIn: Int32Array;
  private scans = 0;
  /** The ids the last scan found. */
  private readonly found: number[] = [];
  /** Empty strings: in every text. */
  private readonly empty: boolean[];
  private readonly emptyIds: number[] = [];

  constructor(strings: readonly string[]) {
    this.empty = strings.map((s) => s.length === 0);
    this.empty.forEach((e, id) => e && this.emptyIds.push(id));
    let top = 0;
    for (const s of strings) for (let i = 0; i < s.length; i++) top = Math.max(top, s.charCodeAt(i));
    this.classOf = new Uint16Array(top + 1);
    let classes = 1;
    for (const s of strings) {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    this.classes = classes;
    // the trie: goto[state][class] (-1: none), the strings ending at each state
    const goto: Int32Array[] = [new Int32Array(classes).fill(-1)];
    const ends: number[][] = [[]];
    strings.forEach((s, id) => {
      if (s.length === 0) return;
      let st = 0;
      for (let i = 0; i < s.length; i++) {
        const k = this.classOf[s.charCodeAt(i)]!;
        let to = goto[st]![k]!;
        if (to < 0) {
          to = goto.length;
          goto.push(new Int32Array(classes).fill(-1));
          ends.push([]);
          goto[st]![k] = to;
        }
        st = to;
      }
      ends[st]!.push(id);
    });
    // breadth first: failure links resolved into a full transition table, outputs merged along them
    const n = goto.length;
    const next = new Int32Array(n * classes);
    const fail = new Int32Array(n);
    const out: number[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const to = goto[0]![k]!;
      if (to > 0 && k > 0) {
        next[k] = to;
        fail[to] = 0;
        queue.push(to);
      } else next[k] = 0;
    }
    for (let q = 0; q < queue.length; q++) {
      const st = queue[q]!;
      out[st]!.push(...out[fail[st]!]!);
      for (let k = 0; k < classes; k++) {
        const to = goto[st]![k]!;
        if (to > 0 && k > 0) {
          next[st * classes + k] = to;
          fail[to] = next[fail[st]! * classes + k]!;
          queue.push(to);
        } else next[st * classes + k] = next[fail[st]! * classes + k]!;
      }
    }
    this.next = next;
    this.outFrom = new Int32Array(n + 1);
    const ids: number[] = [];
    for (let st = 0; st < n; st++) {
      this.outFrom[st] = ids.length;
      for (const id of out[st]!) ids.push(id);
    }
    this.outFrom[n] = ids.length;
    this.outIds = Int32Array.from(ids);
    this.seenIn = new Int32Array(strings.length);
  }

  /**
   * Scans `text`: the ids of the strings in it, each once, in the order first found (valid until
   * the next scan); until the next scan, `has(id)` says whether string `id` occurs in it.
   */
  scan(text: string): number[] {
    if (this.scans === 0x7fffffff) {
      this.seenIn.fill(0);
      this.scans = 0;
    }
    const scan = ++this.scans;
    const { classOf, next, outFrom, outIds, seenIn, classes, found } = this;
    found.length = 0;
    const top = classOf.length;
    let st = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      st = next[st * classes + (c < top ? classOf[c]! : 0)]!;
      const to = outFrom[st + 1]!;
      for (let o = outFrom[st]!; o < to; o++) {
        const id = outIds[o]!;
        if (seenIn[id] !== scan) {
          seenIn[id] = scan;
          found.push(id);
        }
      }
    }
    for (const id of this.emptyIds) found.push(id);
    return found;
  }

  /** Whether string `id` occurs in the text last scanned. */
  has(id: number): boolean {
    return this.seenIn[id] === this.scans || this.empty[id]!;
  }
}
