/** Stop words (function words with no content) for Indonesian and English. */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  id: new Set(`ada adalah adanya agak agar akan akhirnya aku aku akan amat anda antara apa apakah apalagi atas atau
    bagaimana bagi bahkan bahwa baik banyak barangkali begini begitu begitulah belakang beliau benar berapa bersama betul biar
    biasa biasanya bila bisa boleh bu buat bukan bukankah cuma dahulu dalam dan dapat dari daripada dengan deh di dia
    dialah diri dong dulu entah gimana gitu hal hampir hanya harus hingga ia ialah ibu ini inilah itu itulah iya ja jadi
    jangan jika jikalau juga justru kalau kalian kami kamu kan kapan karena kata ke kemudian kenapa kepada ketika kita
    kok kurang lagi lah lain lalu lebih lho macam maka malah mana mau mereka misalnya mungkin nah namanya nanti nya oh
    oleh pada pak para pasti per pernah pula pun saat saja saling sama sambil sampai sana sang sangat saya se sebab
    sebagai sebelum sebenarnya sebuah secara sedang sedikit segala sehingga sejak seketika sekali selalu seluruh
    semua sementara sendiri seperti sering serta sesuatu setelah setiap sih siapa sini situ suatu sudah supaya tadi
    tapi tentang tentu tersebut tetap tetapi tiap toh ucap ujar untuk waktu ya yaitu yakni yang eh em ehm hmm mm apa
    namanya begitu bapak ibu saudara kak mas mbak dik om bang pun lho loh nggak gak enggak tidak belum sudah telah pernah
    masih akan sedang lagi ini itu tuh sih kok deh dong kan ya yah wah oh ah
    cukup relatif cenderung`.split(/\s+/).filter(Boolean)),
  en: new Set(`a about above after again against all am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves um uh er erm well yeah yes okay ok oh like
    really actually basically mean know sort kind got get gonna lot also still yet
    quite fairly rather relatively somewhat`.split(/\s+/).filter(Boolean)),
};

export function isStopword(word: string, lang: string): boolean {
  return (STOPWORDS[lang] ?? STOPWORDS.en!).has(word);
}
