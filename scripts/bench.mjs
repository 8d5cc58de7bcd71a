#!/usr/bin/env node
// npm run bench — a benchmark, not a test: generates a corpus with a realistic vocabulary (Zipf-like,
// tens of thousands of distinct Indonesian-looking words with affixes), then times `telaah code` on it
// and `grep -r -c -i -F -f KEYWORDS` over the same files, and reports MB/s, the grep ratio, start-up
// time against `node -e 0`, and peak memory.
// Also: growth (a quarter of the corpus vs all of it; a generated codebook with 10× the codes),
// worker threads against one thread, a re-run with the stemming cache, `telaah run samples/pujud`.
// Also: the `/regex/` keyword scan alone (linear-time RE2JS, as telaah runs it) against V8's own
// backtracking RegExp on the same patterns and segments.
// Options: --mb N (corpus size, default 40), --runs N (best of N for each timing, default 1),
// --keep (leave the corpus in /tmp). Ratios taken in the same run are fairer than absolute times
// on a shared machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const targetMb = Number(arg('--mb', '40'));
const keep = process.argv.includes('--keep');
const runs = Number(arg('--runs', '1'));
const root = path.join(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'telaah.js');

// ---- a deterministic pseudo-random generator
let seed = 42;
const rnd = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// ---- vocabulary: the codebook's own words plus generated roots, with affixes
const cb = parse(readFileSync(path.join(root, 'codebooks', 'bartania.yaml'), 'utf8'));
const kwWords = new Set();
const keywords = [];
const walk = (codes) => {
  for (const c of codes ?? []) {
    for (const k of c.keywords?.id ?? []) {
      const term = typeof k === 'string' ? k : k.term;
      if (term.startsWith('/')) continue;
      const plain = term.replace(/\*$/, '');
      keywords.push(plain);
      for (const w of plain.split(/\s+/)) kwWords.add(w.toLowerCase());
    }
    walk(c.children);
  }
};
walk(cb.codes);
const syll = ['ba', 'ka', 'ma', 'na', 'ra', 'sa', 'ta', 'la', 'pa', 'da', 'ga', 'ja', 'wa', 'ya', 'ha', 'ban', 'kan', 'man', 'ran', 'tan',
  'bi', 'ki', 'mi', 'ni', 'ri', 'si', 'ti', 'li', 'pi', 'di', 'bu', 'ku', 'mu', 'nu', 'ru', 'su', 'tu', 'lu', 'pu', 'du', 'ngu', 'nga',
  'be', 'ke', 'me', 'ne', 're', 'se', 'te', 'le', 'pe', 'de', 'bo', 'ko', 'mo', 'no', 'ro', 'so', 'to', 'lo', 'po', 'do', 'at', 'ang', 'ung'];
// real Indonesian roots (natural's Sastrawi dictionary) make up half of the roots, invented ones the
// rest: a real corpus is made of dictionary words, and those are the ones the stemmer must work on
const dictionary = JSON.parse(readFileSync(path.join(root, 'node_modules', 'natural', 'lib', 'natural', 'stemmers', 'indonesian', 'data', 'kata-dasar.json'), 'utf8'))
  .filter((w) => /^[a-z]{4,}$/.test(w));
const roots = new Set(kwWords);
while (roots.size < 7000) roots.add(dictionary[Math.floor(rnd() * dictionary.length)]);
const realRoots = [...roots].filter((w) => !kwWords.has(w));
while (roots.size < 14000) {
  const n = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += syll[Math.floor(rnd() * syll.length)];
  roots.add(w);
}
const affix = [['', ''], ['me', ''], ['me', 'kan'], ['di', ''], ['di', 'kan'], ['ber', ''], ['ter', ''], ['pe', 'an'], ['ke', 'an'],
  ['', 'nya'], ['', 'an'], ['per', 'an'], ['mem', 'i'], ['', 'lah']];
