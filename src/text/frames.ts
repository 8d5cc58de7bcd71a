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

/** Scholars whose models the bundled codebooks follow: a sentence they open states theory. */
const SCHOLAR = 'ansell|gash|putnam|emerson|fukuyama|coleman|bourdieu|bryson';
/** Concepts of the bundled models: a sentence that opens with one and says what it *refers to* defines it. */
const CONCEPT = '(?:(?:the|social|mutual) )?(?:trust(?: building)?|(?:face-to-face )?dialogue|commitment(?: to (?:the )?process)?|shared understanding|intermediate outcomes|social capital|(?:bonding |bridging )?(?:networks?|norms?)|collaborative (?:governance|process)|facilitative leadership|institutional design|starting conditions|kepercayaan|dialog tatap muka|komitmen terhadap proses|pemahaman bersama|hasil sementara|modal sosial|jaringan|norma)';
const RESEARCH = '(?:penelitian|studi|kajian|riset|tulisan|artikel|makalah|skripsi|tesis|disertasi)';
/** What a study does as its aim; not *menjelaskan, melihat, menunjukkan* (*Kajian ini menjelaskan bahwa …* reports a finding). */
const ANALYSE = '(?:menganalisis|menganalisa|mengkaji|menelaah|mendeskripsikan|mengidentifikasi|mengeksplorasi|meneliti|membahas)';

/**
 * Per kind, the phrases that mark it (on lower-cased text; `\b` is fine: the phrases are ASCII). Each
 * names the study or its apparatus (*penelitian ini, responden, kuesioner penelitian*): a forum's aim
 * (*Rapat itu bertujuan membahas …*), a villager's *kami bawa kuesioner*, data a farmers' group
 * collects, an informant's *hendaknya* or *we ask the officers …* are the case.
 */
