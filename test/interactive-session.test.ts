/**
 * The interactive coder without a terminal: the state machine (keys → state and effects), the
 * changes one accepted segment makes to a codings file, the quote selection, adding a code to a
 * codebook, and the screen at 80×24 and 60×20.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Chalk } from 'chalk';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addCode } from '../src/codebook/edit/add.js';
import { removeEntries } from '../src/codings/remove.js';
import { changes } from '../src/interactive/changes.js';
import { moveEdge, quoteText, selectAll } from '../src/interactive/quote.js';
import { render } from '../src/interactive/render.js';
import { codeAdded, press, search, start, type Effect, type State } from '../src/interactive/session.js';
import type { CodeChoice, Item } from '../src/interactive/state.js';

const codebook: CodeChoice[] = [
  { id: 'dialog-tatap-muka', label: 'Dialog tatap muka', definition: 'Komunikasi langsung dan dua arah antarpemangku kepentingan.', include: ['Rapat koordinasi, musyawarah.'], exclude: ['Kepercayaan: gunakan membangun-kepercayaan.'], search: 'dialog-tatap-muka dialog tatap muka face-to-face dialogue komunikasi langsung direct two-way communication' },
  { id: 'hasil-sementara', label: 'Hasil sementara', definition: 'Keluaran nyata di tengah jalan.', search: 'hasil-sementara hasil sementara intermediate outcomes small wins keluaran nyata tangible outputs' },
  { id: 'membangun-kepercayaan', label: 'Membangun kepercayaan', definition: 'Proses menumbuhkan kepercayaan.', search: 'membangun-kepercayaan membangun kepercayaan trust-building proses menumbuhkan kepercayaan' },
];

const item = (n: number, over: Partial<Item> = {}): Item => ({
  transcript: n < 3 ? 'camat' : 'kades', segment: `${n < 3 ? 'camat' : 'kades'}#${n}`, lines: [n * 4, n * 4 + 2], informant: n < 3 ? 'Pak Camat' : 'Pak Kades',
  text: 'Kami rapat koordinasi tiap bulan dengan Polsek. Tapi warga belum hadir. Hasilnya posko bersama sudah berdiri.',
  highlights: [[5, 21]], suggestions: [{ code: 'dialog-tatap-muka', label: 'Dialog tatap muka', terms: ['rapat koordinasi'], polarity: 'limit', confidence: 0.82 }],
  ...over,
});

function keys(s: State, ...ks: string[]): { state: State; effects: Effect[] } {
  const effects: Effect[] = [];
  for (const k of ks) {
    const r = press(s, k, codebook);
    s = r.state;
    if (r.effect) effects.push(r.effect);
  }
  return { state: s, effects };
}
const plain = new Chalk({ level: 0 });

describe('keys', () => {
  it('a suggestion takes its automatic polarity; p toggles it; Enter saves codes with polarity', () => {
    const { state, effects } = keys(start([item(1), item(2)]), '1', 'p', 'p', 'p', 'enter');
    expect(effects).toEqual([expect.objectContaining({ kind: 'accept', after: { codes: [{ code: 'dialog-tatap-muka', polarity: 'support' }] } })]);
    expect(state.index).toBe(1);
    const limit = keys(start([item(1)]), '1', 'enter').effects[0] as Extract<Effect, { kind: 'accept' }>;
    expect(limit.after.codes[0]!.polarity).toBe('limit');
  });

  it('/ searches ids, labels and definitions in both languages; Enter picks the first hit', () => {
    expect(search(codebook, 'small wins').map((c) => c.id)).toEqual(['hasil-sementara']);
    expect(search(codebook, 'trust').map((c) => c.id)).toEqual(['membangun-kepercayaan']);
    expect(search(codebook, 'two-way').map((c) => c.id)).toEqual(['dialog-tatap-muka']);
    const { state } = keys(start([item(1)]), '/', ...'small wins', 'enter');
    expect(state.selected).toEqual([{ code: 'hasil-sementara', polarity: 'support' }]);
    expect(state.focus).toBe(1);
  });

  it('m sets a memo on the coding under the cursor, M on the segment', () => {
    const { effects } = keys(start([item(1)]), '1', 'm', ...'rapat rutin', 'enter', '/', ...'hasil', 'enter', 'm', ...'posko', 'enter', 'M', ...'awal kolaborasi', 'enter', 'enter');
    expect((effects[0] as Extract<Effect, { kind: 'accept' }>).after).toEqual({
      codes: [{ code: 'dialog-tatap-muka', polarity: 'limit', memo: 'rapat rutin' }, { code: 'hasil-sementara', polarity: 'support', memo: 'posko' }],
      memo: 'awal kolaborasi',
    });
  });

  it('v selects the words that carry the code, by word and by sentence', () => {
    const text = item(1).text;
    let q = selectAll(text);
    q = moveEdge(text, q, 'sentence', -1); // end back to the end of the second sentence
    q = moveEdge(text, q, 'sentence', -1);
    expect(quoteText(text, q)).toBe('Kami rapat koordinasi tiap bulan dengan Polsek.');
    q = moveEdge(text, { ...q, edge: 'start' }, 'word', 1);
    expect(quoteText(text, q)).toBe('rapat koordinasi tiap bulan dengan Polsek.');
    const { effects } = keys(start([item(1)]), '1', 'v', 'H', 'H', 'tab', 'l', 'enter', 'enter');
    expect((effects[0] as Extract<Effect, { kind: 'accept' }>).after.codes).toEqual([{ code: 'dialog-tatap-muka', polarity: 'limit', quote: 'rapat koordinasi tiap bulan dengan Polsek.' }]);
  });

  it('the list jumps to a segment; filters by transcript, informant, code, uncoded, mine and disagreements', () => {
    const items = [item(1), item(2, { others: { budi: ['hasil-sementara'] } }), item(3, { suggestions: [] }), item(4, { others: { budi: ['dialog-tatap-muka'] } })];
    let { state } = keys(start(items), '1', 'enter', '1', 'enter'); // camat#1 and camat#2 coded with dialog
    expect(state.index).toBe(2);
    const listed = (s: State) => render(s, codebook, 'sari', 80, 24, plain).split('\n').filter((l) => /#\d/.test(l)).map((l) => /(\w+#\d)/.exec(l)![1]);
    ({ state } = keys(state, 'g'));
    expect(listed(state)).toEqual(['camat#1', 'camat#2', 'kades#3', 'kades#4']);
    expect(listed(keys(state, 'u').state)).toEqual(['kades#3', 'kades#4']);
    expect(listed(keys(state, 'r').state)).toEqual(['camat#1', 'camat#2']);
    expect(listed(keys(state, 'x').state)).toEqual(['camat#2', 'kades#4']);
    expect(listed(keys(state, 't').state)).toEqual(['camat#1', 'camat#2']);
    expect(listed(keys(state, 't', 't').state)).toEqual(['kades#3', 'kades#4']);
    expect(listed(keys(state, 'i', 'i').state)).toEqual(['kades#3', 'kades#4']);
    expect(listed(keys(state, 'c').state)).toEqual(['camat#1', 'camat#2', 'kades#4']);
    expect(listed(keys(state, 'u', '0').state)).toHaveLength(4);
    const back = keys(state, 'r', 'up', 'enter').state; // revisit camat#1
    expect(back.index).toBe(0);
    expect(back.selected).toEqual([{ code: 'dialog-tatap-muka', polarity: 'limit' }]);
    const redo = keys(back, '1', 'enter').effects[0] as Extract<Effect, { kind: 'accept' }>;
    expect(redo.before!.codes).toEqual([{ code: 'dialog-tatap-muka', polarity: 'limit' }]);
    expect(redo.after.codes).toEqual([]);
  });

  it('n asks for id, label, parent and definition, and refuses a bad id or an unknown parent', () => {
    const bad = keys(start([item(1)]), 'n', ...'Rapat Informal', 'enter', ...'Rapat informal', 'enter', 'enter', ...'Pertemuan tanpa undangan.', 'enter');
    expect(bad.effects).toEqual([]);
    expect(bad.state.message).toMatch(/the id "Rapat Informal" must be lower-case/);
    const good = keys(start([item(1)]), 'n', ...'rapat-informal', 'enter', ...'Rapat informal', 'enter', ...'dialog-tatap-muka', 'enter', ...'Pertemuan tanpa undangan.', 'enter');
    expect(good.effects).toEqual([{ kind: 'new-code', code: { id: 'rapat-informal', label: 'Rapat informal', parent: 'dialog-tatap-muka', definition: 'Pertemuan tanpa undangan.' } }]);
    expect(codeAdded(good.state, 'rapat-informal', 'Added.').selected).toEqual([{ code: 'rapat-informal', polarity: 'support' }]);
  });

  it('starts at the first undecided segment and Enter moves on to the next undecided one', () => {
    const s = start([item(1), item(2), item(3)], { 'camat#1': { codes: [] }, 'kades#3': { codes: [] } });
    expect(s.index).toBe(1);
    expect(keys(s, 'enter').state.index).toBe(3);
  });
});

describe('what an accepted segment changes in the codings file', () => {
  const file = `# my codings
coder: sari
codings:
  - transcript: camat   # first
    code: dialog-tatap-muka
    quote: "Kami rapat koordinasi tiap bulan"

  - transcript: camat
    code: hasil-sementara
    quote: Hasilnya posko bersama sudah berdiri
    polarity: support
  - transcript: kades
    code: dialog-tatap-muka
    quote: Kami rapat koordinasi tiap bulan
decided: []
`;
  it('removes exactly the entry named, keeping comments, blank lines and the other entries as written', () => {
    const r = removeEntries(file, 'codings', [{ transcript: 'camat', code: 'hasil-sementara', quote: 'Hasilnya posko bersama sudah berdiri' }]);
    expect(r.text).toBe(file.replace('  - transcript: camat\n    code: hasil-sementara\n    quote: Hasilnya posko bersama sudah berdiri\n    polarity: support\n', ''));
    const first = removeEntries(file, 'codings', [{ transcript: 'camat', code: 'dialog-tatap-muka', quote: 'Kami rapat koordinasi tiap bulan' }]);
    expect(parse(first.text!).codings.map((c: { transcript: string }) => c.transcript)).toEqual(['camat', 'kades']);
    expect(first.text).toMatch(/^# my codings\n/);
    expect(removeEntries(file, 'codings', [{ transcript: 'x', code: 'y', quote: 'z' }]).problem).toMatch(/changed by hand meanwhile/);
  });

  it('a changed polarity replaces that coding; unchanged codings are not touched', () => {
    const saved = { code: 'dialog-tatap-muka', polarity: 'support' as const, saved: 'Kami rapat' };
    const other = { code: 'hasil-sementara', polarity: 'support' as const, saved: 'Hasilnya posko' };
    const c = changes({ codes: [saved, other] }, { codes: [{ ...saved, polarity: 'limit' }, other] });
    expect(c.removeCodings).toEqual([{ code: 'dialog-tatap-muka', quote: 'Kami rapat' }]);
    expect(c.addCodings).toEqual([{ ...saved, polarity: 'limit' }]);
    expect(changes(undefined, { codes: [] }).addDecided).toEqual({});
    expect(changes({ codes: [], memo: 'a' }, { codes: [], memo: 'b' })).toMatchObject({ removeMemo: 'a', addDecided: { memo: 'b' } });
  });
});

describe('a new code in the codebook file', () => {
  const cb = `id: mine\nversion: "1"\ncodes:\n  - id: dialog\n    label: { id: Dialog, en: Dialogue }\n    definition: { id: Rapat }\n    keywords: { id: [rapat] }\n`;
  it('is appended to codes: in the list\'s indentation and linted', () => {
    const r = addCode(cb, 'codebook.yaml', { id: 'rapat-informal', label: 'Rapat informal', parent: 'dialog', definition: 'Pertemuan tanpa undangan resmi.' }, 'id', ['dialog']);
    expect(r.problem).toBeUndefined();
    expect(r.text).toBe(`${cb}  - id: rapat-informal\n    parent: dialog\n    label:\n      id: Rapat informal\n    definition:\n      id: Pertemuan tanpa undangan resmi.\n`);
    expect(r.warnings!.map((w) => w.ruleId)).toContain('leaf-without-keywords');
  });
  it('is refused when the id is taken or the parent unknown', () => {
    expect(addCode(cb, 'codebook.yaml', { id: 'dialog', label: 'x', definition: 'y' }, 'id', ['dialog']).problem).toMatch(/already has a code "dialog"/);
    expect(addCode(cb, 'codebook.yaml', { id: 'baru', label: 'x', parent: 'nope', definition: 'y' }, 'id', ['dialog']).problem).toMatch(/no code "nope"/);
  });
});

describe('the screen', () => {
  const long = item(1, { text: `${'Kami rapat koordinasi tiap bulan dengan Polsek dan tokoh masyarakat di balai desa. '.repeat(8)}Penyalahgunaan-narkoba-dan-ketertiban-umum-sebagai-masalah-bersama.` });
  for (const [w, h] of [[80, 24], [60, 20], [70, 16]] as const) {
    it(`fits ${w}×${h}: exactly ${h} lines, none wider, header first, keys last, words whole`, () => {
      for (const s of [start([long]), keys(start([long]), '1', 'v').state, keys(start([long]), 'g').state, keys(start([long]), '?').state, keys(start([long]), 'n').state]) {
        const lines = render(s, codebook, 'sari', w, h, plain).split('\n');
        expect(lines).toHaveLength(h);
        for (const l of lines) expect([...l].length).toBeLessThanOrEqual(w);
        expect(lines[0]).toMatch(/^ telaah · sari · segment 1\/1/);
        expect(lines[h - 1]).toMatch(/help|Esc back|all/);
        for (const l of lines) expect(l).not.toMatch(/\bkoordina$|\bkoor$/);
      }
    });
  }
  it('shows the definition of the code under the cursor, and the suggestion\'s polarity and confidence', () => {
    const screen = render(keys(start([item(1)]), '1').state, codebook, 'sari', 80, 24, plain);
    expect(screen).toMatch(/›\[x\] 1 Dialog tatap muka {2}limit {2}auto limit 0\.82/);
    expect(screen).toMatch(/── Dialog tatap muka \(dialog-tatap-muka\) ─+\nKomunikasi langsung/);
    expect(screen).toMatch(/\+ Rapat koordinasi, musyawarah\./);
    expect(screen).toMatch(/− Kepercayaan: gunakan membangun-kepercayaan\./);
  });
});

describe('every key is in the README key table and does something', () => {
  const readme = readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### `telaah code [PROJECT] --interactive'), readme.indexOf('### `telaah agree'));
  const firstColumn = section.split('\n').filter((l) => l.startsWith('| `')).map((l) => l.split(' | ')[0]!).join(' ');
  const modes: Record<string, [string[], Record<string, string>]> = {
    code: [['1', 'j'], { '1': '`1`–`9`', up: '`↑`', down: '`↓`', j: '`j`', k: '`k`', ' ': '`Space`', p: '`p`', v: '`v`', '/': '`/`', d: '`d`', m: '`m`', M: '`M`', n: '`n`', g: '`g`', enter: '`Enter`', s: '`s`', b: '`b`', '?': '`?`', q: '`q`' }],
    quote: [['1', 'v', 'H'], { left: '`←`', right: '`→`', h: '`h`', l: '`l`', H: '`H`', L: '`L`', ',': '`,`', '.': '`.`', tab: '`Tab`', enter: '`Enter`', escape: '`Esc`' }],
    list: [['g'], { t: '`t`', i: '`i`', c: '`c`', u: '`u`', r: '`r`', x: '`x`', '0': '`0`', up: '`↑`', down: '`↓`', enter: '`Enter`', escape: '`Esc`' }],
  };
  for (const [mode, [setup, table]] of Object.entries(modes)) {
    it(`${mode} mode`, () => {
      const two = [...item(1).suggestions, { code: 'hasil-sementara', label: 'Hasil sementara', terms: ['posko'], polarity: 'support' as const }, { code: 'membangun-kepercayaan', label: 'Membangun kepercayaan', terms: [], polarity: 'support' as const }];
      const items = [item(1, { others: { budi: ['hasil-sementara'] } }), item(2, { suggestions: two }), item(3)];
      const before = keys(start(items), 'enter', ...setup).state;
      for (const [key, label] of Object.entries(table)) {
        expect(firstColumn, `README lists ${label}`).toContain(label);
        const r = press(before, key, codebook);
        expect(r.state.message, `${mode}: ${JSON.stringify(key)}`).not.toMatch(/Unknown key|Keys here/);
        expect(r.state !== before && JSON.stringify(r.state) !== JSON.stringify(before) || r.effect, `${mode}: ${JSON.stringify(key)} changes something`).toBeTruthy();
      }
    });
  }
});

describe('a saved quote on a revisit', () => {
  it('is selected again where its words are, punctuation at its ends left aside', () => {
    const text = item(1).text;
    const s = keys(start([item(1), item(2)], { 'camat#1': { codes: [{ code: 'dialog-tatap-muka', polarity: 'support', quote: 'tiap bulan dengan Polsek', saved: 'tiap bulan dengan Polsek' }] } }), 'b', 'v').state;
    expect(s.quote).toEqual({ start: 3, end: 6, edge: 'end' });
    expect(quoteText(text, s.quote!)).toBe('tiap bulan dengan Polsek.');
  });
});
