/**
 * Indonesian word forms: which root a word is built on, and which affix family it belongs to.
 * Affixes change meaning in Indonesian — *bertemu* (meet) and *menemukan* (find) share the root
 * *temu* — so a keyword written as a derived form matches only the forms of its own family, while
 * a keyword written as a bare root matches every form (docs/codebook-format.md, "Word forms").
 *
 * Families (the prefix nearest the root decides, then the suffix):
 * - `ber`: the intransitive, reciprocal and state forms and their nouns — ber-, ber-an, ber-kan,
 *   per-an / pe-an (*pertemuan, perjanjian, pekerjaan*), ke-ber-an (*keberhasilan*), colloquial ke-
 *   (*ketemu*) and the colloquial nasal verb without suffix (*ngumpul, ngobrol*);
 * - `meN`: transitive, passive and result forms — meN-, di-, ter-, peN-(an), -an on the bare root
 *   (*temuan, kumpulan*), -kan, -i, memper-, diper-, colloquial -in;
 * - `ke-an`: abstract nouns of states — *kepercayaan, kesepakatan, keterbukaan*;
 * - `se`: *setahun, sepemahaman*;
 * - `root`: the bare root (reduplication included: the tokenizer reduces *tahun-tahun* to *tahun*).
 * Pure; memoised per distinct word by the matcher.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Family = 'root' | 'ber' | 'meN' | 'ke-an' | 'se';
export const FAMILIES: readonly Family[] = ['root', 'ber', 'meN', 'ke-an', 'se'];

export interface WordForm {
  root: string;
  family: Family;
  /** The affixes found, outer prefix first, e.g. ['ke', 'ber', '-an']. */
  affixes: string[];
}

let roots: Set<string> | undefined;