const PATTERNS: [FrameKind, RegExp][] = [
  ['aim', new RegExp(`\\b${RESEARCH} ini (?:bertujuan|berupaya|berusaha|hendak|ingin|mencoba|${ANALYSE}(?! bahwa))\\b`)],
  ['aim', new RegExp(`\\b(?:tujuan|fokus) (?:dari |utama )?${RESEARCH}\\b|\\brumusan masalah\\b|\\bpertanyaan penelitian\\b|^(?:kata kunci|keywords)\\b`)],
  ['aim', /\b(?:this|the present|our) (?:study|article|paper|research|thesis|chapter|dissertation) (?:aims|seeks|attempts|sets out|tries|examines|explores|analy[sz]es|investigates|asks|assesses|evaluates)\b(?! that)/],
  ['aim', /\bthe (?:aim|purpose|objective|goal|focus)s? of (?:this|the|our) (?:study|article|paper|research|thesis)\b|\bresearch questions?\b|^we (?:examine|explore|analy[sz]e|investigate)\b/],
  ['method', /\b(?:metode|pendekatan) (?:penelitian|kualitatif|kuantitatif|deskriptif|studi kasus)\b|\bteknik (?:pengumpulan|analisis|penentuan) (?:data|informan)\b|\bpengumpulan data (?:dilakukan|melalui|menggunakan|dengan)\b/],
  ['method', /\bdata (?:penelitian )?(?:dikumpulkan|diperoleh|dianalisis|dihimpun) (?:melalui|dengan|menggunakan) (?:teknik|metode|wawancara|observasi|studi|dokumentasi|kuesioner|angket|model|analisis)\b|\binforman (?:penelitian )?(?:dipilih|ditentukan)\b|\binforman (?:dalam |pada )?penelitian ini\b|\bpurposive\b|\blikert\b|\b(?:menggunakan|melalui|dengan) (?:kuesioner|angket)\b|\bpedoman wawancara\b|\bstudi (?:pustaka|literatur|kepustakaan)\b/],
  ['method', /\bindikator\b.{0,60}\byang digunakan (?:dalam|pada) penelitian\b|\bindikator\b.{0,60}\byang digunakan adalah\b/],
  ['method', /\b(?:qualitative|quantitative|mixed)[- ]methods?\b|\bdata were (?:collected|gathered|analy[sz]ed|obtained|coded) (?:through|using|via|with|by means of) (?:[\w-]+ ){0,2}(?:interviews?|observations?|surveys?|questionnaires?|documents?|focus|model|analysis|nvivo)\b|\b(?:interviews?|informants?|respondents?|transcripts?) were (?:selected|chosen|conducted|coded|recruited|grouped|sampled)\b/],
  ['method', /^we (?:coded|interviewed|surveyed|sampled)\b|\binterview (?:questions|guide|protocol)\b|\b(?:using|through|via|in) (?:a |the )?questionnaire\b|\b(?:was|were) (?:measured|operationali[sz]ed) (?:with|by|using|through) (?:[\w-]+ ){0,3}(?:items?|scales?|questionnaires?|surveys?|indicators?)\b|\bkey informants (?:included|were)\b|\b(?:library research|literature review|systematic review)\b/],
  ['theory', /\b(?:didefinisikan|dikonseptualisasikan) sebagai\b|\bdalam (?:literatur|teori|kerangka teori|kerangka konseptual)\b|\bdalam model (?:ini|ansell|tata kelola)\b|\bmenurut (?:ansell|gash|putnam|emerson|fukuyama|coleman|bourdieu|teori)\b/],
  ['theory', /\b(?:(?:is|are) defined as|(?:is|are) conceptuali[sz]ed as)\b|\bin the (?:[\w-]+ ){0,3}literature\b|\bin the (?:ansell|gash|putnam|emerson|bryson)\b[\w\s&'’]{0,30}\b(?:model|framework)\b|\b(?:according to|following) (?:ansell|gash|putnam|emerson|fukuyama|coleman|bourdieu)\b/],
  ['theory', new RegExp(`^(?:${SCHOLAR})\\b(?: (?:dan|and|&) \\w+)?(?: \\(\\d{4}\\))?,? (?:memandang|menyatakan|mendefinisikan|berpendapat|argues?|defines?|sees|views|describes)\\b|^(?:${CONCEPT}) (?:refers? to|(?:is|are) understood as|(?:is|are) modell?ed as|means|merujuk pada|dipahami sebagai)\\b`)],
  ['recommendation', /\b(?:disarankan|direkomendasikan) (?:agar|kepada|supaya|bagi)\b|\b(?:penelitian ini|peneliti) (?:menyarankan|merekomendasikan)\b|\b(?:penelitian|studi|kajian) (?:selanjutnya|berikutnya|lanjutan)\b|\b(?:rekomendasi|saran) (?:penelitian|dari penelitian)\b/],
  ['recommendation', /\b(?:we recommend|it is recommended|(?:is|are) (?:advised|recommended|encouraged) to)\b|\b(?:future|further) (?:research|studies|study)\b/],
  ['limitation', /\bketerbatasan (?:penelitian|studi)\b|\b(?:this|the) study (?:did not|does not) (?:measure|examine|include|cover|address|consider|assess|capture)\b|\b(?:this|the) study (?:relied|is limited|was limited)\b|\blimitations? of (?:this|the) study\b|\bcannot be generali[sz]ed\b/],
];

/**
 * A recommendation is cut from its cue on, not from its sentence's start: *Hasil penelitian
 * menunjukkan bahwa dialog tatap muka berlangsung rutin, sehingga disarankan agar …* keeps its finding.
 */
const FROM_CUE: ReadonlySet<FrameKind> = new Set(['recommendation']);

/**
 * A research question: one that asks how far, which factor, or how one thing shapes, affects or
 * explains another. A question an informant asks (*Bagaimana mau percaya kalau janji terus tidak
 * ditepati?*, *Siapa yang mau datang?*) is rhetorical: it tells of the case, and is no frame.
 */
const RESEARCH_QUESTION = new RegExp([
  '^(?:to what extent|sejauh mana|seberapa jauh|which (?:dimensions?|factors?|indicators?)|faktor apa|apa saja faktor|what (?:role|factors?|effects?)|bagaimana (?:peran|pengaruh))\\b',
  '^(?:how|bagaimana(?:kah)?) (?!tidak|nggak|mau|bisa)\\w+\\b.*\\b(?:shape[sd]?|affects?|affected|influences?|influenced|contributes?|contributed|explains?|explained|mediates?|memengaruhi|mempengaruhi|berkontribusi)\\b',
].join('|'));

/** What ends a sentence: . ! ? (and what closes around them) before white space or the text's end, or a line break (a heading). */
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)|\n/g;
/** A full stop after these is an abbreviation's, not a sentence's end (*dr. Sari*, *Kab. Sigi*, *hlm. 550*, *et al.*). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:dr|drs|dra|ir|prof|kab|kec|kel|hlm|dkk|al|mis|cf|vol|pp|jl|bpk|sdr|mr|mrs|e\.g|i\.e|vs|yth)\.$/u;

/**
 * Words of which every pattern holds at least one (`dalam` and `in` are too common: their patterns
 * are found by the word after them). A text without any of them, and without a question mark, has no
 * frame: most segments are ruled out by a set lookup per word, without running the patterns.
 */
const TRIGGERS = new Set(`penelitian studi kajian riset tulisan artikel makalah skripsi tesis disertasi tujuan fokus rumusan pertanyaan
  kunci keywords pustaka kepustakaan review study article paper research thesis chapter dissertation aim aims purpose purposes objective objectives goal goals
  examine explore analyse analyze investigate metode pendekatan teknik pengumpulan data informan purposive likert kuesioner angket
  pedoman indikator qualitative quantitative mixed interviews interview informants informant respondents respondent transcripts
  transcript coded interviewed surveyed sampled questionnaire measured operationalised operationalized key didefinisikan
  dikonseptualisasikan literatur teori model ansell gash putnam emerson fukuyama coleman bourdieu bryson defined conceptualised
  conceptualized literature according following refers refer understood modelled modeled means merujuk dipahami disarankan direkomendasikan menyarankan merekomendasikan peneliti
  rekomendasi saran recommend recommended advised encouraged future further keterbatasan limitation limitations cannot`.split(/\s+/));

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
  const ends = [...lower.matchAll(SENTENCE_END)].filter((m) => !ABBREVIATION.test(lower.slice(Math.max(0, m.index! - 6), m.index! + 1))).map((m) => m.index! + m[0].length);
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
    if (frame) {
      const fromCue = FROM_CUE.has(frame.kind) && frame.at > 0;
      out.push({ kind: frame.kind, cue: frame.cue, start: fromCue ? start + frame.at : start, end });
      if (fromCue) statements++;
    }
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

function frameOf(sentence: string): { kind: FrameKind; cue: string; at: number } | undefined {
  for (const [kind, re] of PATTERNS) {
    const hit = re.exec(sentence);
    if (hit) return { kind, cue: hit[0], at: hit.index };
  }
  return undefined;
}

/** The opening of a research question (RESEARCH_QUESTION), or undefined. */
function questionOf(sentence: string): string | undefined {
  if (!/\?["'”’)\]]*$/.test(sentence)) return undefined;
  const q = RESEARCH_QUESTION.exec(sentence.replace(/^[^\p{L}]+/u, ''));
  return q ? q[0].split(' ').slice(0, 3).join(' ') : undefined;
}
