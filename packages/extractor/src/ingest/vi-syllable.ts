/**
 * Vietnamese orthographic syllables: onset + (medial) + nucleus + coda + one tone mark.
 * This is the closed spelling grammar of the language (quốc ngữ), not a word list: it lets
 * de-obfuscation ask "is this joined string a possible syllable?" for words it has never seen.
 */

/** Tone marks as combining characters (after NFD): huyền, sắc, ngã, hỏi, nặng. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = new Set(['\u0301', '\u0323']); // the only tones allowed before -c -ch -p -t

// Longest first so "ngh" wins over "ng", "gi" over "g".
const ONSETS = [
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'ch',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
];

// Rhymes (toneless), grouped by nucleus; medial o/u forms follow.
const RHYMES = new Set(
  `
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
uân uâng uât uây uê uêch uênh uơ uy uya uych uyn uynh uyt uyu uyên uyêt
`
    .trim()
    .split(/\s+/),
);

// After qu- the medial u is part of the onset: quy, quynh, quyết, quân, quê…
const QU_RHYMES = new Set([...RHYMES].filter((r) => !/^[ou]/.test(r)).concat(['y', 'ych', 'yn', 'ynh', 'yt', 'yu', 'yên', 'yêt']));

/** Splits off the single tone mark of a lower-case syllable; null when it carries two. */
function untone(s: string): { base: string; tone: string } | null {
  const nfd = s.normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return null;
  return { base: nfd.replace(TONES, '').normalize('NFC'), tone: tones[0] ?? '' };
}

/** True when `word` (any case) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const split = untone(word.toLowerCase());
  if (!split || !/^[a-zđăâêôơư]+$/.test(split.base)) return false;
  const { base, tone } = split;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    const ok = onset === 'qu' ? QU_RHYMES.has(rhyme) : onset === 'gi' ? rhyme === '' || RHYMES.has(rhyme) || RHYMES.has(`i${rhyme}`) : RHYMES.has(rhyme);
    if (!ok) continue;
    if (/(c|ch|p|t)$/.test(rhyme) && tone && !STOP_TONES.has(tone)) continue;
    if (/(c|ch|p|t)$/.test(rhyme) && !tone) continue; // unmarked stop syllables do not exist
    return true;
  }
  return false;
}
