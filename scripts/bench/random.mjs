// Deterministic randomness for the bench corpora: the same seed gives the same corpus, byte for byte.

/** A seeded generator of numbers in [0, 1) (mulberry32). */
export function seeded(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `list` in place (Fisher–Yates). */
export function shuffle(list, rnd) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** One element of `list`, uniformly. */
export const oneOf = (list, rnd) => list[Math.floor(rnd() * list.length)];

/** A sampler of `ranked` by Zipf's law, P(rank r) ∝ 1/r (inverse CDF on a precomputed table). */
export function zipf(ranked, rnd) {
  const H = new Float64Array(ranked.length);
  let acc = 0;
  for (let r = 1; r <= ranked.length; r++) H[r - 1] = acc += 1 / r;
  return () => {
    const x = rnd() * acc;
    let lo = 0;
    let hi = H.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (H[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo];
  };
}

/** Invented words of `min`–`max` syllables. */
export const SYLLABLES = ['ba', 'ka', 'ma', 'na', 'ra', 'sa', 'ta', 'la', 'pa', 'da', 'ga', 'ja', 'wa', 'ya', 'ha', 'ban', 'kan', 'man', 'ran', 'tan',
  'bi', 'ki', 'mi', 'ni', 'ri', 'si', 'ti', 'li', 'pi', 'di', 'bu', 'ku', 'mu', 'nu', 'ru', 'su', 'tu', 'lu', 'pu', 'du', 'ngu', 'nga',
  'be', 'ke', 'me', 'ne', 're', 'se', 'te', 'le', 'pe', 'de', 'bo', 'ko', 'mo', 'no', 'ro', 'so', 'to', 'lo', 'po', 'do', 'at', 'ang', 'ung'];
export function inventedWord(rnd, min = 2, max = 3) {
  const n = min + Math.floor(rnd() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return w;
}
/** Indonesian affixes (prefix, suffix); the first is the bare root. */
export const AFFIXES = [['', ''], ['me', ''], ['me', 'kan'], ['di', ''], ['di', 'kan'], ['ber', ''], ['ter', ''], ['pe', 'an'], ['ke', 'an'],
  ['', 'nya'], ['', 'an'], ['per', 'an'], ['mem', 'i'], ['', 'lah']];
/** Function words that head every Zipf ranking. */
export const FUNCTION_WORDS = 'yang dan itu ini di ke dari kami ada tidak sudah ya eh jadi pak kita dengan untuk juga masih'.split(' ');
