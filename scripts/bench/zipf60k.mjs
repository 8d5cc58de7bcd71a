// The corpus shape of issue 18 (`--corpus zipf60k`) and its extreme (`--corpus short1m`), both with
// the codebook `ansell-gash-2008`:
// - zipf60k: many short interviews (1,695 transcripts of ~24 KB at 40 MB, ~135K segments), a Zipf
//   vocabulary of 60K invented words with Indonesian affixes, and the codebook's keywords planted in
//   most informant segments, so that about three quarters of the kept segments get a code;
// - short1m: one million very short segments (~48 bytes) at --mb 40 (250K at --mb 10), the same
//   vocabulary and planting.
import { corpusFolders, frontMatter, turn, wrap } from './corpus-files.mjs';
import { countCodes, plainKeywords, readCodebook } from './keywords.mjs';
import { AFFIXES, FUNCTION_WORDS, inventedWord, oneOf, seeded, shuffle, zipf } from './random.mjs';

export const codebook = 'ansell-gash-2008';
const VOCABULARY = 60_000;
/** Share of informant segments that get planted keywords (tuned so that ~75% of kept segments are coded). */
const PLANT = 0.77;

/** What both corpora share: the vocabulary, the keywords and how to plant them. */
function words(seed) {
  const rnd = seeded(seed);
  const cb = readCodebook(codebook);
  const keywords = plainKeywords(cb);
  const kwWords = new Set(keywords.flatMap((k) => k.toLowerCase().split(/\s+/)));
  const prefixes = keywords.filter((k) => !k.includes(' ')).map((k) => k.toLowerCase());
  // invented words only: a word of the codebook, or one that starts like a keyword, would be coded
  // by chance and blur the planted share
  const usable = (w) => !kwWords.has(w) && !prefixes.some((p) => w.startsWith(p));
  const vocab = new Set(FUNCTION_WORDS);
  while (vocab.size < VOCABULARY) {
    const root = inventedWord(rnd, 2, 4);
    for (const [p, s] of [AFFIXES[0], ...Array.from({ length: 4 }, () => oneOf(AFFIXES, rnd))]) {
      const w = p + root + s;
      if (usable(w)) vocab.add(w);
    }
  }
  const ranked = [...FUNCTION_WORDS, ...shuffle([...vocab].slice(FUNCTION_WORDS.length, VOCABULARY), rnd)];
  const pick = zipf(ranked, rnd);
  /** A keyword as an informant would say it: a one-word keyword gets -nya now and then. */
  const keyword = () => {
    const k = oneOf(keywords, rnd);
    return !k.includes(' ') && rnd() < 0.3 ? `${k}nya` : k;
  };
  /** `n` words of running text; with probability PLANT one or two keywords among them. */
  const segment = (n, plant) => {
    const ws = [];
    for (let i = 0; i < n; i++) ws.push(pick());
    if (plant && rnd() < PLANT) {
      const k = rnd() < 0.7 ? 1 : 2;
      for (let i = 0; i < k; i++) ws.splice(Math.floor(rnd() * (ws.length + 1)), 0, keyword());
    }
    for (let i = 0; i < ws.length - 1; i++) if (rnd() < 0.06) ws[i] += ',';
    return ws;
  };
  return { rnd, keywords, segment, about: `${keywords.length} keywords (${codebook}, ${countCodes(cb.codes)} codes)`, codes: countCodes(cb.codes) };
}

function distinctWords(texts, into) {
  for (const w of texts.join(' ').split(/[\s,.]+/)) if (w) into.add(w);
}

export function generateZipf60k(dir, mb) {
  const { rnd, keywords, segment, about, codes } = words(60);
  const out = corpusFolders(dir);
  const files = Math.max(4, Math.round((1695 * mb) / 40));
  const perFile = (40 * 1024 * 1024) / 1695 - 400; // a transcript ends after the turn that crosses it
  const distinct = new Set();
  let segments = 0;
  for (let f = 0; f < files; f++) {
    let body = frontMatter(f);
    while (body.length < perFile) {
      // a question, then an answer of one to three paragraphs (each paragraph is a segment)
      const q = segment(8 + Math.floor(rnd() * 14), false);
      const paras = [];
      for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) paras.push(segment(25 + Math.floor(rnd() * 45), true));
      distinctWords([q, ...paras].flat(), distinct);
      // a blank line between paragraphs, and after the answer
      body += `${turn('Peneliti', q)}\n${paras.map((p, i) => (i === 0 ? turn('Informan', p) : wrap(`${p.join(' ')}.`))).join('\n')}\n`;
      segments += 1 + paras.length;
    }
    out.write(f, files, body);
  }
  return { files, bytes: out.bytes, smallBytes: out.smallBytes, segments, distinct: distinct.size, keywords, dirs: out.dirs, about, codes };
}

export function generateShort1m(dir, mb) {
  const { rnd, keywords, segment, about, codes } = words(1);
  const out = corpusFolders(dir);
  const total = Math.round((1_000_000 * mb) / 40);
  const perFile = 1000;
  const files = Math.max(4, Math.ceil(total / perFile));
  const distinct = new Set();
  let segments = 0;
  for (let f = 0; f < files; f++) {
    let body = frontMatter(f);
    const target = Math.min(total, Math.round(((f + 1) * total) / files));
    while (segments < target) {
      // a short question, then one to twelve short paragraphs of the informant
      const q = segment(3 + Math.floor(rnd() * 3), false);
      body += `Peneliti: ${q.join(' ')}?\n`;
      segments++;
      const n = 1 + Math.floor(rnd() * 12);
      for (let i = 0; i < n && segments < target; i++, segments++) {
        const p = segment(3 + Math.floor(rnd() * 4), true);
        distinctWords(p, distinct);
        body += `${i === 0 ? 'Informan: ' : '\n'}${p.join(' ')}.\n`;
      }
    }
    out.write(f, files, body);
  }
  return { files, bytes: out.bytes, smallBytes: out.smallBytes, segments, distinct: distinct.size, keywords, dirs: out.dirs, about, codes };
}
