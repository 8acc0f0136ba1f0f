/**
 * Capitalised-word utilities that work for Vietnamese (every syllable of a name is a
 * capitalised word: "Nguyễn Tấn Dũng") and for Western names with particles and
 * hyphens ("Ban Ki-moon", "Charles de Gaulle").
 */
import { tokenize } from '../gazetteer/tokens.js';

/** Whether a word starts with an upper-case letter ("Đức", "Ápganixtan"). */
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Lower-case words allowed inside a name between capitalised words. */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);

/**
 * Runs of capitalised words in a text, joined by spaces or hyphens (and lower-case
 * particles inside a run): the candidates for names. `minWords` filters short runs.
 */
export function capitalisedRuns(text: string, minWords = 1): Array<{ start: number; end: number; text: string; words: number }> {
  const toks = tokenize(text);
  const out: Array<{ start: number; end: number; text: string; words: number }> = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i].text)) { i++; continue; }
    let j = i;
    for (;;) {
      const gap = (a: number) => text.slice(toks[a].end, toks[a + 1].start);
      if (j + 1 < toks.length && /^[ \u00a0\-\u2010\u2011]$/.test(gap(j)) && (isCapitalised(toks[j + 1].text) || /^[\p{Ll}]/u.test(toks[j + 1].text) && text[toks[j].end] === '-')) { j++; continue; }
      if (j + 2 < toks.length && PARTICLES.has(toks[j + 1].text) && gap(j) === ' ' && gap(j + 1) === ' ' && isCapitalised(toks[j + 2].text)) { j += 2; continue; }
      break;
    }
    const words = j - i + 1;
    if (words >= minWords) out.push({ start: toks[i].start, end: toks[j].end, text: text.slice(toks[i].start, toks[j].end), words });
    i = j + 1;
  }
  return out;
}
