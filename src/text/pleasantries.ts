/**
 * Small talk at the edges of an interview: what informants say before the first question is
 * answered (welcome, a seat, a coffee, "from which campus?") and after the last one (good luck
 * with the thesis, take care). Reduction drops a segment at the start or the end of an interview
 * when it holds nothing but these, the greetings and fillers of cues.ts, and stop words. In the
 * middle of an interview the same words are left alone: there "belajar yang rajin" or "the traffic
 * was terrible" may be what the informant means.
 */
export const EDGE_PLEASANTRIES: Record<string, string[]> = {
  id: [
    // time of day and forms of address said alone
    'pagi', 'siang', 'sore', 'malam', 'pagi juga', 'nak', 'datuk', 'ustaz', 'ustad', 'mbak', 'mas', 'dik', 'adik',
    // welcome, a seat, something to drink
    'selamat', 'silakan', 'silahkan', 'mari', 'masuk', 'duduk', 'silakan duduk', 'duduk dulu', 'duduk di sini',
    'monggo', 'pinarak', 'santai', 'santai saja', 'sudah lama menunggu', 'lama menunggu', 'mau minum apa', 'minum apa',
    'teh atau kopi', 'minum dulu', 'diminum', 'kopinya', 'tehnya', 'sudah sarapan', 'sudah makan', 'apa kabar',
    'tempatnya sempit', 'agak berantakan', 'agak telat', 'ada tamu', 'tadi ada tamu',
    // getting started
    'mulai dari mana', 'dimulai', 'dimulai saja', 'mulai saja', 'apa yang mau ditanya', 'mau ditanya', 'ditanya',
    'ditanyakan', 'mau tanya soal apa', 'tanya soal apa', 'tanya', 'direkam', 'siap direkam', 'dari kampus mana',
    'kampus mana', 'untuk skripsi', 'untuk tesis', 'wawancaranya', 'tidak apa', 'salam kenal juga',
    // good wishes, come again, take care
    'semoga', 'lancar', 'semoga lancar', 'tesisnya', 'tesis', 'penelitiannya', 'sukses ya', 'cepat selesai',
    'semoga cepat selesai', 'sampai sidang', 'lancar sampai sidang', 'sudah wisuda', 'wisuda', 'ilmunya', 'bermanfaat',
    'hati di jalan', 'hati hati di jalan', 'belajar yang rajin', 'belajar', 'rajin', 'salam untuk dosennya', 'dosennya',
    'salam untuk', 'ada yang kurang', 'datang lagi', 'datang saja', 'mau datang lagi', 'jangan sungkan', 'sungkan',
    'hubungi saja', 'hubungi', 'kabari saja', 'kabari', 'mampir lagi', 'mampir', 'butuh apa', 'aamiin', 'amin',
    'terima kasih juga', 'insyaallah', 'baru pulang', 'hati pulang', 'magrib', 'jalannya gelap', 'belajar betul',
    'jadi orang', 'jangan lupa kampung', 'kirimi saya', 'hehe', 'haha',
  ],
  en: [
    'morning', 'afternoon', 'evening', 'hi there', 'come in', 'come on in', 'take a seat', 'have a seat', 'sit down',
    'please sit down', 'welcome welcome', 'sorry about the mess', 'sorry', 'a bit late', 'late', 'traffic was terrible',
    'traffic was bad', 'can i get you a coffee', 'get you a coffee', 'coffee', 'tea', 'a tea', 'thanks for coming',
    'for coming', 'all the way out here', 'all the way', 'go ahead', 'fire away', 'ask away', 'happy to be recorded',
    'recorded', 'how are you doing', 'did you find the place', 'find the place', 'good to see you', 'see you again',
    'to you too', 'shall we start', 'shall we begin', 'want to begin', 'begin', 'no problem at all', 'nice to meet you too',
    'good luck', 'luck', 'best of luck', 'all the best', 'thesis', 'dissertation', 'your research', 'write up', 'the write up',
    'let me know', 'need anything else', 'anything else', 'thank you too', 'drive safely', 'safe travels', 'safe travels home',
    'anytime', 'feel free', 'get in touch', 'anything unclear', 'not at all', 'nice talking to you', 'nice talking',
    'take care', 'very welcome', 'happy to help', 'glad i could help', 'send me a copy', 'when it done', 'bye now',
    'no worries', 'you too', 'no bother', 'mind the step', 'on the way out', 'written up', 'sit down sit down',
  ],
};