/** The Indonesian root dictionary the stemmer uses (natural's copy of Sastrawi's kata dasar). */
export function indonesianRoots(): Set<string> {
  roots ??= new Set((require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter(Boolean));
  return roots;
}

type PrefixLabel = 'meN' | 'peN' | 'di' | 'ter' | 'ber' | 'per' | 'ke' | 'se' | 'N';

/** Surface forms of each prefix; `restore` lists the root letters a nasal may have replaced. */
const PREFIXES: { surface: string; label: PrefixLabel; restore: string[] }[] = [
  { surface: 'menge', label: 'meN', restore: [''] },
  { surface: 'meng', label: 'meN', restore: ['', 'k'] },
  { surface: 'meny', label: 'meN', restore: ['s'] },
  { surface: 'mem', label: 'meN', restore: ['', 'p'] },
  { surface: 'men', label: 'meN', restore: ['', 't'] },
  { surface: 'me', label: 'meN', restore: [''] },
  { surface: 'penge', label: 'peN', restore: [''] },
  { surface: 'peng', label: 'peN', restore: ['', 'k'] },
  { surface: 'peny', label: 'peN', restore: ['s'] },
  { surface: 'pem', label: 'peN', restore: ['', 'p'] },
  { surface: 'pen', label: 'peN', restore: ['', 't'] },
  { surface: 'per', label: 'per', restore: [''] },
  { surface: 'pel', label: 'per', restore: [''] },
  { surface: 'pe', label: 'per', restore: [''] },
  { surface: 'ber', label: 'ber', restore: [''] },
  { surface: 'bel', label: 'ber', restore: [''] },
  { surface: 'be', label: 'ber', restore: [''] },
  { surface: 'di', label: 'di', restore: [''] },
  { surface: 'ter', label: 'ter', restore: [''] },
  { surface: 'te', label: 'ter', restore: [''] },
  { surface: 'ke', label: 'ke', restore: [''] },
  { surface: 'se', label: 'se', restore: [''] },
  // colloquial nasal verbs: ngobrol, ngumpul (kumpul), nyapu (sapu), ngecek
  { surface: 'nge', label: 'N', restore: [''] },
  { surface: 'ng', label: 'N', restore: ['', 'k'] },
  { surface: 'ny', label: 'N', restore: ['s'] },
];

const BY_LABEL = new Map<PrefixLabel, typeof PREFIXES>();
for (const p of PREFIXES) BY_LABEL.set(p.label, [...(BY_LABEL.get(p.label) ?? []), p]);

/** Which inner prefix may follow an outer one (memper-, diper-, keber-, pember-, sepe-, ...). */
const INNER: Partial<Record<PrefixLabel, PrefixLabel[]>> = {
  meN: ['per', 'ber'],
  di: ['per', 'ber'],
  ter: ['per'],
  peN: ['ber'],
  ke: ['ber', 'ter', 'peN', 'se'],
  se: ['peN', 'per', 'ke'],
  ber: ['ke', 'se', 'peN'],
};

const SUFFIXES = ['kan', 'an', 'i', 'in', ''];
const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

interface Parse {
  root: string;
  prefixes: PrefixLabel[];
  /** The inner prefix as written (pe- is per- or peN- by what follows). */
  innerSurface: string;
  suffix: string;
  layers: number;
  /** A nasal prefix replaced the root's first letter (menemukan: temu). */
  restored: boolean;
}

/**
 * The root and affix family of a lower-case Indonesian word, or undefined when no decomposition
 * over the root dictionary exists (then the word is its own root: a name, a loan word, a typo).
 */
export function analyseWord(word: string, isRoot: (w: string) => boolean = (w) => indonesianRoots().has(w)): WordForm | undefined {
  if (isRoot(word)) return { root: word, family: 'root', affixes: [] };
  let best: Parse | undefined;
  // fewest affixes; then -kan before -an (menyamakan: sama, not samak); then no restored letter
  // (pengajian: aji, not kaji); then the longer root
  const rank = (p: Parse) => [p.layers, SUFFIXES.indexOf(p.suffix), p.restored ? 1 : 0, -p.root.length];
  const consider = (p: Parse) => {
    if (!best) return void (best = p);
    const a = rank(p);
    const b = rank(best);
    for (let i = 0; i < a.length; i++) {
      if (a[i]! !== b[i]!) {
        if (a[i]! < b[i]!) best = p;
        return;
      }
    }
  };
  for (const base of withoutClitics(word)) {
    const clitic = base === word ? 0 : 1;
    for (const suffix of SUFFIXES) {
      if (suffix && !base.endsWith(suffix)) continue;
      const body = suffix ? base.slice(0, -suffix.length) : base;
      if (body.length < 2) continue;
      const layers = clitic + (suffix ? 1 : 0);
      if ((suffix || clitic) && isRoot(body)) consider({ root: body, prefixes: [], innerSurface: '', suffix, layers, restored: false });
      for (const outer of PREFIXES) {
        if (!body.startsWith(outer.surface)) continue;
        for (const [rest, restored] of afterPrefix(body, outer)) {
          if (isRoot(rest) && rootFitsPrefix(rest, outer.surface)) {
            consider({ root: rest, prefixes: [outer.label], innerSurface: outer.surface, suffix, layers: layers + 1, restored });
          }
          for (const innerLabel of INNER[outer.label] ?? []) {
            for (const inner of BY_LABEL.get(innerLabel)!) {
              for (const [r, again] of afterPrefix(rest, inner)) {
                if (isRoot(r) && rootFitsPrefix(r, inner.surface)) {
                  consider({ root: r, prefixes: [outer.label, inner.label], innerSurface: inner.surface, suffix, layers: layers + 2, restored: restored || again });
                }
              }
            }
          }
        }
      }
    }
  }
  if (!best) return undefined;
  const b: Parse = best;
  return { root: b.root, family: familyOf(b.prefixes, b.innerSurface, b.suffix, b.root), affixes: [...b.prefixes, ...(b.suffix ? [`-${b.suffix}`] : [])] };
}

function withoutClitics(word: string): string[] {
  const out = [word];
  for (const c of CLITICS) if (word.length - c.length >= 3 && word.endsWith(c)) out.push(word.slice(0, -c.length));
  return out;
}

/** The rest of a word after a prefix, with each letter its nasal may have replaced: [rest, restored]. */
function afterPrefix(body: string, p: { surface: string; restore: string[] }): [string, boolean][] {
  if (!body.startsWith(p.surface) || body.length - p.surface.length < 2) return [];
  const rest = body.slice(p.surface.length);
  return p.restore.map((r) => [r + rest, r !== '']);
}

/**
 * The allomorphs that only stand before some roots: be- before r or a first syllable in -er
 * (*bekerja*), bel- and pel- only in *belajar* and *pelajar*, te- before r, me- before l, r, w, y and
 * nasals, meng-/peng- before vowels, g, h (or a k they replaced).
 */
function rootFitsPrefix(root: string, surface: string): boolean {
  const c = root[0] ?? '';
  switch (surface) {
    case 'be': return c === 'r' || /^[^aeiou]er/.test(root);
    case 'bel': case 'pel': return root === 'ajar';
    case 'te': return c === 'r';
    case 'me': return /[lrwymn]/.test(c);
    case 'mem': case 'pem': return /[bpf]/.test(c);
    case 'men': case 'pen': return /[dctjz]/.test(c);
    case 'meng': case 'peng': return /[aeiougkh]/.test(c);
    case 'meny': case 'peny': case 'ny': return c === 's';
    case 'ng': return /[aeiouk]/.test(c);
    case 'ber': case 'per': return c !== 'r';
    default: return true;
  }
}

function familyOf(prefixes: PrefixLabel[], innerSurface: string, suffix: string, root: string): Family {
  const inner = prefixes[prefixes.length - 1];
  const outer = prefixes[0];
  if (!inner) return suffix ? 'meN' : 'root'; // temuan, kumpulkan, datangi
  if (outer === 'ke' && suffix === 'an') return inner === 'ber' ? 'ber' : 'ke-an'; // keberhasilan vs kepercayaan
  if (outer === 'ber' && prefixes.length > 1) return 'ber'; // berkelanjutan, bersepakat
  if (outer === 'se') return 'se';
  switch (inner) {
    case 'ber':
      return outer === 'meN' || outer === 'di' || outer === 'peN' ? 'meN' : 'ber'; // memberdayakan, pemberdayaan
    case 'per':
      // pe- before l, r, w, y and nasals is peN- (pelatihan, perawat); otherwise per- (pekerjaan, pertemuan)
      if (outer === 'meN' || outer === 'di' || outer === 'ter') return 'meN';
      return innerSurface === 'pe' && /^[lwymn]/.test(root) ? 'meN' : 'ber';
    case 'ke':
      return suffix === 'an' ? 'ke-an' : 'ber'; // ketemu (colloquial bertemu)
    case 'N':
      return suffix ? 'meN' : 'ber'; // ngumpul vs ngumpulin
    case 'se':
      return 'se';
    default:
      return 'meN'; // meN-, di-, ter-, peN-
  }
}
