/**
 * The speed-ups must not change a single result: the ASCII tokeniser gives the reference tokeniser's
 * tokens, the stemming filter (stem only words that could reach a keyword stem) finds the same
 * keyword for every word as stemming every word would, and folding text onto one line gives what
 * `replace(/\s+/g, ' ').trim()` gives.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { oneLine, oneLineStart, oneLineUpTo } from '../src/text/one-line.js';
import { accepts, textForm } from '../src/text/word-form.js';
import { Lexicon } from '../src/text/lexicon.js';
import { normalizeText } from '../src/text/normalize.js';
import { tokenize, tokenizeUnicode } from '../src/text/tokenize.js';

describe('fast paths give the same results', () => {
  it('tokenize on ASCII text equals the Unicode regex tokeniser', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZk9 -\'.,\n\tbermusyawarah-musyawarah don\'t'.split('')), maxLength: 60 });
    fc.assert(fc.property(ascii, (s) => {
      expect(tokenize(s)).toEqual(tokenizeUnicode(s));
    }), { numRuns: 3000 });
  });

  it('the lexicon gives one id and one string per distinct word, also as its table grows', () => {
    const lex = new Lexicon();
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}`);
    const text = words.join(' ');
    let at = 0;
    const ids = words.map((w) => {
      const id = lex.idOf(text, at, at + w.length);
      at += w.length + 1;
      return id;
    });
    expect(new Set(ids).size).toBe(words.length);
    expect(ids.map((id) => lex.words[id])).toEqual(words);
    // a second look finds the same ids (after the table was rebuilt several times)
    words.forEach((w, i) => expect(lex.idOf(`x ${w} y`, 2, 2 + w.length)).toBe(ids[i]));
    // capitals fold to the same word; a word that is only a prefix or an extension of one is another
    words.slice(0, 500).forEach((w, i) => expect(lex.idOf(w.toUpperCase(), 0, w.length)).toBe(ids[i]));
    expect(lex.idOf('w1x', 0, 2)).toBe(ids[1]);
    expect(lex.words.length).toBe(words.length);
    expect(lex.words[lex.idOf('kolaborasi', 0, 10)]).toBe('kolaborasi');
    expect(lex.idOf('KolaBorasi', 0, 10)).toBe(lex.words.length - 1);
  });

  it('normalizeText folds every run of whitespace to one space, as one replace of every run would', () => {
    const text = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\v', 'a', 'B', '.'), maxLength: 40 });
    fc.assert(fc.property(text, (s) => {
      expect(normalizeText(s)).toBe(s.replace(/[ \t\f\v\r\n]+/g, ' ').trim());
    }), { numRuns: 3000 });
  });

  it('a long one-line text is tokenised at once (the test timeout guards it) after a codebook arrived copied (two-byte) from another thread', () => {
    // V8 once took minutes here: the tokenizer tuned to two-byte strings, then lower-casing a megabyte segment
    compileCodebook(structuredClone(loadCodebook('bartania', process.cwd()).codebook!));
    const line = 'Rapat koordinasi di kecamatan rutin, sebulan sekali kami duduk bersama. '.repeat(15_000);
    expect(tokenize(line).length).toBe(15_000 * 10);
    expect(tokenize(line)[0]!.word).toBe('rapat');
  });

  it('tokens of the same word share one string and id', () => {
    const [a, b, c] = tokenize('Rapat rapat RAPAT-rapat');
    expect(a!.id).toBe(b!.id);
    expect(c!.id).toBe(a!.id);
    expect(Object.is(a!.word, b!.word)).toBe(true);
  });

  it('the stemming filter finds the keyword of every affixed dictionary word that full word analysis finds', () => {
    const require = createRequire(import.meta.url);
    const roots = (require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter((w) => /^[a-z]{3,}$/.test(w));
    for (const name of ['bartania', 'ansell-gash-2008', 'modal-sosial']) {
      const m = compileCodebook(loadCodebook(name, process.cwd()).codebook!).forLang('id');
      const affixes = [['', ''], ['me', 'kan'], ['mem', 'i'], ['men', 'kan'], ['meng', 'an'], ['meny', ''], ['di', 'kan'], ['ber', 'an'],
        ['ter', ''], ['pe', 'an'], ['peng', 'an'], ['ke', 'an'], ['', 'nya'], ['se', 'nya'], ['', 'lah'], ['diper', 'kan']];
      // every keyword root, with affixes, and a sample of other roots (deterministic)
      const sample = [...m.words.keys(), ...roots.filter((_, i) => i % 50 === 0)];
      for (const r of sample) {
        for (const [p, s] of affixes) {
          const w = p + r + s;
          const form = textForm(w, 'id');
          const full = m.words.get(form.root)?.filter((t) => accepts(t.form!, w, form));
          expect(m.info(w).terms, `${name}: ${w}`).toEqual(full?.length ? full : undefined);
        }
      }
    }
  });

  it('oneLine folds whitespace as `replace(/\\s+/g, " ").trim()` does; its start and its cut are the start of that', () => {
    const text = fc.string({ unit: fc.constantFrom(...['a', 'b', 'é', '😀', '.', ' ', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff']), maxLength: 300 });
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 40 }), (s, max) => {
      const full = s.replace(/\s+/g, ' ').trim();
      expect(oneLine(s)).toBe(full);
      const start = oneLineStart(s, max);
      expect(full.startsWith(start)).toBe(true);
      expect(start.length > max || start === full).toBe(true);
      const { text: upTo, cut } = oneLineUpTo(s, max);
      expect(cut).toBe(full.length > max);
      expect(full.startsWith(upTo)).toBe(true);
      expect(upTo.length).toBeLessThanOrEqual(max);
      if (cut && upTo.includes(' ')) expect(full.charAt(upTo.length)).toBe(' ');
      if (cut) expect(/[\uD800-\uDBFF]$/.test(upTo)).toBe(false);
    }), { numRuns: 3000 });
  });
});
