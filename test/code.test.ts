import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCodebook } from '../src/codebook/compile.js';
import { autoCodes, rankCandidates } from '../src/passes/code.js';
import { loadCodebook } from '../src/project/codebooks.js';
import { parseCodebook } from '../src/codebook/parse.js';

const bartania = compileCodebook(loadCodebook('bartania', process.cwd()).codebook!);

const tiny = compileCodebook(parseCodebook(`
id: tiny
polarity:
  id: [sendiri-sendiri]
codes:
  - id: dialogue
    label: { id: Dialog, en: Dialogue }
    keywords:
      id: [musyawarah, rapat koordinasi, bertatap*, "/tatap[- ]muka/", { term: duduk bersama, weight: 2 }, { term: "/langsung ke bupati/", polarity: limit }, { term: dialog, unless: [televisi, radio] }]
      en: [meeting, face to face, { term: went straight to, polarity: limit }]
  - id: trust
    label: { id: Kepercayaan, en: Trust }
    keywords:
      id: [percaya, berani melapor]
      en: [trust, { term: stopped checking, polarity: support }]
`, 'tiny.yaml').codebook!);

describe('coding pass', () => {
  it('matches words by stem, phrases, prefixes and regexes, and keeps the terms', () => {
    const [a] = autoCodes('Kami bermusyawarah, lalu rapat-rapat koordinasi, bertatapan dan tatap-muka.', 'id', tiny, { minConfidence: 0 });
    expect(a!.code).toBe('dialogue');
    expect(a!.terms).toEqual(['/tatap[- ]muka/', 'bertatap*', 'musyawarah', 'rapat koordinasi']);
    expect(a!.score).toBe(4);
  });

  it('weights terms and gives diminishing credit to repeats', () => {
    const once = autoCodes('Kami duduk bersama.', 'id', tiny, { minConfidence: 0 })[0]!;
    const thrice = autoCodes('Duduk bersama, duduk bersama, duduk bersama.', 'id', tiny, { minConfidence: 0 })[0]!;
    expect(once.score).toBe(2);
    expect(thrice.score).toBeGreaterThan(2);
    expect(thrice.score).toBeLessThan(4);
  });

  it('sorts codes by confidence and respects min_confidence', () => {
    const got = autoCodes('Warga percaya. Kami musyawarah dan duduk bersama.', 'id', tiny, { minConfidence: 0 });
    expect(got.map((g) => g.code)).toEqual(['dialogue', 'trust']);
    expect(got[0]!.confidence).toBeGreaterThan(got[1]!.confidence!);
    for (const g of got) expect(g.confidence).toBeGreaterThanOrEqual(0);
    const sure = got[0]!.confidence!;
    expect(autoCodes('Warga percaya. Kami musyawarah dan duduk bersama.', 'id', tiny, { minConfidence: sure }).map((g) => g.code)).toEqual(['dialogue']);
    expect(autoCodes('Warga percaya.', 'id', tiny, { minConfidence: 0.999 })).toEqual([]);
  });

  it('uses the language of the text: English keywords for English', () => {
    expect(autoCodes('We held meetings face to face.', 'en', tiny, { minConfidence: 0 })[0]).toMatchObject({ code: 'dialogue', terms: ['face to face', 'meeting'] });
    expect(autoCodes('We held meetings.', 'id', tiny, { minConfidence: 0 })).toEqual([]);
  });

  describe('polarity', () => {
    // codes found by keywords (similarity alone may add others), in codebook order
    const pol = (text: string, lang = 'id') => autoCodes(text, lang, tiny, { minConfidence: 0 }).filter((a) => a.terms.length)
      .sort((a, b) => a.code.localeCompare(b.code)).map((a) => `${a.code}:${a.polarity}`);
    it('support by default', () => expect(pol('Warga sudah percaya pada polisi.')).toEqual(['trust:support']));
    it('limit when the clause has a limiting cue', () => expect(pol('Warga belum percaya pada polisi.')).toEqual(['trust:limit']));
    it('limit when a following contrast carries a cue and names no other code', () =>
      expect(pol('Kami musyawarah tiap bulan, tapi hasilnya belum maksimal.')).toEqual(['dialogue:limit']));
    it('a contrast in the next sentence counts too', () =>
      expect(pol('Kami musyawarah tiap bulan. Namun yang hadir masih terbatas.')).toEqual(['dialogue:limit']));
    it('a limit about another code stays with that code', () =>
      expect(pol('Kami musyawarah tiap bulan, tapi warga belum percaya.')).toEqual(['dialogue:support', 'trust:limit']));
    it('the last match of a code has the last word: limited there, limited overall', () => {
      expect(pol('Duduk bersama tiap bulan, musyawarah juga jalan. Rapat koordinasi jarang sekali.')).toEqual(['dialogue:limit']);
      expect(pol('Rapat koordinasi jarang sekali. Sekarang duduk bersama tiap bulan, musyawarah juga jalan.')).toEqual(['dialogue:support']);
    });
    it('a concession limits only itself', () =>
      expect(pol('Walaupun dananya kurang, kami tetap musyawarah tiap bulan.')).toEqual(['dialogue:support']));
    it('"berkurang" (decreased) is not a limiting cue, "kurang" is', () => {
      expect(pol('Setelah kami musyawarah, kasus berkurang.')).toEqual(['dialogue:support']);
      expect(pol('Musyawarah kurang diminati.')).toEqual(['dialogue:limit']);
    });
    it('a pause comma does not hide the cue: "kepercayaan warga, jujur, masih kurang"', () =>
      expect(pol('Kalau ditanya, warga percaya, eh, masih kurang.')).toEqual(['trust:limit']));
    it('a contrast with a filler after it still counts', () =>
      expect(pol('Kami musyawarah tiap bulan, tapi, eh, belum berjalan baik.')).toEqual(['dialogue:limit']));
    it('two negatives cancel out: "tidak ada kendala"', () =>
      expect(pol('Musyawarah berjalan, tidak ada kendala.')).toEqual(['dialogue:support']));
    it('a plain negation limits only the words next to it', () => {
      expect(pol('Warga tidak percaya pada polisi.')).toEqual(['trust:limit']);
      expect(pol('Musyawarah kami terbuka untuk umum, siapa saja boleh datang dan bicara, tidak harus pengurus desa.')).toEqual(['dialogue:support']);
    });
    it('English clitics are split off: "the trust\'s gone" matches trust', () =>
      expect(pol("The trust's there now.", 'en')).toEqual(['trust:support']));
    it('a limit cue limits the code of its own clause only: "yang paling berat itu kepercayaan"', () =>
      expect(pol('Kami musyawarah tiap bulan. Yang paling berat itu kepercayaan warga.')).toEqual(['dialogue:support', 'trust:limit']));
    it('a negated limit cue is support: "no obstacle", "tidak ada kendala"', () => {
      expect(pol('There was no obstacle, we trust the officers.', 'en')).toEqual(['trust:support']);
      expect(pol('Tidak ada kendala, warga percaya.')).toEqual(['trust:support']);
    });
    it('a past left behind does not limit: "dulu … sekarang"', () => {
      expect(pol('Dulu warga curiga dan tidak percaya. Sekarang sudah percaya.')).toEqual(['trust:support']);
      expect(pol('Warga curiga dan tidak percaya.')).toEqual(['trust:limit']);
    });
    it('English cues and contrasts', () => {
      expect(pol('We trust the officers now.', 'en')).toEqual(['trust:support']);
      expect(pol('Meetings are frequent, but attendance is still limited.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('There is no trust yet.', 'en')).toEqual(['trust:limit']);
    });
    it('English plans that came to nothing are limits; a setback handled or a gap narrowed is not', () => {
      expect(pol('The absence of face to face meetings let the rumours harden.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('The meeting plan was shelved after the election.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('The joint patrol the meeting agreed on never materialised.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('The partners handled setbacks together, and the trust held.', 'en')).toEqual(['trust:support']);
      expect(pol('The training narrowed the gap, and now the villagers trust the agency.', 'en')).toEqual(['trust:support']);
    });
    it('English shortfalls in the words of authors are limits: "has not run optimally", "suboptimal", "ineffective"', () => {
      expect(pol('The face to face meetings between the agency and the villagers have not run optimally.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Trust between the officers and the residents is still suboptimal.', 'en')).toEqual(['trust:limit']);
      expect(pol('The monthly meeting was ineffective.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('The monthly meeting was effective.', 'en')).toEqual(['dialogue:support']);
    });
    it('a relative clause about how it used to be is no limit: "warga yang sebelumnya tidak percaya"', () => {
      expect(pol('Forum itu merangkul warga yang sebelumnya tidak percaya pada polisi.')).toEqual(['trust:support']);
      expect(pol('Warga sebelumnya tidak percaya pada polisi.')).toEqual(['trust:limit']);
      expect(pol('The forum reached residents who previously did not trust the police.', 'en')).toEqual(['trust:support']);
    });
    it('a condition stops where its consequence opens: "kalau malam ya kurang percaya"', () => {
      expect(pol('Kalau kurang percaya, lapor saja ke posko.')).toEqual(['trust:support']);
      expect(pol('Kalau malam ya kurang percaya.')).toEqual(['trust:limit']);
    });
    it('a remedy the text denies overcomes nothing: "did not resolve the conflict"', () => {
      expect(pol('The meetings resolved the conflict.', 'en')).toEqual(['dialogue:support']);
      expect(pol('The meetings did not resolve the conflict.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Musyawarah itu tidak menyelesaikan konflik.')).toEqual(['dialogue:limit']);
    });
    it('an English negation reaches across even, actually, fully: "never actually trusted"', () => {
      expect(pol('The villagers never actually trusted the agency.', 'en')).toEqual(['trust:limit']);
      expect(pol('Nobody was even suspicious: we trust the officers.', 'en')).toEqual(['trust:support']);
    });
  });

  describe('polarity: the form of the cue and the keyword', () => {
    const pol = (text: string, lang = 'id') => autoCodes(text, lang, tiny, { minConfidence: 0 }).filter((a) => a.terms.length)
      .sort((a, b) => a.code.localeCompare(b.code)).map((a) => `${a.code}:${a.polarity}`);
    it('a keyword marked `polarity: limit` is a limit wherever it stands, unless negated just before it or in a past left behind', () => {
      expect(pol('Pengusaha itu kalau tidak cocok langsung ke bupati.')).toEqual(['dialogue:limit']);
      expect(pol('The big landlords went straight to the mayor.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Dulu pengusaha langsung ke bupati. Sekarang semua lewat musyawarah.')).toEqual(['dialogue:support']);
      expect(pol('Sekarang pengusaha tidak lagi langsung ke bupati.')).toEqual(['dialogue:support']); // negated just before
      expect(pol('Pengusaha tidak senang, langsung ke bupati.')).toEqual(['dialogue:limit']); // not across a comma
      expect(rankCandidates('Pengusaha langsung ke bupati.', 'id', tiny, {})[0]!.evidence).toMatchObject({ polarity: 'limit', cues: ['langsung ke bupati'] });
    });
    it('a cue written reduplicated limits only the reduplicated word: "sendiri-sendiri", not "malu sendiri"', () => {
      expect(pol('Warga percaya, tapi jalannya sendiri-sendiri.')).toEqual(['trust:limit']);
      expect(pol('Warga percaya, tapi malu sendiri kalau bohong.')).toEqual(['trust:support']);
    });
    it('"not only … but also" is neither a negation nor a contrast', () => {
      expect(pol('Warga tidak hanya percaya pada polisi, tetapi juga berani melapor.')).toEqual(['trust:support']);
      expect(pol('Residents not only trust the officers but also hold meetings with them.', 'en')).toEqual(['dialogue:support', 'trust:support']);
      expect(pol('Warga tidak percaya pada polisi.')).toEqual(['trust:limit']);
    });
    it('a cue that is being overcome is no limit: "mengatasi kendala", "mediating conflicts"; one before the remedy still is', () => {
      expect(pol('Musyawarah diadakan untuk mengatasi kendala di lapangan.')).toEqual(['dialogue:support']);
      expect(pol('Meetings were held to address the conflicts.', 'en')).toEqual(['dialogue:support']);
      expect(pol('Musyawarah belum mampu mengatasi kendala di lapangan.')).toEqual(['dialogue:limit']);
      expect(pol('Musyawarah tiap bulan, siapa yang tidak hadir ditegur.')).toEqual(['dialogue:support']);
    });
    it('"masih" (still) limits, except before a word that says the practice goes on', () => {
      expect(pol('Musyawarah desa masih sebatas sosialisasi.')).toEqual(['dialogue:limit']);
      expect(pol('Musyawarah desa masih jalan tiap bulan.')).toEqual(['dialogue:support']);
      // a custom still held, kept, obeyed
      expect(pol('Warga masih memegang teguh musyawarah adat.')).toEqual(['dialogue:support']);
      expect(pol('Musyawarah desa masih dijalankan dan dipatuhi.')).toEqual(['dialogue:support']);
    });
    it('a negation reaches across "pernah", "ada yang", "would dare to": a negated shortfall is support', () => {
      expect(pol('Warga percaya, nggak pernah ada yang ragu sama polisi.')).toEqual(['trust:support']);
      expect(pol('Warga percaya, ada yang ragu sama polisi.')).toEqual(['trust:limit']);
      // a run of bridge words only: "tidak pernah rapat ... curiga" is not "tidak curiga"
      expect(pol('Kami tidak pernah ikut musyawarah karena curiga.')).toEqual(['dialogue:limit']);
      expect(pol('Sekarang pengusaha tidak pernah lagi langsung ke bupati.')).toEqual(['dialogue:support']);
      // a negation spent on a shortfall takes the rest of its cue phrase with it ("tidak pernah")
      expect(pol('Warga tidak pernah langsung ke bupati, mereka percaya musyawarah.')).toEqual(['dialogue:support', 'trust:support']);
      // and it limits a keyword across them, beyond its usual reach of four words
      expect(pol('Nggak pernah ada yang berani bertatap muka dengan bupati.')).toEqual(['dialogue:limit']);
    });
    it('"nobody" limits, but "nobody" before a shortfall negates it', () => {
      expect(pol('Nobody came to the meeting.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('We trust the officers; nobody would dare to distrust them.', 'en')).toEqual(['trust:support']);
      expect(pol('Since the meeting nobody went straight to the mayor.', 'en')).toEqual(['dialogue:support']);
    });
    it('"bukan sekadar" (not merely) is no shortfall, and a corrective ", bukan …" is no negation', () => {
      expect(pol('Musyawarah itu bukan sekadar acara rutin.')).toEqual(['dialogue:support']);
      expect(pol('Musyawarah itu sekadar acara rutin.')).toEqual(['dialogue:limit']);
      expect(pol('Itu hasil musyawarah warga, bukan perintah polisi.')).toEqual(['dialogue:support']);
      expect(pol('Itu bukan musyawarah warga.')).toEqual(['dialogue:limit']);
      // a corrective still cancels the cue it denies: "…, bukan karena takut"
      expect(pol('Warga datang musyawarah karena sadar, bukan karena takut.')).toEqual(['dialogue:support']);
      expect(pol('Warga percaya pada pengurus, bukan curiga.')).toEqual(['trust:support']);
    });
    it('"hanya"/"only" before a number is a shortfall, unless quick ("hanya dalam dua minggu") or negated ("tidak hanya satu")', () => {
      expect(pol('Forum itu hanya sekali musyawarah selama setahun.')).toEqual(['dialogue:limit']);
      expect(pol('Rapat koordinasi hanya dihadiri dua kepala desa.')).toEqual(['dialogue:limit']);
      expect(pol('Only three villages sent someone to the meeting.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Hasil musyawarah itu jadi hanya dalam dua minggu.')).toEqual(['dialogue:support']);
      // a cue of several words is shown as one (--explain): "hanya sekali", not "hanya, sekali"
      expect(rankCandidates('Forum itu hanya sekali musyawarah selama setahun.', 'id', tiny, {})[0]!.evidence.cues).toEqual(['hanya sekali']);
      expect(pol('Musyawarah tidak hanya satu kali, tapi tiap bulan.')).toEqual(['dialogue:support']);
      // a year is no quantity, nor is "the only one"
      expect(pol('Musyawarah itu mulai hanya pada 2019.')).toEqual(['dialogue:support']);
      expect(pol('This is the only one meeting where people trust each other.', 'en')).toEqual(['dialogue:support', 'trust:support']);
      // "once" is left out in English: "only engaged once the thefts began" is "only when"
      expect(pol('They only came to the meeting once the thefts began.', 'en')).toEqual(['dialogue:support']);
    });
    it('"tanpa" (without) cancels a cue after it and negates a shortfall, but limits nothing itself', () => {
      expect(pol('Warga melapor tanpa rasa takut, percaya pada polisi.')).toEqual(['trust:support']);
      expect(pol('Uang dititipkan tanpa kuitansi, warga percaya pada pengurus.')).toEqual(['trust:support']);
      expect(pol('Pengusaha tanpa basa-basi langsung ke bupati.')).toEqual(['dialogue:limit']);
    });
    it('a shortfall that vanishes, or is scarce, is no limit: "rasa takut itu hilang", "hanya dua konflik", "jarang ada konflik"', () => {
      expect(pol('Sekarang warga percaya, rasa takut itu sudah hilang.')).toEqual(['trust:support']);
      expect(pol('Kepercayaan warga hilang sejak kasus itu.')).toEqual(['trust:limit']);
      expect(pol('Trust grew as the old suspicion faded.', 'en')).toEqual(['trust:support']);
      expect(pol('Their trust faded after the flood.', 'en')).toEqual(['trust:limit']);
      // unless the vanishing is denied
      expect(pol('Warga percaya pada ketua tapi rasa takut tidak hilang.')).toEqual(['trust:limit']);
      expect(pol('Residents trust the officers but the old suspicion did not disappear.', 'en')).toEqual(['trust:limit']);
      expect(pol('Sejak ada musyawarah kebiasaan langsung ke bupati hilang.')).toEqual(['dialogue:support']);
      expect(pol('Sejak ada musyawarah kebiasaan langsung ke bupati tidak hilang.')).toEqual(['dialogue:limit']);
      expect(pol('Warga percaya pada ketua dan hanya dua konflik terjadi tahun ini.')).toEqual(['trust:support']);
      expect(pol('Warga percaya pada ketua, tapi hanya dua yang datang.')).toEqual(['trust:limit']);
      expect(pol('Warga percaya pada ketua, jarang ada konflik.')).toEqual(['trust:support']);
      expect(pol('Warga jarang percaya pada ketua.')).toEqual(['trust:limit']);
      expect(pol('Residents trust the head and rarely any conflict arises.', 'en')).toEqual(['trust:support']);
      // a shortfall keyword right after a scarce number: "only two went straight to the regent"; with a
      // word between them it is not reached (a known gap: a cue there would be, "hanya dua warga melanggar")
      expect(pol('Sejak ada musyawarah, hanya dua langsung ke bupati.')).toEqual(['dialogue:support']);
      expect(pol('Sejak ada musyawarah, hanya dua warga langsung ke bupati.')).toEqual(['dialogue:limit']);
      // what is lost, what caused a loss, a denied vanishing, stopping for a cause and "hanya sedikit sekali" still limit
      expect(pol('Sejak konflik itu kepercayaan warga hilang.')).toEqual(['trust:limit']);
      expect(pol('Warga percaya tapi rasa curiga belum hilang.')).toEqual(['trust:limit']);
      expect(pol('Warga percaya pada ketua, lalu mulai curiga karena uang kas hilang.')).toEqual(['trust:limit']);
      expect(pol('Musyawarah jarang karena konflik.')).toEqual(['dialogue:limit']);
      expect(pol('The meetings stopped due to conflict over water.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Warga yang datang musyawarah hanya sedikit sekali.')).toEqual(['dialogue:limit']);
    });
    it('"a year ago … now" leaves a past behind; a shortfall being replaced is being overcome', () => {
      expect(pol('A year ago nobody would trust the police. Now residents call us at night.', 'en')).toEqual(['trust:support']);
      expect(pol('Nobody would trust the police. Residents never call us.', 'en')).toEqual(['trust:limit']);
      expect(pol('Trust grew slowly, replacing the old suspicion.', 'en')).toEqual(['trust:support']);
    });
    it('a shortfall keyword right after a condition is hypothetical: "kalau (ada yang) langsung ke bupati"', () => {
      expect(pol('Kami musyawarah dulu, kalau langsung ke bupati nanti ditegur warga.')).toEqual(['dialogue:support']);
      expect(pol('Kami musyawarah dulu, kalau ada yang langsung ke bupati nanti ditegur warga.')).toEqual(['dialogue:support']);
      // "misalnya" (for example) is no condition
      expect(pol('Selain musyawarah ada jalan lain, misalnya langsung ke bupati.')).toEqual(['dialogue:limit']);
      expect(pol('Kami musyawarah dulu, tapi warga langsung ke bupati.')).toEqual(['dialogue:limit']);
    });
    it('worry is a limit, and no one worrying is none: "nggak ada yang khawatir"', () => {
      expect(pol('Sekarang titip uang ke bendahara, kami percaya nggak ada yang khawatir.')).toEqual(['trust:support']);
      expect(pol('Warga percaya pada ketua tapi khawatir soal dana.')).toEqual(['trust:limit']);
    });
    it('stopping a shortfall is no limit: "stopped arguing", "berhenti curiga"; stopping the practice is', () => {
      expect(pol('After that meeting the two offices stopped arguing about the numbers.', 'en')).toEqual(['dialogue:support']);
      expect(pol('The village office stopped the meeting after March.', 'en')).toEqual(['dialogue:limit']);
      expect(pol('Sejak musyawarah itu warga berhenti curiga.')).toEqual(['dialogue:support']);
      expect(pol('Sejak Maret warga berhenti datang musyawarah.')).toEqual(['dialogue:limit']);
    });
    it('a fixed expression with a negation is no denial: "aturan tidak tertulis", "tidak sedikit"', () => {
      expect(pol('Musyawarah itu aturan tidak tertulis di kampung kami.')).toEqual(['dialogue:support']);
      expect(pol('Tidak sedikit warga yang datang musyawarah.')).toEqual(['dialogue:support']);
      expect(pol('Warga tidak datang musyawarah.')).toEqual(['dialogue:limit']);
    });
    it('a keyword marked `polarity: support` is not limited by its own words, only by cues outside it', () => {
      expect(pol('After two harvests we stopped checking the scales.', 'en')).toEqual(['trust:support']);
      expect(pol('We stopped checking the scales, yet distrust remains.', 'en')).toEqual(['trust:limit']);
      // and only the cue outside it is named
      expect(rankCandidates('We stopped checking the scales, yet distrust remains.', 'en', tiny, {})[0]!.evidence.cues).toEqual(['distrust']);
      // a cue in another sentence is not the keyword's clause
      expect(pol('Distrust was common then. After two harvests we stopped checking the scales.', 'en')).toEqual(['trust:support']);
      expect(pol('After two harvests we stopped checking the scales. Distrust is common elsewhere.', 'en')).toEqual(['trust:support']);
      // the same words without the mark: "stopped" limits
      expect(autoCodes('We stopped trusting the scales.', 'en', tiny, { minConfidence: 0 }).map((a) => a.polarity)).toEqual(['limit']);
    });
    it('a keyword is not matched in a sentence that holds one of its `unless:` words (another sense)', () => {
      const codes = (text: string) => autoCodes(text, 'id', tiny, { minConfidence: 0 }).filter((a) => a.terms.includes('dialog')).map((a) => a.code);
      expect(codes('Kami dialog dengan warga tiap bulan.')).toEqual(['dialogue']);
      expect(codes('Tadi malam saya menonton dialog di televisi.')).toEqual([]);
      // in its own sentence only
      expect(codes('Acara dialog itu disiarkan di radio swasta.')).toEqual([]);
      expect(codes('Ada dialog di televisi. Kami juga dialog dengan warga tiap bulan.')).toEqual(['dialogue']);
      const r = parseCodebook('id: t\ncodes:\n  - id: a\n    label: { id: A, en: A }\n    keywords:\n      id: [{ term: dialog, unless: televisi }]\n', 't.yaml');
      expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toContainEqual(expect.stringMatching(/^6:\d+ `unless` of a keyword must be a list of words or phrases/));
    });
    it('a keyword polarity other than limit or support is an error with its place', () => {
      const r = parseCodebook('id: t\ncodes:\n  - id: a\n    label: { id: A, en: A }\n    keywords:\n      id: [{ term: rapat, polarity: bad }]\n', 't.yaml');
      expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toContainEqual(expect.stringMatching(/^6:\d+ `polarity` of a keyword must be limit or support/));
    });
  });

  it('codes natural Indonesian with the bundled Bartania codebook', () => {
    const got = autoCodes('Setiap bulan kami rapat koordinasi, duduk bersama dengan Polsek dan tokoh agama di balai desa.', 'id', bartania, { minConfidence: 0.5 });
    expect(got[0]!.code).toBe('dialog-tatap-muka');
    const trust = autoCodes('Sekarang warga sudah berani melapor ke Polsek, mereka percaya laporannya ditindaklanjuti.', 'id', bartania, { minConfidence: 0.5 });
    expect(trust[0]!.code).toBe('membangun-kepercayaan');
    expect(path.basename(bartania.codebook.file)).toBe('bartania.yaml');
  });
});

describe('keywords of the messy registers do not fire on other senses', () => {
  const ag = compileCodebook(loadCodebook('ansell-gash-2008', process.cwd()).codebook!);
  const codes = (text: string, lang: string, m = ag) => autoCodes(text, lang, m, { minConfidence: 0.3 }).map((a) => a.code);
  it('"maunya sama" (wants it with), a signal or a road that connects, a gap in a fence', () => {
    // no keyword of shared understanding fires (a six-word answer may still get it at the lowest band from its similarity)
    expect(rankCandidates('Maunya sama Pak Kades saja, katanya.', 'id', ag, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw))).toEqual([]);
    expect(codes('Sinyal di sini baru nyambung kalau naik ke bukit.', 'id')).not.toContain('shared-understanding');
    expect(codes('The workers closed the gap in the fence last week.', 'en')).not.toContain('power-resource-asymmetry');
    // the senses they are for
    expect(codes('Setelah tiga kali rapat, tujuannya sudah sama: sungai bersih dulu, wisata belakangan.', 'id')).toContain('shared-understanding');
  });

  it('the keywords of the ninth round stay out of neighbourhood names, sales talk, machines, chat groups and fillers', () => {
    const ms = compileCodebook(loadCodebook('modal-sosial', process.cwd()).codebook!);
    expect(codes('Beliau sudah dua periode jadi ketua Rukun Tetangga di sini.', 'id', ms)).not.toContain('norma');
    expect(codes('Batas toleransi kadar air gabah itu empat belas persen.', 'id', ms)).not.toContain('norma');
    expect(codes('Dulu saya jualan kosmetik door to door ke kompleks sebelah.', 'id')).not.toContain('face-to-face-dialogue');
    expect(codes('Sejak diservis di bengkel, motornya nggak macet lagi.', 'id')).not.toContain('outcomes');
    const chat = rankCandidates('Komunikasinya intens lewat grup WA, hampir tiap jam ada pesan.', 'id', ag, {}).flatMap((c) => c.evidence.terms.map((t) => t.raw));
    expect(chat.join(' ')).not.toMatch(/intens/);
    expect(codes('Saya nggak tahu istilahnya apa, pokoknya sungainya sekarang bersih.', 'id')).not.toContain('power-resource-asymmetry');
    expect(codes('The ice on the pond thawed early that spring.', 'en')).not.toContain('trust-building');
    // the senses they are for
    expect(codes('Warga di sini hidup rukun, kalau ada yang susah semua bantu tanpa diminta.', 'id', ms)).toContain('norma');
    expect(codes('Dinas turun door to door, ngobrol langsung sama warga di teras rumah.', 'id')).toContain('face-to-face-dialogue');
  });

  it('a negation inside "kehadiran … menurun" is not swallowed by the keyword', () => {
    const e = rankCandidates('Kehadiran anggota tidak pernah menurun sejak forum dibentuk.', 'id', bartania, {}).find((c) => c.evidence.code === 'komitmen-proses');
    expect(e?.evidence.terms.map((t) => t.raw).join(' ') ?? '').not.toMatch(/kehadiran/);
  });
});
