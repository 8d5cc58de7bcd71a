/** The review screen as text, for a terminal of the given size (80×24 and up). Pure. */
import type { ChalkInstance } from 'chalk';
import { wrap } from './layout.js';
import type { CodeChoice } from './session.js';
import type { ReviewState } from './review.js';

export const REVIEW_HELP = [
  'Keys',
  '  a, Enter  accept the coding into your file (with the code and polarity shown)',
  '  /         change the code: search the codebook by label or id; Enter picks the first',
  '  p         switch the polarity between support and limit',
  '  r         reject the coding',
  '  s         skip (its segment is not saved; it comes back next time)',
  '  b         back to the previous coding',
  '  ?         this help          q  quit (Ctrl-C is safe too)',
  '',
  'When every coding of a segment is decided, the segment is written to your file at once:',
  'the codes you accepted, or "no code" when you rejected them all.',
];

export function renderReview(s: ReviewState, codebook: CodeChoice[], reviewer: string, reviewed: string,
  width: number, height: number, c: ChalkInstance): string {
  const out: string[] = [];
  const title = ` telaah · ${reviewer} reviews ${reviewed} · ${Math.min(s.index + 1, s.items.length)}/${s.items.length} · saved ${s.saved.length} segment${s.saved.length === 1 ? '' : 's'} `;
  out.push(c.inverse(title.padEnd(width).slice(0, width)));
  if (s.mode === 'help') return [...out, ...REVIEW_HELP.map((l) => l.slice(0, width)), '', 'Press any key.'].join('\n');
  const item = s.items[s.index];
  if (!item) {
    out.push('', `Every coding of ${reviewed} in this session is reviewed. Press q to quit, b to go back.`);
    return out.join('\n');
  }
  const label = (id: string) => `${codebook.find((k) => k.id === id)?.label ?? id} (${id})`;
  out.push(c.bold(`${item.transcript} · ${item.informant ?? item.speaker ?? ''} · lines ${item.lines[0]}–${item.lines[1]}`.slice(0, width)));
  if (item.previous) {
    const prev = `${item.previous.speaker ? `${item.previous.speaker}: ` : ''}${item.previous.text}`.replace(/\s+/g, ' ');
    out.push(...wrap(prev, width - 2).slice(-2).map((l) => c.dim(`  ${l}`)));
  }
  out.push('');
  const [a, b] = item.quoteAt ?? [0, 0];
  const text = item.text.replace(/\n/g, ' '); // one paragraph; the quote's offsets stay right
  const body = wrap(b > a ? text.slice(0, a) + c.bold.underline(text.slice(a, b)) + text.slice(b) : text, width);
  const budget = Math.max(5, height - 13);
  out.push(...(body.length > budget ? [...body.slice(0, budget - 1), c.dim('  …')] : body));
  out.push('');
  out.push(`${reviewed}: ${label(item.code)} · ${item.polarity}`.slice(0, width));
  if (item.memo) out.push(...wrap(`reason: ${item.memo}`, width - 2).slice(0, 2).map((l) => c.dim(`  ${l}`)));
  const d = s.decisions[s.index];
  const changed = s.code !== item.code || s.polarity !== item.polarity;
  if (d) out.push(d.kind === 'accept' ? c.green(`accepted as ${label(d.code)} · ${d.polarity}`.slice(0, width)) : c.red('rejected'));
  else if (changed) out.push(c.yellow(`yours: ${label(s.code)} · ${s.polarity}`.slice(0, width)));
  if (s.mode === 'search') {
    out.push(`change to: ${s.input}▏`);
    s.hits.forEach((h, i) => out.push(`  ${i + 1} ${h.label} (${h.id})`.slice(0, width)));
  }
  while (out.length < height - 2) out.push('');
  out.push(s.message.slice(0, width));
  out.push(c.dim('a accept · / change · p polarity · r reject · s skip · b back · ? help · q quit'.slice(0, width)));
  return out.slice(0, height).join('\n');
}
