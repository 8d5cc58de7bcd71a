/**
 * The evidence policy (README "How telaah weighs evidence"): hand codings are the researcher's
 * evidence; automatic codes count only at or above coding.min_confidence and are marked with their
 * confidence; where a coder coded a segment, the coder's polarity is the evidence's. Confidences are
 * set explicitly here, so the test does not depend on the automatic coder's numbers.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codedBy, provenance } from '../src/analysis/evidence.js';
import { analyseProject } from '../src/cli/analyse.js';
import { memoryIo } from '../src/cli/io.js';
import { openProject } from '../src/cli/project.js';
import { studySettings } from '../src/cli/study.js';
import type { CodeAssignment } from '../src/model/analysis.js';
import { conclusionsMarkdown } from '../src/output/conclusions-markdown.js';
import { corpusStage } from '../src/passes/study.js';
import { miniProject } from './helpers/mini-project.js';

const front = (id: string, role: string, group: string, method = 'interview') =>
  `---\nid: ${id}\ninformant: ${role}\nrole: ${role}\ngroup: ${group}\nmethod: ${method}\ndate: 2024-03-1${id.length % 9}\n---\n`;

const TRANSCRIPTS = {
  'camat.md': `${front('camat', 'Camat Sukamaju', 'pemerintah')}Peneliti: Bagaimana koordinasinya?\nCamat: Kami rutin rapat koordinasi dan musyawarah setiap bulan dengan semua pihak di aula kecamatan.\n`,
  'kapolsek.md': `${front('kapolsek', 'Kapolsek Sukamaju', 'kepolisian')}Peneliti: Bagaimana rapatnya?\nKapolsek: Rapat koordinasi di kecamatan itu rutin, kami selalu hadir dan duduk bersama dengan camat.\n`,
  'observasi.md': `${front('observasi', 'Catatan observasi rapat', 'masyarakat', 'observation')}Rapat koordinasi dihadiri warga dan tokoh adat; semua peserta duduk bersama di aula dan bermusyawarah.\n`,
};
const CODINGS = {
  'sari.yaml': `coder: sari
codings:
  - transcript: kapolsek
    code: dialog-tatap-muka
    quote: "kami selalu hadir dan duduk bersama"
    polarity: limit
`,
};

/** The project analysed, with explicit confidences on the automatic codes of each transcript. */
async function studyWith(confidence: Record<string, number | undefined>, minConfidence = 0.5) {
  const dir = miniProject(TRANSCRIPTS, CODINGS);
  const io = memoryIo({ cwd: path.dirname(dir) });
  const p = (await openProject(dir, undefined, io, []))!;
  const settings = studySettings(p, {});
  const { analysis } = await analyseProject(p, { auto: settings.auto, minConfidence: 0, jobs: 1 }); // every candidate, confidences set below
  for (const s of analysis.segments) {
    for (const a of s.codes) {
      if (a.origin !== 'auto') continue;
      const c = confidence[s.transcript.meta.id];
      if (c === undefined) delete a.confidence;
      else a.confidence = c;
    }
  }
  return corpusStage(analysis, { ...settings, minConfidence });
}

describe('evidence policy', () => {
  it('leaves automatic codes below min_confidence out of every count, and marks the others with their confidence', async () => {
    const s = await studyWith({ camat: 0.3, kapolsek: 0.82, observasi: 0.9 });
    const dialog = s.triangulation.find((t) => t.code === 'dialog-tatap-muka')!;
    expect(dialog.segments).toBe(2);
    expect(dialog.informants).toBe(2);
    const byInformant = s.matrices.find((m) => m.name === 'code-by-informant')!;
    const row = byInformant.rows.find((r) => r.id === 'dialog-tatap-muka')!;
    expect(byInformant.columns.map((c) => c.id)).toEqual(['camat', 'kapolsek', 'observasi']);
    expect(row.cells).toEqual([0, 1, 1]);
    const md = conclusionsMarkdown(s.conclusions);
    expect(md).toContain('[auto 0.90]');
    expect(md).toContain('[sari]');
    expect(md).not.toContain('auto 0.30');
    expect(md).not.toContain('Camat Sukamaju, wawancara');
  });

  it("takes the coder's polarity where a coder coded the segment, and names the coder", async () => {
    const s = await studyWith({ camat: 0.9, kapolsek: 0.95, observasi: 0.9 });
    const dialog = s.triangulation.find((t) => t.code === 'dialog-tatap-muka')!;
    expect(dialog.limit).toBe(1);
    expect(dialog.autoOnly).toBe(2);
    const framework = s.matrices.find((m) => m.name === 'framework')!;
    const cell = String(framework.rows.find((r) => r.id === 'kapolsek')!.cells[framework.columns.findIndex((c) => c.id === 'dialog-tatap-muka')]);
    expect(cell).toMatch(/\(kapolsek#\d+, limit, sari\)$/);
    const ind = s.conclusions.indicators.find((i) => i.id === 'dialog-tatap-muka')!;
    expect(ind.limitQuotes[0]!.codedBy).toBe('sari');
    // the draft says how much of the evidence is automatic and unconfirmed
    expect(conclusionsMarkdown(s.conclusions)).toContain('Dari 3 segmen tersebut, 2 segmen hanya dikodekan secara otomatis dan belum dikonfirmasi oleh peneliti');
  });

  it('treats an unknown confidence as unknown: counted, and shown as plain auto', async () => {
    const s = await studyWith({ camat: undefined, kapolsek: undefined, observasi: undefined }, 0.99);
    const dialog = s.triangulation.find((t) => t.code === 'dialog-tatap-muka')!;
    expect(dialog.segments).toBe(3);
    expect(conclusionsMarkdown(s.conclusions)).toMatch(/\) \[auto\] <!-- /);
  });

  it('writes provenance as sari, sari + budi, auto 0.82, auto', () => {
    const a = (origin: string, confidence?: number): CodeAssignment => ({
      code: 'x', path: [], origin, polarity: 'support', score: 1, terms: [], ...(confidence === undefined ? {} : { confidence }),
    });
    expect(provenance(codedBy([a('manual:sari'), a('auto', 0.7)]))).toBe('sari');
    expect(provenance(codedBy([a('manual:sari'), a('manual:budi')]))).toBe('budi + sari');
    expect(provenance(codedBy([a('auto', 0.6), a('auto', 0.823)]))).toBe('auto 0.82');
    expect(provenance(codedBy([a('auto')]))).toBe('auto');
  });
});
