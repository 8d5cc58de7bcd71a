/**
 * Indonesian roots whose affix families carry different meanings. A keyword written as one of
 * these bare roots matches all of them, which the `ambiguous-word-family` lint rule reports.
 * Each entry: the senses, each with the forms that carry it.
 */
export const AMBIGUOUS_ROOTS: Record<string, string[]> = {
  temu: ['bertemu, pertemuan, ketemu (meet, meeting)', 'menemukan, ditemukan, temuan (find, finding)'],
  kumpul: ['berkumpul, perkumpulan, ngumpul (gather, association)', 'mengumpulkan, dikumpulkan, kumpulan (collect, collection)'],
  janji: ['berjanji, perjanjian (pledge, agreement)', 'menjanjikan, dijanjikan (promise something, promising)'],
  tahun: ['bertahun-tahun (for years)', 'tahunan, setahun (annual, one year)'],
  hasil: ['berhasil, keberhasilan (succeed, success)', 'menghasilkan, hasil (produce, result)', 'penghasilan (income)'],
  sama: ['bersama, kebersamaan (together, togetherness)', 'menyamakan, persamaan (equalise, similarity)'],
  tuju: ['tujuan (goal)', 'setuju, persetujuan (agree, approval)', 'menuju (towards)'],
  buka: ['keterbukaan, terbuka (openness, open)', 'membuka, dibuka, pembukaan (open something, opening)'],
  daya: ['berdaya, pemberdayaan, memberdayakan (empowered, empowerment)', 'memperdaya, diperdaya (deceive)'],
  tahan: ['bertahan, pertahanan (hold out, defence)', 'menahan, ditahan, penahanan (detain, detention)'],
  adil: ['keadilan, adil (justice, fair)', 'pengadilan, mengadili (court, try a case)'],
  urus: ['mengurus, pengurusan (manage, management)', 'pengurus (board member)', 'berurusan (have dealings with)'],
  usaha: ['berusaha (try)', 'pengusaha, usaha (entrepreneur, business)'],
  ajar: ['belajar, pelajaran (learn, lesson)', 'mengajar, pengajar (teach, teacher)'],
  sedia: ['bersedia, kesediaan (willing, willingness)', 'menyediakan, persediaan (provide, supply)'],
  laku: ['berlaku (apply, be in force)', 'pelaku (perpetrator)', 'perilaku (behaviour)'],
  datang: ['kedatangan, datang (arrival, come)', 'pendatang (newcomer)', 'mendatangkan (bring in)'],
  serah: ['menyerahkan, penyerahan (hand over)', 'berserah (surrender, resign oneself)'],
};
