// Burmese name elements written as ONE Latin word: Pali and Sanskrit loans of two or more syllables (Wikipedia's
// naming conventions for Burmese: native syllables are separated by spaces, Pali/Sanskrit loans are not:
// Yadanar Khin, Khin Sandar Win, Tayza), and a few native syllables whose usual spelling is not the one the
// rules give (ကြီး is voiced Gyi in names: Ko Ko Gyi; ဝေ is usually Wai). Facts gathered from public name usage
// (Wikipedia's naming conventions and biographies, CC BY-SA); a word is `native|Latin`.
export const BURMESE_WORDS: readonly string[] = [
  // Pali / Sanskrit loans
  'ရတနာ|Yadanar',
  'သီတာ|Thida',
  'သူဇာ|Thuzar',
  'စည်သူ|Sithu',
  'ဇေယျာ|Zeya',
  'သဇင်|Thazin',
  'တေဇ|Tayza',
  'သီဟ|Thiha',
  'သူရ|Thura',
  'ဝဏ္ဏ|Wunna',
  'ဇာနည်|Zarni',
  'နန္ဒ|Nanda',
  'ကေသီ|Kaythi',
  'မေဓာ|Maydar',
  'ပုည|Pyinnya',
  'ဓမ္မ|Dhamma',
  'ဗုဒ္ဓ|Buddha',
  'ဥက္ကာ|Okkar',
  'ဣန္ဒြာ|Eaindra',
  'အိန္ဒြာ|Eaindra',
  'ဒဂုန်|Dagon',
  'ဇေယျ|Zeya',
  'မဉ္ဇူ|Manju',
  'သုမန|Thumana',
  'ဝိမလ|Wimala',
  'စန္ဒီ|Sandi',
  // Native syllables with a usual spelling of their own
  'ကြီး|Gyi',
  'ထွန်း|Tun',
  'ဝေ|Wai',
  'ဆု|Hsu',
  'မွန်|Mon',
  // Shan prefixes as they are spelled when they stand alone
  'စိုင်း|Sai',
  'နန်း|Nang',
  'ဝိုင်း|Wyne',
];
