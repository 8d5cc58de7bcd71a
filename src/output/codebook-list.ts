/**
 * `telaah codebook list` and `telaah codebook show`: the codebook's codes with ids, labels and
 * definitions, as a table, JSON, Markdown or one code in full. Pure: (codebook, options) → text.
 */
import Table from 'cli-table3';
import { ancestors, childrenOf, depthOf, labelOf, type Code, type Codebook, type I18n, type I18nList } from '../model/codebook.js';

export type ListFormat = 'table' | 'json' | 'md';

export interface ListOptions {
  lang: 'id' | 'en';
  tree: boolean;
  /** Terminal width for the table. */
  width: number;
}

const other = (lang: string) => (lang === 'id' ? 'en' : 'id');
/** A text in the wanted language, else the other one, else empty. */
export const textIn = (t: I18n, lang: string): string => t[lang] ?? t[other(lang)] ?? '';
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function codebookList(cb: Codebook, format: ListFormat, o: ListOptions): string {
  if (format === 'json') return `${JSON.stringify(o.tree ? childrenOf(cb, undefined).map((c) => nested(cb, c)) : cb.codes.map((c) => flat(cb, c)), null, 2)}\n`;
  if (format === 'md') return markdown(cb, o);
  return table(cb, o);
}

function flat(cb: Codebook, c: Code) {
  return {
    id: c.id, parent: c.parent ?? null, path: ancestors(cb, c.id), label: c.label, definition: c.definition,
    include: c.include, exclude: c.exclude, keywords: c.keywords.map((k) => ({ lang: k.lang, keyword: k.raw, ...(k.limit ? { polarity: 'limit' } : k.support ? { polarity: 'support' } : {}), ...(k.unless ? { unless: k.unless } : {}) })),
  };
}

type Nested = ReturnType<typeof flat> & { children: Nested[] };
function nested(cb: Codebook, c: Code): Nested {
  return { ...flat(cb, c), children: childrenOf(cb, c.id).map((x) => nested(cb, x)) };
}

function table(cb: Codebook, o: ListOptions): string {
  const idWidth = Math.min(40, Math.max(6, ...cb.codes.map((c) => c.id.length + (o.tree ? 2 * depthOf(cb, c.id) : 0)))) + 2;
  const labelWidth = Math.min(30, Math.max(7, ...cb.codes.map((c) => labelOf(c, o.lang).length))) + 2;
  const defWidth = Math.max(20, o.width - idWidth - labelWidth - 4);
  const t = new Table({
    head: ['code', 'label', 'definition'], style: { head: [], border: [] },
    colWidths: [idWidth, labelWidth, defWidth], wordWrap: true,
  });
  for (const c of cb.codes) {
    const def = firstSentence(oneLine(textIn(c.definition, o.lang)));
    t.push([`${o.tree ? '  '.repeat(depthOf(cb, c.id)) : ''}${c.id}`, labelOf(c, o.lang), def || '–']);
  }
  return `${t.toString()}\n${cb.codes.length} codes in ${cb.id}${cb.version ? ` ${cb.version}` : ''}; definitions cut at the first sentence. \`telaah codebook show CODE\` shows one in full.\n`;
}

/** The first sentence: the table gives the gist, `codebook show` the whole definition. */
function firstSentence(s: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(s);
  return m ? m[0] : s;
}

function markdown(cb: Codebook, o: ListOptions): string {
  const title = textIn(cb.title, o.lang) || cb.id;
  const lines = [`# ${title}`, ''];
  if (o.tree) {
    for (const c of cb.codes) {
      const def = oneLine(textIn(c.definition, o.lang));
      lines.push(`${'  '.repeat(depthOf(cb, c.id))}- \`${c.id}\` **${labelOf(c, o.lang)}**${def ? ` — ${def}` : ''}`);
    }
  } else {
    lines.push('| code | label | definition |', '|---|---|---|');
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    for (const c of cb.codes) lines.push(`| \`${c.id}\` | ${cell(labelOf(c, o.lang))} | ${cell(oneLine(textIn(c.definition, o.lang)))} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** One code in full: labels and definitions in both languages (the project's first), criteria, keywords, examples. */
export function codeDetail(cb: Codebook, code: Code, lang: 'id' | 'en'): string {
  const langs = [lang, other(lang)];
  const out: string[] = [`${code.id} — ${labelOf(code, lang)}`];
  const path = ancestors(cb, code.id);
  if (path.length) out.push(`under: ${path.join(' › ')}`);
  const kids = childrenOf(cb, code.id);
  if (kids.length) out.push(`sub-codes: ${kids.map((k) => k.id).join(', ')}`);
  for (const l of langs) if (code.label[l]) out.push(`label (${l}): ${code.label[l]}`);
  for (const l of langs) if (code.definition[l]) out.push('', `definition (${l}):`, indent(oneLine(code.definition[l]!)));
  list(out, 'include', code.include, langs);
  list(out, 'exclude', code.exclude, langs);
  // a keyword that names a shortfall (polarity: limit) is marked: its matches are limits
  const kw = langs.map((l) => [l, code.keywords.filter((k) => k.lang === l).map((k) => `${k.raw}${k.limit ? ' (limit)' : k.support ? ' (support)' : ''}${k.unless ? ` (unless ${k.unless.join(', ')})` : ''}`)] as const).filter(([, k]) => k.length);
  if (kw.length) out.push('', 'keywords:', ...kw.map(([l, k]) => `  ${l}: ${k.join(', ')}`));
  const ex = code.examples.filter((e) => langs.includes(e.lang));
  if (ex.length) out.push('', 'examples:', ...ex.map((e) => `  (${e.lang}) ${oneLine(e.text)}`));
  if (code.mapsTo.length) out.push('', `maps to: ${code.mapsTo.join(', ')}`);
  out.push('', `defined in ${code.codebook}:${code.pos.line}`);
  return `${out.join('\n')}\n`;
}

function list(out: string[], name: string, l: I18nList, langs: string[]): void {
  for (const lang of langs) {
    const items = l[lang];
    if (items?.length) out.push('', `${name} (${lang}):`, ...items.map((i) => `  - ${oneLine(i)}`));
  }
}

function indent(s: string): string {
  return `  ${s}`;
}
