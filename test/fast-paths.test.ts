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
import { tokenize, tokenizeUnicode } from '../src/text/tokenize.js';

describe('fast paths give the same results', () => {
  it('tokenize on ASCII text equals the Unicode regex tokeniser', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZk9 -\'.,\n\tbermusyawarah-musyawarah don\'t'.split('')), maxLength: 60 });
    fc.assert(fc.property(ascii, (s) => {
      expect(tokenize(s)).toEqual(tokenizeUnicode(s));
    }), { numRuns: 3000 });
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
