#!/usr/bin/env node
// npm run bench — a benchmark, not a test: generates a corpus with a realistic vocabulary (Zipf-like,
// tens of thousands of distinct Indonesian-looking words with affixes), then times `telaah code` on it
// and `grep -r -c -i -F -f KEYWORDS` over the same files, and reports MB/s, the grep ratio, start-up
// time against `node -e 0`, and peak memory.
// Options: --mb N (corpus size, default 40), --keep (leave the corpus in /tmp).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const targetMb = Number(arg('--mb', '40'));
const keep = process.argv.includes('--keep');
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
const roots = new Set(kwWords);
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

// ---- the corpus: transcripts of ~200 KB with speaker turns and paragraphs
const dir = mkdtempSync(path.join(tmpdir(), 'telaah-bench-'));
const tdir = path.join(dir, 'transcripts');
mkdirSync(tdir);
writeFileSync(path.join(dir, 'telaah.yaml'), 'codebook: bartania\ntranscripts: transcripts\nlanguage: id\noutput: out\n');
const perFile = 200 * 1024;
const files = Math.max(1, Math.round((targetMb * 1024 * 1024) / perFile));
const distinct = new Set();
let bytes = 0;
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
  writeFileSync(path.join(tdir, `t${f}.md`), body);
  bytes += Buffer.byteLength(body);
}
const mb = bytes / 1048576;
const kwFile = path.join(dir, 'keywords.txt');
writeFileSync(kwFile, `${[...new Set(keywords)].join('\n')}\n`);

// ---- measurements
const time = (cmd, args, opts = {}) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && !(cmd === 'grep' && r.status === 1)) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { s, out: r.stdout, err: r.stderr };
};
const best = (n, f) => Math.min(...Array.from({ length: n }, f));
const nodeStart = best(5, () => time('node', ['-e', '0']).s);
const versionStart = best(5, () => time('node', [bin, '--version']).s);
const helpStart = best(5, () => time('node', [bin, '--help']).s);
const grepS = best(3, () => time('grep', ['-r', '-c', '-i', '-F', '-f', kwFile, tdir]).s);
const hasTime = existsSync('/usr/bin/time');
const codeRun = hasTime
  ? time('/usr/bin/time', ['-f', '%M', 'node', bin, 'code', dir, '--format', 'table'])
  : time('node', [bin, 'code', dir, '--format', 'table']);
const peakMb = hasTime ? Number(codeRun.err.trim().split('\n').pop()) / 1024 : NaN;
const cpu = cpus()[0]?.model ?? 'unknown CPU';

console.log(`machine: ${cpus().length} × ${cpu}, node ${process.version}`);
console.log(`corpus: ${files} transcripts, ${mb.toFixed(1)} MB, ${distinct.size.toLocaleString('en')} distinct words, ${keywords.length} keywords (bartania)`);
console.log(`start-up: node -e 0 ${(nodeStart * 1000).toFixed(0)} ms; telaah --version ${(versionStart * 1000).toFixed(0)} ms (${(versionStart / nodeStart).toFixed(2)}×); --help ${(helpStart * 1000).toFixed(0)} ms (${(helpStart / nodeStart).toFixed(2)}×)`);
console.log(`grep -r -c -i -F -f keywords: ${grepS.toFixed(2)} s (${(mb / grepS).toFixed(1)} MB/s)`);
console.log(`telaah code: ${codeRun.s.toFixed(2)} s (${(mb / codeRun.s).toFixed(1)} MB/s), ${(codeRun.s / grepS).toFixed(2)}× grep${hasTime ? `, peak memory ${peakMb.toFixed(0)} MB` : ''}`);
if (keep) console.log(`corpus kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