const vocab = [];
for (const r of roots) {
  vocab.push(r);
  for (let k = 0; k < 4; k++) {
    const [p, s] = affix[1 + Math.floor(rnd() * (affix.length - 1))];
    vocab.push(p + r + s);
  }
}
// shuffle deterministically, keep function words at the top of the Zipf ranking
for (let i = vocab.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [vocab[i], vocab[j]] = [vocab[j], vocab[i]];
}
const top = 'yang dan itu ini di ke dari kami ada tidak sudah ya eh jadi pak kita dengan untuk juga masih'.split(' ');
const ranked = [...new Set([...top, ...vocab])];
// Zipf: P(rank r) ∝ 1/r — sample by inverse CDF on a precomputed table
const H = [];
let acc = 0;
for (let r = 1; r <= ranked.length; r++) H.push((acc += 1 / r));
const pick = () => {
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

// ---- the corpus: transcripts of ~200 KB with speaker turns and paragraphs, in two folders: the first
// quarter (the small corpus of the growth ratio) and the rest
const dir = mkdtempSync(path.join(tmpdir(), 'telaah-bench-'));
const quarterDir = path.join(dir, 'quarter');
const restDir = path.join(dir, 'rest');
mkdirSync(quarterDir);
mkdirSync(restDir);
const project = (name, yaml) => {
  const p = path.join(dir, name);
  mkdirSync(p);
  writeFileSync(path.join(p, 'telaah.yaml'), yaml);
  return p;
};
const full = project('full', 'codebook: bartania\ntranscripts: [../quarter, ../rest]\nlanguage: id\noutput: out\n');
const small = project('small', 'codebook: bartania\ntranscripts: ../quarter\nlanguage: id\noutput: out\n');
const perFile = 200 * 1024;
const files = Math.max(4, Math.round((targetMb * 1024 * 1024) / perFile));
const distinct = new Set();
let bytes = 0;
let smallBytes = 0;
for (let f = 0; f < files; f++) {
  let body = `---\nid: t${f}\ninformant: Informan ${f}\ngroup: g${f % 5}\nmethod: interview\n---\n`;
  let turn = 0;
  while (body.length < perFile) {
    const who = turn++ % 2 === 0 ? 'Peneliti' : 'Informan';
    const len = who === 'Peneliti' ? 12 + Math.floor(rnd() * 15) : 40 + Math.floor(rnd() * 120);
    const ws = [];
    for (let i = 0; i < len; i++) {
      const w = pick();
      distinct.add(w);
      ws.push(w);
      if (rnd() < 0.08) ws[ws.length - 1] += rnd() < 0.7 ? ',' : '.';
    }
    let line = `${who}: ${ws.join(' ')}.`;
    line = line.replace(/(.{1,95})(\s|$)/g, '$1\n');
    body += line + (rnd() < 0.3 ? '\n' : '');
  }
  const inQuarter = f < files / 4;
  writeFileSync(path.join(inQuarter ? quarterDir : restDir, `t${f}.md`), body);
  bytes += Buffer.byteLength(body);
  if (inQuarter) smallBytes += Buffer.byteLength(body);
}
const mb = bytes / 1048576;
const smallMb = smallBytes / 1048576;
const kwFile = path.join(dir, 'keywords.txt');
writeFileSync(kwFile, `${[...new Set(keywords)].join('\n')}\n`);

// ---- a codebook with 10× the codes: bartania's codes, then nine copies whose keywords are other
// words of the corpus vocabulary (same kinds: words, phrases, prefixes, regexes)
const bigCb = parse(readFileSync(path.join(root, 'codebooks', 'bartania.yaml'), 'utf8'));
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
      else if (term.endsWith("*")) t = `${midWord()}*`;
      else t = term.split(/\s+/).map(() => midWord()).join(' ');
      return typeof kw === 'string' ? t : { ...kw, term: t };
    })]));
  }
  if (children) out.children = copyCodes(children, k);
  return out;
});
const countCodes = (codes) => (codes ?? []).reduce((n, c) => n + 1 + countCodes(c.children), 0);
const baseCodes = countCodes(bigCb.codes);
bigCb.id = 'bartania-x10';
bigCb.codes = [...bigCb.codes, ...Array.from({ length: 9 }, (_, k) => copyCodes(bigCb.codes, k + 1)).flat()];
const bigProject = project('bigcodebook', 'codebook: ./codebook.yaml\ntranscripts: [../quarter, ../rest]\nlanguage: id\noutput: out\n');
writeFileSync(path.join(bigProject, 'codebook.yaml'), stringify(bigCb, { lineWidth: 0, aliasDuplicateObjects: false }));

