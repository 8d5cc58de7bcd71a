// The classic bench corpus (`--corpus classic`, the bench's corpus since the first performance round):
// transcripts of ~200 KB, long answers, a Zipf vocabulary of about 70K words — half of the roots real
// Indonesian roots from the stemmer's dictionary, half invented, all with Indonesian affixes — and
// the keywords of `bartania`. Also a generated codebook with 10× the codes (codebook growth).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { corpusFolders, frontMatter, project, turn } from './corpus-files.mjs';
import { countCodes, plainKeywords, readCodebook, ROOT } from './keywords.mjs';
import { AFFIXES, FUNCTION_WORDS, inventedWord, seeded, shuffle, zipf } from './random.mjs';

export const codebook = 'bartania';

export function generate(dir, mb) {
  const rnd = seeded(42);
  const cb = readCodebook(codebook);
  const keywords = plainKeywords(cb);
  const kwWords = new Set(keywords.flatMap((k) => k.split(/\s+/).map((w) => w.toLowerCase())));
  // real Indonesian roots (natural's Sastrawi dictionary) make up half of the roots, invented ones the
  // rest: a real corpus is made of dictionary words, and those are the ones the stemmer must work on
  const dictionary = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'natural', 'lib', 'natural', 'stemmers', 'indonesian', 'data', 'kata-dasar.json'), 'utf8'))
    .filter((w) => /^[a-z]{4,}$/.test(w));
  const roots = new Set(kwWords);
  while (roots.size < 7000) roots.add(dictionary[Math.floor(rnd() * dictionary.length)]);
  const realRoots = [...roots].filter((w) => !kwWords.has(w));
  while (roots.size < 14000) roots.add(inventedWord(rnd));
  const vocab = [];
  for (const r of roots) {
    vocab.push(r);
    for (let k = 0; k < 4; k++) {
      const [p, s] = AFFIXES[1 + Math.floor(rnd() * (AFFIXES.length - 1))];
      vocab.push(p + r + s);
    }
  }
  // function words stay at the top of the Zipf ranking
  const pick = zipf([...new Set([...FUNCTION_WORDS, ...shuffle(vocab, rnd)])], rnd);

  const out = corpusFolders(dir);
  const perFile = 200 * 1024;
  const files = Math.max(4, Math.round((mb * 1024 * 1024) / perFile));
  const distinct = new Set();
  let segments = 0;
  for (let f = 0; f < files; f++) {
    let body = frontMatter(f);
    let turns = 0;
    while (body.length < perFile) {
      const who = turns++ % 2 === 0 ? 'Peneliti' : 'Informan';
      const len = who === 'Peneliti' ? 12 + Math.floor(rnd() * 15) : 40 + Math.floor(rnd() * 120);
      const ws = [];
      for (let i = 0; i < len; i++) {
        const w = pick();
        distinct.add(w);
        ws.push(w);
        if (rnd() < 0.08) ws[ws.length - 1] += rnd() < 0.7 ? ',' : '.';
      }
      body += turn(who, ws) + (rnd() < 0.3 ? '\n' : '');
    }
    segments += turns;
    out.write(f, files, body);
  }
  return {
    files, bytes: out.bytes, smallBytes: out.smallBytes, segments, distinct: distinct.size, keywords, dirs: out.dirs,
    codes: countCodes(cb.codes), about: `${keywords.length} keywords (${codebook}, ${countCodes(cb.codes)} codes)`,
    /** A project over the same transcripts with `bartania` ×10 (call after generate: it goes on with the same generator). */
    bigCodebookProject: () => project(dir, 'bigcodebook', 'codebook: ./codebook.yaml\ntranscripts: [../quarter, ../rest]\nlanguage: id\noutput: out\n',
      { 'codebook.yaml': bigCodebook(realRoots, rnd) }),
  };
}

/** bartania's codes, then nine copies whose keywords are other words of the corpus vocabulary (same kinds: words, phrases, prefixes, regexes). */
function bigCodebook(realRoots, rnd) {
  const bigCb = readCodebook(codebook);
  const midWord = () => realRoots[Math.floor(rnd() * realRoots.length)];
  const copyCodes = (codes, k) => (codes ?? []).map((c) => {
    const { children, parent, maps_to: _m, ...rest } = c;
    const out = { ...rest, id: `${c.id}-${k}` };
    if (c.keywords) {
      out.keywords = Object.fromEntries(Object.entries(c.keywords).map(([lang, list]) => [lang, list.map((kw) => {
        const term = typeof kw === 'string' ? kw : kw.term;
        let t;
        // regexes of bartania are multi-word patterns that match rarely: so are the copies'
        if (term.startsWith('/')) t = `/\\b${midWord()} (${midWord()}|${midWord()})\\b/`;
        else if (term.endsWith('*')) t = `${midWord()}*`;
        else t = term.split(/\s+/).map(() => midWord()).join(' ');
        return typeof kw === 'string' ? t : { ...kw, term: t };
      })]));
    }
    if (children) out.children = copyCodes(children, k);
    return out;
  });
  bigCb.id = 'bartania-x10';
  bigCb.codes = [...bigCb.codes, ...Array.from({ length: 9 }, (_, k) => copyCodes(bigCb.codes, k + 1)).flat()];
  return stringify(bigCb, { lineWidth: 0, aliasDuplicateObjects: false });
}
