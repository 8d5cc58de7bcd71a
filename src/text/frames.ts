/**
 * Sentences about the study rather than the case: what the study aims at, how it was done, what a
 * theory says, what is recommended, what the study could not do, and questions. A sentence that
 * names an indicator in such a frame (*Penelitian ini bertujuan menganalisis dialog tatap muka …*,
 * *Trust was measured with five items …*, *Disarankan agar … memperkuat komitmen …*) is no evidence
 * that the case shows it: the coder does not count its words (evidence.ts). Pure.
 *
 * The patterns are authors' set phrases, kept narrow on purpose: an informant's *sebaiknya* or
 * *menurut Pak Lurah* and an author's *penelitian ini menunjukkan* are findings and must stay
 * evidence. Chosen on the fit sets (dev9 holds such sentences, half its passages).
 */

export type FrameKind = 'aim' | 'method' | 'theory' | 'recommendation' | 'limitation' | 'question';

export interface Frame {
  kind: FrameKind;
  /** Character offsets of the sentence in the text, [start, end). */
  start: number;
  end: number;
  /** The phrase that marks it (lower-cased). */
  cue: string;
}

const RESEARCH = '(?:penelitian|studi|kajian|riset|tulisan|artikel|makalah|skripsi|tesis|disertasi)';
const ANALYSE = '(?:menganalisis|menganalisa|mengkaji|menelaah|mendeskripsikan|menggambarkan|mengidentifikasi|mengeksplorasi|mengetahui|memahami|menjelaskan|melihat|meneliti|membahas)';