// ---- measurements
const time = (cmd, args, opts = {}) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && !(cmd === 'grep' && r.status === 1)) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { s, out: r.stdout, err: r.stderr };
};
const best = (n, f) => Math.min(...Array.from({ length: n }, f));
const hasTime = existsSync('/usr/bin/time');
const rows = (p) => readFileSync(path.join(p, 'out', 'codings.csv'), 'utf8').split('\n').length - 2;
const clearCache = (p) => rmSync(path.join(p, '.telaah-cache'), { recursive: true, force: true });
/** `telaah code` on a project: best wall time of `runs` (cold stemming cache unless warm), peak memory in MB. */
const code = (p, { jobs, warm = false } = {}) => {
  let bestS = Infinity;
  let peak = NaN;
  for (let i = 0; i < runs; i++) {
    if (!warm) clearCache(p);
    const env = { ...process.env, ...(jobs === undefined ? {} : { TELAAH_JOBS: String(jobs) }) };
    const args = ['node', bin, 'code', p, '--format', 'table'];
    const r = hasTime ? time('/usr/bin/time', ['-f', '%M', ...args], { env }) : time(args[0], args.slice(1), { env });
    if (r.s < bestS) {
      bestS = r.s;
      peak = hasTime ? Number(r.err.trim().split('\n').pop()) / 1024 : NaN;
    }
  }
  return { s: bestS, peak };
};
// start-up: the three commands in turn, 15 rounds, the best of each (drift and noise hit all three alike)
let nodeStart = Infinity, versionStart = Infinity, helpStart = Infinity;
for (let round = 0; round < 15; round++) {
  nodeStart = Math.min(nodeStart, time('node', ['-e', '0']).s);
  versionStart = Math.min(versionStart, time('node', [bin, '--version']).s);
  helpStart = Math.min(helpStart, time('node', [bin, '--help']).s);
}
const grepS = best(3, () => time('grep', ['-r', '-c', '-i', '-F', '-f', kwFile, quarterDir, restDir]).s);
const fullCold = code(full);
const fullWarm = code(full, { warm: true });
const fullOne = code(full, { jobs: 1 });
const smallCold = code(small);
const bigCold = code(bigProject);
const bigWarm = code(bigProject, { warm: true });
const sample = path.join(root, 'samples', 'pujud');
const sampleOut = path.join(dir, 'pujud-out');
const pujud = best(Math.max(3, runs), () => time('node', [bin, 'run', sample, '--out', sampleOut]).s);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
// ---- regex keywords alone: bartania's patterns over every paragraph of the corpus
const { compileKeywordRegex, regexScanner } = await import(path.join(root, 'dist', 'codebook', 'regex-engine.js'));
const patterns = [];
const walkRegex = (codes) => {
  for (const c of codes ?? []) {
    for (const list of Object.values(c.keywords ?? {})) {
      for (const k of list) {
        const term = typeof k === 'string' ? k : k.term;
        if (term.startsWith('/') && term.endsWith('/')) patterns.push(term.slice(1, -1));
      }
    }
    walkRegex(c.children);
  }
};
walkRegex(cb.codes);
const paragraphs = [quarterDir, restDir].flatMap((d) => readdirSync(d).map((f) => readFileSync(path.join(d, f), 'utf8')))
  .flatMap((t) => t.split(/\n\s*\n/));
const compiled = patterns.map(compileKeywordRegex);
const nativeRes = patterns.map((p) => new RegExp(p, 'gi'));
const timeIt = (f) => {
  const t0 = process.hrtime.bigint();
  const n = f();
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, n };
};
const re2Scan = timeIt(() => {
  let n = 0;
  for (const t of paragraphs) {
    const scan = regexScanner(t);
    for (const k of compiled) scan(k, () => n++);
  }
  return n;
});
// what telaah did before RE2JS: one alternation of every pattern finds where to look
const v8Any = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gi');
const v8AnyScan = timeIt(() => {
  let n = 0;
  for (const t of paragraphs) for (const _ of t.matchAll(v8Any)) n++;
  return n;
});
const v8Scan = timeIt(() => {
  let n = 0;
  for (const t of paragraphs) for (const re of nativeRes) for (const _ of t.matchAll(re)) n++;
  return n;
});

