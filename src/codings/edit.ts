/**
 * Adding decisions to a codings file's text, keeping what a person wrote (comments, order, keys the
 * tool does not know) as far as the yaml library allows. Pure: text in, text out.
 */
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';

export interface NewCoding {
  transcript: string;
  code: string;
  quote: string;
  memo?: string;
  polarity?: 'support' | 'limit';
  line: number;
  prefix?: string;
  suffix?: string;
}

/** A segment decided with no code at all (so a resumed session does not show it again). */
export interface NewDecision {
  transcript: string;
  quote: string;
  line: number;
  memo?: string;
}

export function appendDecisions(text: string | undefined, coder: string, codings: NewCoding[], decided: NewDecision[]): string {
  const doc = parseDocument(text && text.trim() ? text : `coder: ${coder}\ncodings: []\n`);
  if (!isMap(doc.contents)) throw new Error('the codings file is not a mapping; fix it by hand first');
  if (!doc.has('coder')) doc.set('coder', coder);
  for (const [key, items] of [['codings', codings], ['decided', decided]] as const) {
    if (!items.length) continue;
    let seq = doc.get(key, true);
    if (!isSeq(seq)) {
      seq = new YAMLSeq();
      doc.set(key, seq);
    }
    const s = seq as YAMLSeq;
    s.flow = false;
    for (const item of items) s.add(doc.createNode(clean(item as unknown as Record<string, unknown>)));
  }
  return doc.toString({ lineWidth: 0 });
}

function clean(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
}
