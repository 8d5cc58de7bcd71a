/**
 * The words of a run, each kept once. The tokenizer looks a word up here by its characters (a hash
 * over character codes, open addressing), so a word seen before costs no new string and carries a
 * small integer id: what the matcher knows about a word is then found by id (compile.ts), not by
 * hashing a freshly cut string for every token. Ids are per thread and never written anywhere.
 */
const MAX_WORDS = 1 << 21;

export class Lexicon {
  /** Word by id. */
  readonly words: string[] = [];
  private hashes = new Int32Array(0);
  /** Slot → id + 1 (0: empty). */
  private slots = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;

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
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const v = this.slots[s]!;
      if (v === 0) break;
      const id = v - 1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id]!;
      if (w.length !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (w.charCodeAt(k) !== fold(text.charCodeAt(start + k))) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
    if (this.words.length >= MAX_WORDS) return -1;
    const id = this.words.length;
    this.words.push(ownString(text.slice(start, end).toLowerCase()));
    if (id >= this.hashes.length) {
      const grown = new Int32Array(Math.max(1024, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = h;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    else this.place(h, id);
    return id;
  }

  private place(h: number, id: number): void {
    let s = h & this.mask;
    while (this.slots[s] !== 0) s = (s + 1) & this.mask;
    this.slots[s] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) this.place(this.hashes[id]!, id);
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