const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const rate = (m, s) => `${(m / s).toFixed(1)} MB/s`;
const mem = (r) => (hasTime ? `, peak memory ${r.peak.toFixed(0)} MB` : '');
console.log(`machine: ${cpus().length} × ${cpu}, node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine skews absolute times)`);
console.log(`corpus: ${files} transcripts, ${mb.toFixed(1)} MB, ${distinct.size.toLocaleString('en')} distinct words, ${keywords.length} keywords (bartania, ${baseCodes} codes)`);
console.log(`start-up: node -e 0 ${ms(nodeStart)}; telaah --version ${ms(versionStart)} (${(versionStart / nodeStart).toFixed(2)}×); --help ${ms(helpStart)} (${(helpStart / nodeStart).toFixed(2)}×)   [target ≤ 1.5×]`);
console.log(`grep -r -c -i -F -f keywords: ${grepS.toFixed(2)} s (${rate(mb, grepS)})`);
console.log(`telaah code, first run: ${fullCold.s.toFixed(2)} s (${rate(mb, fullCold.s)}), ${(fullCold.s / grepS).toFixed(1)}× grep${mem(fullCold)}   [target ≤ 5× grep, < 1 GB]`);
console.log(`telaah code, re-run (stemming cache): ${fullWarm.s.toFixed(2)} s (${rate(mb, fullWarm.s)}), ${(fullWarm.s / grepS).toFixed(1)}× grep${mem(fullWarm)}`);
console.log(`telaah code, one thread (TELAAH_JOBS=1): ${fullOne.s.toFixed(2)} s (${rate(mb, fullOne.s)}), ${(fullOne.s / grepS).toFixed(1)}× grep${mem(fullOne)}; workers ${(fullOne.s / fullCold.s).toFixed(2)}× faster`);
console.log(`growth, corpus ${smallMb.toFixed(1)} MB → ${mb.toFixed(1)} MB: ${smallCold.s.toFixed(2)} s → ${fullCold.s.toFixed(2)} s, ${(fullCold.s / smallCold.s).toFixed(2)}× for ${(mb / smallMb).toFixed(2)}× the data   [target ≤ 4.4× for 4×]`);
console.log(`growth, codebook ${baseCodes} → ${baseCodes * 10} codes: first runs ${fullCold.s.toFixed(2)} s → ${bigCold.s.toFixed(2)} s, ${(bigCold.s / fullCold.s).toFixed(2)}×; re-runs ${fullWarm.s.toFixed(2)} s → ${bigWarm.s.toFixed(2)} s, ${(bigWarm.s / fullWarm.s).toFixed(2)}×; codings ${rows(full).toLocaleString('en')} → ${rows(bigProject).toLocaleString('en')}   [target ≤ 1.3×]`);
console.log(`regex keywords alone (${patterns.length} patterns of bartania, ${paragraphs.length.toLocaleString('en')} paragraphs): RE2JS ${re2Scan.s.toFixed(2)} s (${rate(mb, re2Scan.s)}), V8 RegExp one by one ${v8Scan.s.toFixed(2)} s (${rate(mb, v8Scan.s)}), V8 as one alternation ${v8AnyScan.s.toFixed(2)} s (${rate(mb, v8AnyScan.s)}); RE2JS takes ${(re2Scan.s / v8Scan.s).toFixed(1)}× / ${(re2Scan.s / v8AnyScan.s).toFixed(1)}× their time; ${re2Scan.n.toLocaleString('en')} and ${v8Scan.n.toLocaleString('en')} matches`);
console.log(`telaah run samples/pujud: ${ms(pujud)}   [target < 1 s]`);
if (keep) console.log(`corpus kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
