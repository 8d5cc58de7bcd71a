/**
 * The project's stemming cache (I/O edge): `.telaah-cache/stems-<lang>.json` holds every stem
 * computed before, under the stemmer's key (natural's version + ours), so a re-run skips the
 * stemmer. It only ever saves time, never changes a result: the file carries a SHA-256 of its own
 * stems (with the stemmer key and language), so a file edited by hand, damaged, or from another
 * stemmer is ignored (and rewritten) — a run then gives what a run without the cache gives. A
 * project folder that cannot be written to simply gets no cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allStems, primeStems, STEMMER_KEY } from '../text/stem.js';

const FORMAT = 'telaah-stems';
export const CACHE_DIR = '.telaah-cache';
const FILE_RE = /^stems-([a-z]{2,3})\.json$/;

interface CacheFile {
  format: string;
  key: string;
  lang: string;
  /** sha256 of checksumOf(key, lang, stems): any change to the file outside telaah shows. */
  sha256: string;
  stems: Record<string, string>;
}

/** The checksum of a cache's content, independent of key order (JSON.parse puts numeric keys first). */
function checksumOf(key: string, lang: string, entries: [string, string][]): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([FORMAT, key, lang, sorted])).digest('hex');
}

/** What was read, per language: written back with the new stems. */
export type LoadedStems = Map<string, [string, string][]>;

/** Reads every valid stems file of the project and primes the stemmer's memo with it. */
export function loadStemCache(projectDir: string): LoadedStems {
  const loaded: LoadedStems = new Map();
  const dir = path.join(projectDir, CACHE_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return loaded;
  }
  for (const name of names) {
    const lang = FILE_RE.exec(name)?.[1];
    if (!lang) continue;
    const entries = readStems(path.join(dir, name), lang);
    if (!entries) continue;
    primeStems(lang, entries);
    loaded.set(lang, entries);
  }
  return loaded;
}

function readStems(file: string, lang: string): [string, string][] | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
    if (!data || data.format !== FORMAT || data.key !== STEMMER_KEY || data.lang !== lang) return undefined;
    if (typeof data.stems !== 'object' || data.stems === null || Array.isArray(data.stems)) return undefined;
    const entries = Object.entries(data.stems);
    if (!entries.every(([, s]) => typeof s === 'string')) return undefined;
    return data.sha256 === checksumOf(data.key, lang, entries as [string, string][]) ? (entries as [string, string][]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes back, per language, what was loaded plus every stem known now (this thread's memo and
 * `extra`, from worker threads). Only languages with new stems are written; each file atomically.
 */
export function saveStemCache(projectDir: string, loaded: LoadedStems, extra: [string, [string, string][]][] = []): void {
  const fresh = new Map<string, Map<string, string>>();
  for (const [lang, entries] of [...allStems(), ...extra]) {
    const m = fresh.get(lang) ?? new Map<string, string>();
    for (const [w, s] of entries) m.set(w, s);
    fresh.set(lang, m);
  }
  const dir = path.join(projectDir, CACHE_DIR);
  for (const [lang, added] of fresh) {
    const all = new Map(loaded.get(lang) ?? []);
    const before = all.size;
    for (const [w, s] of added) all.set(w, s);
    if (all.size === before) continue;
    const sorted = [...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const stems = Object.fromEntries(sorted);
    const sha256 = checksumOf(STEMMER_KEY, lang, sorted);
    const file = path.join(dir, `stems-${lang}.json`);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, `${JSON.stringify({ format: FORMAT, key: STEMMER_KEY, lang, sha256, stems } satisfies CacheFile)}\n`);
      renameSync(tmp, file);
    } catch {
      // a read-only project: no cache, no complaint
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
    }
  }
}
