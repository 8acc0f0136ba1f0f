/**
 * Places no gazetteer knows, from the word before their name (place-heads.tsv): "tỉnh Hodeidah,
 * Saada và Dhamar" (three provinces), "Cung điện Dolmabahce". A name is a run of capitalised
 * syllables that is no known entity; a unit's coordinated names ("…, Saada và Dhamar") are places
 * of the same kind. The Location is named as written (the gazetteer is where English names live).
 */
import { slugify } from '../../../names/slugify.js';
import { PhraseMatcher } from '../../../text/phrases.js';
import { readTsvCells } from '../../../text/tsv.js';
import { tokenize, type Token } from '../../../text/tokens.js';
import { nameAt, isNameSyllable } from './names.js';
import { viLexicon } from '../lexicon.js';
import type { KnownHit } from '../resources.js';
import { escapeRegExp, matchAllNotAfterLetter } from '../../../text/regexp.js';

const ROWS = readTsvCells(new URL('../../../../data/lexicons/vi/place-heads.tsv', import.meta.url), 2).map(([p, k]) => [p!, k!] as [string, string]);
const HEADS = new PhraseMatcher<string>(ROWS);
/** A head word followed by a capital: where to look (most texts have few). */
const OPENING = new RegExp(
  `(?:${[...new Set(ROWS.map(([p]) => p))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')}) \\p{Lu}`,
  'giu',
);
const WINDOW = 120;

/** Places named after a head word, as known hits; `known` (gazetteer hits) are never places of their own here. */
export function findPlaces(text: string, known: KnownHit[]): KnownHit[] {
  const out: KnownHit[] = [];
  for (const m of matchAllNotAfterLetter(text, OPENING)) {
    const tokens = tokenize(text.slice(m.index!, m.index! + WINDOW), m.index!);
    const head = HEADS.at(tokens, 0);
    if (!head) continue;
    const isKnown = (j: number): boolean => known.some((k) => k.start <= tokens[j]!.start && tokens[j]!.start < k.end);
    const gap = (a: number, b: number): string => text.slice(tokens[a]!.end, tokens[b]!.start);
    const run = (j: number): [number, number] | undefined => (isNameSyllable(tokens[j]) && !isKnown(j) ? nameAt(tokens, j, gap, isKnown, 4) : undefined);
    const first = run(head.end);
    if (!first || (first[1] + 1 < tokens.length && tokens[first[1] + 1]!.end > m.index! + WINDOW - 1)) continue;
    const from = head.value === 'part' ? 0 : head.end;
    out.push(place(text, tokens, from, first[1]));
    if (head.value !== 'unit') continue;
    // "tỉnh Hodeidah, Saada và Dhamar": a list closed by "và"/"hoặc" (a comma alone may open another clause)
    const listed: KnownHit[] = [];
    let closed = false;
    for (let j = first[1] + 1; j < tokens.length && !closed; ) {
      const coord = viLexicon().mod.coord.at(tokens, j)?.end;
      const sep = tokens[j]!.text === ',' ? j + 1 : coord;
      const next = sep === undefined ? undefined : run(sep);
      if (!next || next[1] + 1 >= tokens.length || (isNameSyllable(tokens[next[1] + 1]) && !isKnown(next[1] + 1))) break;
      listed.push(place(text, tokens, sep!, next[1]));
      closed = coord !== undefined;
      j = next[1] + 1;
    }
    if (closed) out.push(...listed);
  }
  return out;
}

function place(text: string, tokens: Token[], a: number, b: number): KnownHit {
  const start = tokens[a]!.start,
    end = tokens[b]!.end;
  const name = text.slice(start, end);
  return { start, end, id: slugify(name), name, type: 'Location' };
}
