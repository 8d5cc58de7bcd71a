/** Code points (REFI-QDA's positions) against UTF-16 units (JavaScript's), on text with emoji and other astral characters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionMap, sliceCodePoints } from '../src/refi/positions.js';
import { codeGuid, guidFor, normalizeGuid } from '../src/refi/guid.js';

const text = fc.array(fc.constantFrom('a', 'é', ' ', '\n', '😀', '𝔸', '中', '\r'), { maxLength: 60 }).map((a) => a.join(''));

describe('positionMap', () => {
  it('agrees with counting by Array.from, both ways', () => {
    fc.assert(fc.property(text, (s) => {
      const chars = Array.from(s);
      const map = positionMap(s);
      expect(map.codePointLength).toBe(chars.length);
      for (let cp = 0; cp <= chars.length; cp++) {
        const u = chars.slice(0, cp).join('').length;
        expect(map.toUtf16(cp)).toBe(u);
        expect(map.toCodePoints(u)).toBe(cp);
      }
    }));
  });

  it('slices by code points', () => {
    const s = 'Kami 🙏 duduk bersama 😀 di balai';
    expect(sliceCodePoints(s, positionMap(s), 5, 13)).toBe('🙏 duduk ');
  });
});

describe('GUIDs', () => {
  it('are UUID v5, stable, and differ per codebook and code', () => {
    expect(codeGuid('bartania', 'dialog-tatap-muka')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // a contract: exports of the same codebook keep these GUIDs across telaah versions
    expect(codeGuid('bartania', 'dialog-tatap-muka')).toBe('767d9a25-d885-515c-bad2-5cd71f491ec0');
    expect(codeGuid('bartania', 'dialog-tatap-muka')).not.toBe(codeGuid('ansell-gash-2008', 'dialog-tatap-muka'));
    expect(guidFor('user', 'sari')).not.toBe(guidFor('source', 'sari'));
  });
  it('from other programs compare equal whatever their case or braces', () => {
    expect(normalizeGuid('{098AC082-A9C7-50F4-9728-48730081A95E}')).toBe('098ac082-a9c7-50f4-9728-48730081a95e');
  });
});
