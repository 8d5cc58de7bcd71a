/** Cues used by reduction (fillers, greetings) and by polarity (limiting and contrastive words). */

/** Default limiting cues; a codebook's `polarity:` list adds to these. */
export const LIMIT_CUES: Record<string, string[]> = {
  id: [
    'belum', 'kurang', 'kendala', 'hambatan', 'terhambat', 'terbatas', 'keterbatasan', 'lemah',
    'masih rendah', 'minim', 'sulit', 'kesulitan', 'susah', 'jarang', 'enggan', 'tertutup', 'terkendala',
    'gagal', 'takut', 'ragu', 'curiga', 'belum maksimal', 'belum optimal', 'tidak efektif', 'tidak berjalan',
    'sayangnya', 'kecewa', 'mandek', 'macet', 'lambat', 'absen', 'hanya sebagian', 'sedikit sekali',
    // how informants and authors name a limit without the words above
    'berat', 'tantangan', 'setengah hati', 'satu arah', 'formalitas', 'seremonial', 'sekadar', 'malas', 'sungkan',
    'dibatasi', 'tumpang tindih', 'timpang', 'ketimpangan', 'mendominasi', 'prasangka', 'curiga', 'konflik', 'bentrok',
    'luka lama', 'trauma', 'ego sektoral', 'saling lempar', 'belum jelas', 'tidak jelas', 'simpang siur', 'molor',
    'mangkrak', 'terputus', 'diabaikan', 'tidak didengar', 'kewalahan', 'kekurangan', 'nombok', 'bingung',
    'berhenti', 'kendor', 'mengendur', 'ditinggal', 'putus', 'hilang', 'sinis', 'dilanggar', 'melanggar', 'beda persepsi',
    'perbedaan persepsi', 'perbedaan cara pandang', 'naik turun', 'tidak kelihatan', 'capek', 'pasif', 'tidak aktif', 'vakum',
    'sepihak', 'dikucilkan', 'tersisih', 'ditolak', 'menolak', 'tidak percaya', 'tidak transparan', 'tidak pernah',
    'masih', 'luntur', 'memudar', 'pudar', 'dipotong', 'salah paham', 'salah tangkap', 'tidak seimbang', 'perbedaan pemahaman',
    'berbeda pandangan', 'tidak sejalan', 'dilangkahi', 'percuma', 'sia-sia', 'sepi', 'tersendat', 'bertengkar', 'cekcok', 'khawatir', 'was-was', 'cemas', 'kecurigaan',
  ],
  en: [
    'not yet', 'lack', 'lacking', 'limited', 'weak', 'rarely', 'reluctant', 'difficult', 'difficulty',
    'hardly', 'barely', 'few', 'obstacle', 'barrier', 'fail', 'failed', 'unable', 'insufficient', 'poor', 'low', 'distrust', 'mistrust', 'afraid', 'unfortunately',
    'stalled', 'slow', 'absent', 'struggle',
    'challenge', 'challenges', 'constraint', 'constraints', 'hampered', 'fragmented', 'tokenistic', 'token', 'one-way',
    'on paper', 'talking shop', 'half-hearted', 'suspicion', 'suspicious', 'conflict', 'conflicts', 'grievance', 'grievances',
    'imbalance', 'dominated', 'dominate', 'unclear', 'inconsistent', 'overlapping', 'tension', 'tensions', 'gap', 'gaps',
    'dwindled', 'dwindling', 'undid', 'undermined', 'persisted', 'cynical', 'nobody', 'misunderstanding', 'misunderstandings',
    'disagreement', 'disagreements', 'divided', 'ignored', 'stopped', 'collapsed', 'eroded', 'weakened', 'abandoned',
    'lapsed', 'sidelined', 'excluded', 'unequal', 'asymmetry', 'asymmetries', 'sceptical', 'skeptical', 'mistrustful',
    'uneven', 'sporadic', 'sporadically', 'faded', 'fading', 'resentful', 'resentment', 'refused', 'differing perceptions', 'differing views', 'poorly',
    'pointless', 'eroding', 'broke down', 'bypassed', 'arguing', 'quarrelling', 'quarreling', 'bickering', 'ceased', 'worried', 'wary', 'seldom',
    // plans that came to nothing, told without the words above
    'absence', 'lacked', 'shelved', 'never materialised', 'never materialized', 'did not go as planned', 'nothing came of', 'fell through',
    'fizzled', 'stagnated', 'ceremonial', 'setback', 'setbacks', 'derailed', 'dormant',
    'disappointing', 'disappointed', 'frustrated', 'frustration',
    // how authors report a shortfall (belum optimal, tidak efektif, tidak berjalan in English)
    'suboptimal', 'suboptimally', 'less than optimal', 'less optimal', 'not optimal', 'not optimally', 'not been optimal',
    'not run optimally', 'not running optimally', 'not been maximal', 'not maximal', 'not maximally', 'ineffective',
    'not effective', 'not been effective', 'not effectively', 'not run well', 'not running well', 'not gone well', 'not went well',
  ],
};