/** Per kind, the phrases that mark it (on lower-cased text; `\b` is fine: the phrases are ASCII). */
const PATTERNS: [FrameKind, RegExp][] = [
  ['aim', new RegExp(`\\b${RESEARCH} ini (?:bertujuan|berupaya|berusaha|hendak|ingin|mencoba|${ANALYSE})\\b`)],
  ['aim', new RegExp(`\\bbertujuan (?:untuk )?${ANALYSE}\\b`)],
  ['aim', new RegExp(`\\btujuan (?:dari |utama )?${RESEARCH}\\b|\\brumusan masalah\\b|\\bpertanyaan penelitian\\b`)],
  ['aim', /\b(?:this|the present|our) (?:study|article|paper|research|thesis|chapter|dissertation) (?:aims|seeks|attempts|sets out|tries|examines|explores|analy[sz]es|investigates|asks|discusses|assesses|evaluates)\b/],
  ['aim', /\bthe (?:aim|purpose|objective|goal|focus)s? of (?:this|the|our) (?:study|article|paper|research|thesis)\b|\bresearch questions?\b|^we (?:examine|explore|analy[sz]e|investigate|ask)\b/],
  ['method', /\b(?:metode|pendekatan) (?:penelitian|kualitatif|kuantitatif|deskriptif|studi kasus)\b|\bteknik (?:pengumpulan|analisis|penentuan) (?:data|informan)\b/],
  ['method', /\bdata (?:dikumpulkan|diperoleh|dianalisis|dihimpun) (?:melalui|dengan|menggunakan|secara)\b|\binforman (?:penelitian )?(?:dipilih|ditentukan)\b|\bpurposive\b|\blikert\b|\bkuesioner\b|\bangket\b|\bpedoman wawancara\b/],
  ['method', /\bdiukur (?:dengan|menggunakan|melalui)\b|\bindikator\b.{0,60}\byang digunakan\b/],
  ['method', /\b(?:qualitative|quantitative|mixed)[- ]methods?\b|\bdata were (?:collected|gathered|analy[sz]ed|obtained|coded)\b|\b(?:interviews?|informants?|respondents?|transcripts?) were (?:selected|chosen|conducted|coded|recruited|grouped|sampled)\b/],
  ['method', /^(?:we|i) (?:coded|interviewed|surveyed|collected|sampled)\b|\binterview (?:questions|guide|protocol)\b|\bquestionnaire\b|\bwas (?:measured|operationali[sz]ed) (?:with|by|using|through)\b|\bkey informants (?:included|were)\b/],
  ['theory', /\b(?:didefinisikan|dimaknai|diartikan|dikonseptualisasikan) sebagai\b|\bdalam (?:literatur|teori|model ini|kerangka teori|kerangka konseptual)\b|\bmenurut (?:ansell|gash|putnam|emerson|fukuyama|coleman|bourdieu|teori)\b/],
  ['theory', /\b(?:refers? to|(?:is|are) defined as|(?:is|are) conceptuali[sz]ed as|(?:is|are) modell?ed as)\b|\bin the (?:[\w-]+ ){0,3}literature\b|\bin the (?:ansell|gash|putnam|emerson|bryson)\b[\w\s&'’]{0,30}\b(?:model|framework)\b/],
  ['recommendation', /\b(?:disarankan|direkomendasikan|hendaknya|seyogyanya)\b|\b(?:penelitian|studi|kajian) (?:selanjutnya|berikutnya|lanjutan)\b/],
  ['recommendation', /\b(?:we recommend|it is recommended|(?:is|are) (?:advised|recommended|encouraged) to)\b|\b(?:future|further) (?:research|studies|study)\b/],
  ['limitation', /\bketerbatasan (?:penelitian|studi)\b|\b(?:this|the) study (?:did not|does not|relied|is limited|was limited)\b|\blimitations? of (?:this|the) study\b|\bcannot be generali[sz]ed\b/],
];

/**
 * A research question: one that asks how far, which factor, or how one thing shapes, affects or
 * explains another. A question an informant asks (*Bagaimana mau percaya kalau janji terus tidak
 * ditepati?*, *Siapa yang mau datang?*) is rhetorical: it tells of the case, and is no frame.
 */
const RESEARCH_QUESTION = new RegExp([
  '^(?:to what extent|sejauh mana|seberapa jauh|which (?:dimensions?|factors?|indicators?)|faktor apa|apa saja faktor)\\b',
  '^(?:how|bagaimana(?:kah)?|what|apa(?:kah)?|why|mengapa|do|does|did|is|are)\\b.*\\b(?:shape[sd]?|affects?|affected|influences?|influenced|contributes?|contributed|explains?|explained|arrive|differs?|mediates?|memengaruhi|mempengaruhi|berpengaruh|berkontribusi|membentuk|terbentuk|berperan)\\b',
].join('|'));

/** What ends a sentence: . ! ? (and what closes around them) before white space or the text's end. */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

/**
 * Words of which every pattern holds at least one (`dalam` and `in` are too common: their patterns
 * are found by the word after them). A text without any of them, and without a question mark, has no
 * frame: most segments are ruled out by a set lookup per word, without running the patterns.
 */
const TRIGGERS = new Set(`penelitian studi kajian riset tulisan artikel makalah skripsi tesis disertasi bertujuan tujuan rumusan pertanyaan
  study article paper research thesis chapter dissertation aim aims purpose purposes objective objectives goal goals focus
  examine explore analyse analyze investigate ask metode pendekatan teknik data informan purposive likert kuesioner angket pedoman
  diukur indikator qualitative quantitative mixed interviews informants informant respondents respondent transcripts transcript coded interviewed surveyed
  collected sampled interview questionnaire measured operationalised operationalized key didefinisikan dimaknai diartikan
  dikonseptualisasikan literatur teori model kerangka ansell gash putnam emerson fukuyama coleman bourdieu refers refer defined
  conceptualised conceptualized modelled modeled literature framework disarankan direkomendasikan hendaknya seyogyanya recommend
  recommended advised encouraged future further keterbatasan bryson limitation limitations cannot`.split(/\s+/));

/** Whether a text of these (lower-cased) words may hold a frame: `studyFrames` finds none in a text for which this is false. */
export function mayHoldFrame(words: readonly { word: string }[], text: string): boolean {
  if (text.includes('?')) return true;
  for (const w of words) if (TRIGGERS.has(w.word)) return true;
  return false;
}

/** The sentences of `text` that are framed as the study's rather than the case's, in text order. */
export function studyFrames(text: string): Frame[] {
  const lower = text.toLowerCase();
  const out: Frame[] = [];
  const questions: Frame[] = [];
  let statements = 0;
  let from = 0;
  const ends = [...lower.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length);
  if (from < lower.length) ends.push(lower.length);
  for (const to of ends) {
    if (to <= from) continue;
    const s = lower.slice(from, to);
    const start = from + (s.length - s.trimStart().length);
    const end = from + s.trimEnd().length;
    from = to;
    if (end <= start) continue;
    const sentence = lower.slice(start, end);
    const frame = frameOf(sentence);
    if (frame) out.push({ ...frame, start, end });
    else {
      const q = questionOf(sentence);
      if (q) questions.push({ kind: 'question', cue: q, start, end });
      else if (/\p{L}/u.test(sentence)) statements++;
    }
  }
  // a question in an answer is rhetorical (*Kenapa? Karena …*, *Who was in the room? Only …*): it
  // frames nothing; a text that only asks a research question says nothing of the case
  return statements || !questions.length ? out : [...out, ...questions].sort((a, b) => a.start - b.start);
}

function frameOf(sentence: string): { kind: FrameKind; cue: string } | undefined {
  for (const [kind, re] of PATTERNS) {
    const hit = re.exec(sentence);
    if (hit) return { kind, cue: hit[0] };
  }
  return undefined;
}

/** The opening of a research question (RESEARCH_QUESTION), or undefined. */
function questionOf(sentence: string): string | undefined {
  if (!/\?["'”’)\]]*$/.test(sentence)) return undefined;
  const q = RESEARCH_QUESTION.exec(sentence.replace(/^[^\p{L}]+/u, ''));
  return q ? q[0].split(' ').slice(0, 3).join(' ') : undefined;
}
