/** Writers for data reduction (DESIGN contract): reduction.csv and reduced/<id>.md. Pure. */
import { DROP_REASONS, type DropReason, type ReducedTranscript } from '../model/analysis.js';
import { toCsv } from './csv.js';

export function reductionCsv(reduced: ReducedTranscript[]): string {
  const header = ['transcript', 'segments', 'kept', ...DROP_REASONS.map((r) => `dropped_${r.replace('-', '_')}`), 'words_before', 'words_after'];
  const rows = reduced.map(({ report: r }) => [
    r.transcript, r.segments, r.kept, ...DROP_REASONS.map((d) => r.dropped[d]), r.wordsBefore, r.wordsAfter,
  ]);
  return toCsv(header, rows);
}

const REASON_LABEL: Record<string, Record<DropReason, string>> = {
  id: { interviewer: 'pertanyaan peneliti', filler: 'pengisi/tanggapan singkat', greeting: 'salam/penutup', 'no-content': 'tanpa kata bermakna', duplicate: 'duplikat' },
  en: { interviewer: 'interviewer turn', filler: 'filler/back-channel', greeting: 'greeting/closing', 'no-content': 'no content words', duplicate: 'duplicate' },
};

/**
 * The reduced transcript: informants' kept segments with their lines; the interviewer's question
 * before each as context; runs of dropped segments summarised in one line.
 */
export function reducedMarkdown(r: ReducedTranscript, lang: string): string {
  const m = r.transcript.meta;
  const L = REASON_LABEL[lang] ?? REASON_LABEL.en!;
  const en = lang === 'en';
  const lines: string[] = [];
  lines.push(`# ${m.id}${m.role ? ` — ${m.role}` : ''}`, '');
  const facts = [
    m.informant && `${en ? 'Informant' : 'Informan'}: ${m.informant}`,
    m.group && `${en ? 'Group' : 'Kelompok'}: ${m.group}`,
    `${en ? 'Method' : 'Metode'}: ${m.method}`,
    m.date && `${en ? 'Date' : 'Tanggal'}: ${m.date}`,
    `${en ? 'Source' : 'Sumber'}: ${r.transcript.file}`,
  ].filter(Boolean);
  lines.push(...facts.map((f) => `- ${f}`), '');
  const rep = r.report;
  lines.push(en
    ? `Kept ${rep.kept} of ${rep.segments} segments (${rep.wordsAfter} of ${rep.wordsBefore} words).`
    : `Dipertahankan ${rep.kept} dari ${rep.segments} segmen (${rep.wordsAfter} dari ${rep.wordsBefore} kata).`, '');
  let pending: DropReason[] = [];
  let lastQuestion: string | undefined;
  const flush = () => {
    if (!pending.length) return;
    const counts = new Map<DropReason, number>();
    for (const p of pending) counts.set(p, (counts.get(p) ?? 0) + 1);
    const what = [...counts].map(([k, n]) => `${n} ${L[k]}`).join(', ');
    lines.push(`*[${en ? 'dropped' : 'direduksi'}: ${what}]*`, '');
    pending = [];
  };
  for (const s of r.segments) {
    if (!s.kept) {
      if (s.reason === 'interviewer') lastQuestion = s.text;
      pending.push(s.reason!);
      continue;
    }
    // the question just before is context, not a dropped segment worth listing
    if (lastQuestion !== undefined && pending[pending.length - 1] === 'interviewer') pending.pop();
    flush();
    if (lastQuestion !== undefined) {
      lines.push(`> ${en ? 'Question' : 'Pertanyaan'}: ${lastQuestion}`, '');
      lastQuestion = undefined;
    }
    const seg = s.segment;
    const where = seg.lines[0] === seg.lines[1] ? `${seg.lines[0]}` : `${seg.lines[0]}–${seg.lines[1]}`;
    lines.push(`**${seg.speaker ?? (en ? 'Text' : 'Teks')}** (${seg.id}, ${en ? 'lines' : 'baris'} ${where}): ${s.text}`, '');
  }
  flush();
  return `${lines.join('\n').trimEnd()}\n`;
}