/**
 * Plain negations: they limit only what they stand next to ("tidak hadir", "not trusted"), not a
 * whole clause ("terbuka untuk umum, tidak harus pengurus").
 */
export const NEGATIONS: Record<string, string[]> = {
  id: ['tidak', 'tak', 'nggak', 'gak', 'enggak', 'ndak', 'bukan'],
  en: ['not', 'no', 'never', "don't", "didn't", "can't", "couldn't", "won't", "haven't", "hasn't", 'without'],
};

/**
 * Negations that, after a comma, set right what came before rather than deny it: "itu aturan
 * kampung, bukan aturan polisi", "forum menjadi arena utama, bukan salah satu pilihan". There they
 * are no negation.
 */
export const CORRECTIVES: Record<string, string[]> = {
  id: ['bukan', 'bukannya'],
  en: [],
};

/**
 * Limiting cues that also negate what follows them: "nobody came" limits, but "nobody pulled out",
 * "nobody would dare to cheat" negate a shortfall, and a negated shortfall is no limit.
 */
export const NEGATING_CUES: Record<string, string[]> = {
  id: [],
  en: ['nobody'],
};

/**
 * Words of stopping and of rarity: limiting cues that negate a shortfall right after them (or across
 * bridge words), no further: "the forum stopped meeting" limits, "they stopped arguing", "warga
 * berhenti curiga", "jarang ada yang melanggar" do not; "berhenti karena konflik" still does.
 */
export const STOPPING_CUES: Record<string, string[]> = {
  id: ['berhenti', 'jarang'],
  en: ['stopped', 'ceased', 'rarely', 'seldom', 'hardly', 'barely'],
};

/**
 * Words of cause: a vanishing after one is what the cause did, not a shortfall going away ("mulai
 * curiga karena uang kas hilang").
 */
export const CAUSES: Record<string, string[]> = {
  id: ['karena', 'karna', 'sebab', 'akibat', 'gara-gara', 'lantaran'],
  en: ['because', 'due', 'since', 'after'],
};

/**
 * Words of vanishing: a shortfall before them in the clause is gone, no limit ("kecurigaan warga
 * berangsur hilang", "rasa takut itu lenyap", "the suspicion faded"); what vanishes otherwise is lost
 * ("kepercayaan hilang" limits, as cues do).
 */
export const VANISHING: Record<string, string[]> = {
  id: ['hilang', 'lenyap', 'sirna', 'luntur', 'memudar', 'pudar', 'mencair'],
  en: ['disappeared', 'vanished', 'faded', 'subsided', 'dissipated', 'evaporated'],
};

/** Words right before a word of vanishing that deny it, besides negations: *belum hilang*, *sulit hilang*. */
export const VANISH_DENIERS: Record<string, string[]> = {
  id: ['belum', 'sulit', 'susah', 'sukar'],
  en: [],
};

/** How many words before a word of vanishing the shortfall may stand (in the same clause). */
export const VANISH_REACH = 8;

