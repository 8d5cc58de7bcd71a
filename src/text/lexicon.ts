/**
 * The words of a run, each kept once. The tokenizer looks a word up here by its characters (a hash
 * over character codes, open addressing), so a word seen before costs no new string and carries a
 * small integer id: what the matcher knows about a word is then found by id (compile.ts), not by
 * hashing a freshly cut string for every token. Ids are per thread and never written anywhere.
 *
 * A lookup touches two flat arrays and no string: each slot of the table holds the word's hash, id,
 * length and offset into a pool of its characters. A lookup that compared against the interned
 * strings (scattered over the heap) spent most of its time waiting for memory: 12% of coding the
 * 40 MB bench corpus.
 */
const MAX_WORDS = 1 << 21;
/** Int32s per slot: hash, id + 1 (0: empty), length, offset in the pool. */
const SLOT = 4;

export class Lexicon {
  /** Word by id. */
  readonly words: string[] = [];
  private table = new Int32Array(SLOT << 16);
  /** Slot count − 1. */
  private mask = (1 << 16) - 1;
  /** The characters of every word, one after another. */
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;

  /**
   * The id of the word `text.slice(start, end)` lower-cased (A–Z folded here; other characters must
   * already be lower case), adding the word when it is new; -1 when the lexicon is full (a corpus of
   * millions of distinct words: the caller keeps the plain string). The text is never lower-cased
   * whole: a segment of megabytes on one line costs no copy.
   */
  idOf(text: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ fold(text.charCodeAt(i)), 0x01000193);
    const len = end - start;
    const t = this.table;
    const pool = this.pool;
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const v = t[at + 1]!;
      if (v === 0) break;
      if (t[at] !== h || t[at + 2] !== len) continue;
      const o = t[at + 3]!;
      let k = 0;
      while (k < len && pool[o + k] === fold(text.charCodeAt(start + k))) k++;
      if (k === len) return v - 1;
    }
    if (this.words.length >= MAX_WORDS) return -1;
    return this.add(text, start, end, h);
  }

  private add(text: string, start: number, end: number, h: number): number {
    const id = this.words.length;
    const word = ownString(text.slice(start, end).toLowerCase());
    this.words.push(word);
    const len = end - start;
    if (this.poolUsed + len > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      grown.set(this.pool);
      this.pool = grown;
    }
    const offset = this.poolUsed;
    for (let k = 0; k < len; k++) this.pool[offset + k] = fold(text.charCodeAt(start + k));
    this.poolUsed += len;
    if ((id + 1) * 2 > this.mask + 1) this.grow();
    this.place(h, id, len, offset);
    return id;
  }

  private place(h: number, id: number, len: number, offset: number): void {
    let s = h & this.mask;
    while (this.table[s * SLOT + 1] !== 0) s = (s + 1) & this.mask;
    const at = s * SLOT;
    this.table[at] = h;
    this.table[at + 1] = id + 1;
    this.table[at + 2] = len;
    this.table[at + 3] = offset;
  }

  /** Twice the slots, every word placed again (the table stays at most half full). */
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.mask = (this.mask << 1) | 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 1] !== 0) this.place(old[at]!, old[at + 1]! - 1, old[at + 2]!, old[at + 3]!);
    }
  }
}

/** A–Z to a–z; any other character code as it is. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * A copy that does not keep the text it was cut from alive: V8 shares the characters of a slice of
 * 13 or more characters with the whole string (a lexicon word would hold a megabyte segment).
 */
function ownString(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/** The lexicon of this thread. */
export const lexicon = new Lexicon();
