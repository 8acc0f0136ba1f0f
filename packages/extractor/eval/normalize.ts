/** Name and topic normalisation shared by the entity and relation scorers. */

/** Lower case, no diacritics (đ → d, ł → l), punctuation as spaces: "Ngoại trưởng" → "ngoai truong". */
export function normName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss') // letters NFD does not split
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const TOPIC_STOP = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'on', 'to', 'in', 'with', 'about', 'over', 've', 'cua', 'va', 'cac', 'nhung', 'viec']);

/** Content words of a topic, lightly stemmed so "defence"/"defense" and plurals agree. */
export function topicTokens(s: string): Set<string> {
  const words = normName(s)
    .split(' ')
    .filter((w) => w.length > 1 && !TOPIC_STOP.has(w));
  return new Set(words.map((w) => w.replace(/ence$/, 'ense').replace(/(?<=[a-z]{3})s$/, '')));
}

/**
 * Loose topic agreement: at least half the words of the shorter topic occur in the other.
 * Topics are free text, so this is reported as an indication, not as a hard score.
 */
export function topicsAgree(gold: string, predicted: string): boolean {
  const a = topicTokens(gold);
  const b = topicTokens(predicted);
  if (!a.size || !b.size) return false;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size) >= 0.5;
}