/**
 * Words that make a negation before them part of a fixed expression, not a denial: *aturan tidak
 * tertulis* (an unwritten rule), *tidak sedikit* (not a few: many), *tak terhingga* (boundless).
 */
export const FIXED_AFTER_NEGATION: Record<string, string[]> = {
  id: ['tertulis', 'sedikit', 'terhingga'],
  en: [],
};

/**
 * Negations that cancel the cue after them and negate a shortfall keyword ("tanpa rasa takut",
 * "berjalan tanpa kendala") but limit nothing themselves: "dititipkan tanpa kuitansi", "pinjam tanpa
 * jaminan" tell of trust.
 */
export const CANCELLERS: Record<string, string[]> = {
  id: ['tanpa'],
  en: [],
};

/**
 * Words that may stand between a negation and what it negates: *tidak pernah*, *tidak lagi*,
 * *tidak ada yang berani*, *no longer*, *nobody would dare to*. A run of them (up to
 * NEGATION_BRIDGE_RUN) keeps the negation's reach: "nggak pernah ada yang ragu" negates *ragu*.
 */
export const NEGATION_BRIDGES: Record<string, string[]> = {
  id: ['pernah', 'lagi', 'sempat', 'akan', 'usah', 'perlu', 'ada', 'yang', 'berani', 'mau', 'bisa', 'sampai', 'pun', 'sama', 'sekali', 'seorang', 'terjadi'],
  en: ['longer', 'ever', 'more', 'would', 'will', 'could', 'dare', 'dared', 'to', 'one', 'any', 'anyone', 'once', 'really', 'even', 'actually', 'fully'],
};

/** How many bridge words in a row a negation reaches across. */
export const NEGATION_BRIDGE_RUN = 4;

/** How many words a negation reaches. */
export const NEGATION_REACH = 4;

/**
 * Cues that do not limit when one of these words follows: *masih* (still) comes before most
 * shortfalls (*masih kurang*, *masih gundul*, *masih sinis*), but *masih jalan*, *masih aktif*,
 * *masih rutin* say the practice goes on.
 */
export const CUE_EXCEPTIONS: Record<string, Record<string, string[]>> = {
  id: {
    masih: [
      'jalan', 'berjalan', 'aktif', 'rutin', 'bertahan', 'eksis', 'lanjut', 'berlanjut', 'ikut', 'datang', 'hadir', 'semangat',
      'kompak', 'solid', 'terjaga', 'dijaga', 'kuat', 'kental', 'erat', 'rukun', 'percaya', 'dipercaya', 'berlaku', 'dipegang',
      'bisa', 'mau', 'sering', 'terus', 'tetap', 'konsisten', 'dilaksanakan', 'digelar', 'diadakan', 'dipertahankan',
      'memegang', 'dijunjung', 'menjunjung', 'dipatuhi', 'ditaati', 'dihormati', 'dilestarikan', 'lestari', 'terpelihara',
      'dipelihara', 'dijalankan', 'berfungsi',
    ],
  },
};

/**
 * "Not only … but also": a negation followed by one of ONLY is no negation ("tidak hanya terbentuk
 * di antara sesama nelayan", "not only the police"), and a contrast followed by one of ALSO is no
 * contrast ("tetapi juga menjangkau pihak luar", "but also the traders").
 */
export const ONLY: Record<string, string[]> = {
  id: ['hanya', 'sekadar', 'sekedar', 'cuma', 'semata'],
  en: ['only', 'just', 'merely', 'simply'],
};
/**
 * Quantities that, after one of ONLY, tell a shortfall: "hanya sekali bertemu", "hanya dua yang
 * pernah", "cuma lima orang", "only three had ever contacted" (digits count too).
 */
export const FEW: Record<string, string[]> = {
  id: [
    'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'seorang', 'sekali',
    'sebuah', 'beberapa', 'segelintir', 'separuh', 'setengah', 'sedikit', 'belasan',
  ],
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twice', 'half', 'single', 'handful', 'fraction', 'minority'],
};

/** Between ONLY and a number, words that make it quick or cheap rather than few: "hanya dalam dua minggu", "only took two days". */
export const FAST: Record<string, string[]> = {
  id: ['dalam', 'butuh', 'perlu', 'memerlukan', 'membutuhkan', 'makan'],
  en: ['in', 'within', 'take', 'took', 'takes', 'need', 'needs', 'needed', 'cost'],
};

export const ALSO: Record<string, string[]> = {
  id: ['juga'],
  en: ['also'],
};

/** A contrast: what follows qualifies what came before ("rapat rutin, tapi belum maksimal"). */
export const CONTRAST: Record<string, string[]> = {
  id: ['namun', 'tetapi', 'tapi', 'akan tetapi', 'sayangnya', 'cuma', 'hanya saja', 'padahal', 'sedangkan'],
  en: ['but', 'however', 'yet', 'unfortunately', 'though'],
};

/**
 * A past that the text then leaves behind: "Dulu saling curiga ... Sekarang sudah cair." Limiting
 * cues between a past marker and a later turn marker describe how it was, not how it is.
 */
export const PAST: Record<string, string[]> = {
  id: ['dulu', 'dulunya', 'awalnya', 'sebelumnya', 'semula', 'mulanya', 'tadinya'],
  en: ['previously', 'initially', 'formerly', 'once', 'before', 'ago'],
};
/**
 * Relative words: before a past marker they open how something used to be, and a shortfall right
 * after is that past, not a limit (*posyandu pindah ke rumah Bu RT, yang dulu bocor atapnya*;
 * *menjangkau kelompok yang sebelumnya tidak pernah terwakili*; *groups that previously had no voice*).
 */
export const RELATIVE: Record<string, string[]> = {
  id: ['yang'],
  en: ['that', 'which', 'who'],
};

export const NOW: Record<string, string[]> = {
  id: ['sekarang', 'kini', 'akhirnya', 'belakangan', 'lama-lama', 'lama', 'sejak', 'setelah'],
  en: ['now', 'nowadays', 'today', 'since', 'eventually', 'gradually', 'after'],
};

/**
 * Words that open a condition's consequence: the condition reaches no further, and a cue after them
 * is said of what happens (*kalau mudik ya nggak berani titip rumah*, *if it rains, then nobody comes*).
 */
export const CONSEQUENCE: Record<string, string[]> = {
  id: ['ya', 'yah', 'maka', 'pasti'],
  en: ['then'],
};

/** A condition: a limiting cue right after it is hypothetical ("kalau gagal", "if it fails"), not a limit. */
export const CONDITION: Record<string, string[]> = {
  id: ['kalau', 'kalo', 'jika', 'jikalau', 'apabila', 'bila', 'seandainya', 'andaikan', 'supaya', 'agar', 'biar', 'siapa'],
  en: ['if', 'unless', 'whether', 'lest', 'avoid', 'prevent', 'whoever'],
};

/**
 * Remedies: a limiting cue right after one is what is being overcome, not a shortfall of the
 * practice — *untuk mengatasi kendala*, *mediating conflicts*, *to offset the capacity gap*,
 * *jangan sampai ada lagi anak putus sekolah*. Handled like a condition. A cue before the remedy
 * still limits: *belum mampu mengatasi kendala*.
 */
export const REMEDY: Record<string, string[]> = {
  id: [
    'atasi', 'mengatasi', 'diatasi', 'teratasi', 'menyelesaikan', 'diselesaikan', 'selesaikan', 'mencegah', 'dicegah',
    'menghindari', 'dihindari', 'menjembatani', 'dijembatani', 'menangani', 'ditangani', 'mengantisipasi', 'diantisipasi',
    'meredam', 'diredam', 'mengikis', 'dikikis', 'meminimalkan', 'meminimalisir', 'meminimalisasi', 'memecahkan', 'dipecahkan',
    'mengurai', 'diurai', 'menepis', 'ditepis', 'jangan',
  ],
  en: [
    'address', 'addressed', 'addressing', 'overcome', 'overcame', 'overcoming', 'resolve', 'resolved', 'resolving',
    'tackle', 'tackled', 'tackling', 'offset', 'mitigate', 'mitigated', 'mitigating', 'bridge', 'bridged', 'bridging',
    'mediate', 'mediated', 'mediating', 'dispel', 'dispelled', 'defuse', 'defused', 'settle', 'settled', 'settling',
    'solve', 'solved', 'solving', 'counter', 'countered', 'ease', 'eased', 'easing', 'replace', 'replaced', 'replacing',
    'handle', 'handled', 'handling', 'weathered', 'narrow', 'narrowed', 'narrowing', 'reduce', 'reduced', 'reducing',
  ],
};

/** A concession: the clause it introduces is the limited part ("walaupun dana kurang, kami tetap rapat"). */
export const CONCESSION: Record<string, string[]> = {
  id: ['meski', 'meskipun', 'walaupun', 'walau', 'biarpun', 'sekalipun', 'kendati'],
  en: ['although', 'despite', 'even though', 'while', 'whereas'],
};

/** Back-channel and filler turns: a segment made only of these is dropped as `filler`. */
export const FILLERS: Record<string, string[]> = {
  id: [
    'hmm', 'hm', 'mm', 'mmm', 'em', 'eh', 'ehm', 'he em', 'heem', 'iya', 'ya', 'yah', 'oh', 'o', 'oh begitu', 'begitu',
    'oh gitu', 'gitu', 'betul', 'benar', 'betul sekali', 'ya pak', 'ya bu', 'iya pak', 'iya bu', 'baik', 'baik pak',
    'baik bu', 'oke', 'ok', 'okay', 'sip', 'siap', 'mantap', 'nah', 'jadi', 'terus', 'lalu', 'lanjut', 'silakan', 'pak', 'bu',
    'bapak', 'ibu', 'tentu', 'tentu saja', 'boleh', 'ya ya', 'iya iya', 'wah', 'ah',
  ],
  en: [
    'hmm', 'mm', 'uh', 'um', 'uh huh', 'yeah', 'yes', 'yep', 'right', 'ok', 'okay', 'i see', 'sure', 'of course', 'great',
    'good', 'fine', 'alright', 'all right', 'really', 'oh', 'ah', 'wow', 'go on', 'please', 'exactly', 'indeed',
  ],
};

/** Greetings and closings: a segment made only of these (and fillers) is dropped as `greeting`. */
export const GREETINGS: Record<string, string[]> = {
  id: [
    'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'assalamualaikum', 'assalamu alaikum',
    "assalamu'alaikum", 'waalaikumsalam', "wa'alaikumsalam", 'waalaikum salam', 'wassalamualaikum', 'warahmatullahi',
    'wabarakatuh', 'terima kasih kembali', 'terima kasih banyak', 'terima kasih', 'makasih', 'terimakasih', 'sama sama', 'sama-sama', 'permisi', 'salam kenal',
    'mohon maaf', 'maaf', 'sampai jumpa', 'selamat datang', 'halo', 'hai', 'apa kabar', 'kabar baik', 'alhamdulillah',
    'sehat', 'sukses selalu', 'semoga sukses', 'semoga lancar', 'atas waktunya', 'waktunya', 'kesempatannya',
    'skripsinya', 'skripsi', 'datang saja lagi', 'meluangkan waktu', 'diwawancarai', 'sudah mau', 'kembali',
  ],
  en: [
    'good morning', 'good afternoon', 'good evening', 'hello', 'hi', 'thank you', 'thanks', 'thanks a lot', 'you are welcome',
    "you're welcome", 'welcome', 'nice to meet you', 'pleasure', 'bye', 'goodbye', 'see you', 'cheers', 'for your time',
    'your time', 'no problem', 'my pleasure', 'very much', 'so much', 'how are you', 'fine thanks',
  ],
};
