/**
 * Places and events the gazetteer does not know, typed by a cue word around an unknown
 * capitalised name (cue words in data/lexicons/en/place-words.tsv):
 *  - a feature noun: "Sabina Shoal", "Zaporizhzhia Oblast", "Strait of Hormuz" → Location;
 *    lower-case after the name ("Sumy region") it describes the name, which is the Location
 *    (before the person pass, so a given name inside does not make a person);
 *  - an event noun: "the Ulchi Freedom Shield exercise" → Event "Ulchi Freedom Shield";
 *    "the G20 summit" (a known organization) → Event "G20 summit" beside the organization;
 *  - a place preposition: "in Rzeszów", "near El Fasher" → Location, unless a word of the
 *    name is a common word, an institution ("at Harvard University") or starts a person's name;
 *  - a dateline: "RZESZÓW, Poland —" at the start of a line → Location.
 */
import { slugOf } from './slugs.js';
import type { Token, TokSentence } from '../tokens.js';
import type { EnLexicon } from '../lexicon.js';
import { isMonthName } from './dates.js';
import type { Demonym, EntityRef, TokMention } from '../model.js';

// Module-level: the worker build (esbuild, target node20.10) turns a \p{…} regex literal into
// `new RegExp(…)`, which inside a function would build one per call.
const DATELINE_WORD = /^\p{Lu}{3,}$/u;
const UPPER_WORD = /^\p{Lu}{2,}$/u;
const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;
const ALL_CAPS = /^\p{Lu}+$/u;

const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName']);
// compromise's lexicon knows some places ("Woodside": Place, "Lviv": City).
const NAME_OR_PLACE_TAGS = new Set([...NAME_TAGS, 'Place', 'City', 'Region', 'Country', 'ProperNoun']);
/** A capitalised word that may be part of a place name: no common-word tags, no date word. */
const nameLike = (t: Token): boolean => t.cap && t.text.length > 1 && onlyNameOrPlaceTags(t) && !/\d/.test(t.text) && !isMonthName(t);
const NOT_NAME_START = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Month', 'WeekDay'];
const GIVEN_NAME_TAGS = ['MaleName', 'FemaleName', 'FirstName'];
const isGiven = (t: Token): boolean => hasAnyTag(t, GIVEN_NAME_TAGS);

// Loops rather than `tags.some((g) => t.tags.has(g))` or `[...t.tags]`: these run at every
// capitalised token, and a closure over the loop's token makes V8 allocate a context per token.
/** Has the token one of these tags? */
function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  for (const g of tags) if (t.tags.has(g)) return true;
  return false;
}
/** Are all the token's tags (if any) name or place tags? */
function onlyNameOrPlaceTags(t: Token): boolean {
  for (const g of t.tags) if (!NAME_OR_PLACE_TAGS.has(g)) return false;
  return true;
}
const joined = (t: Token): boolean => !/[^\s'’-]/.test(t.post) && !t.possessive;

function mention(tokens: Token[], text: string, first: number, last: number, type: 'Location' | 'Event', name?: string): TokMention {
  const start = tokens[first].start,
    end = tokens[last - 1].start + tokens[last - 1].text.replace(/['’]s?$/, '').length;
  const surface = text.slice(start, end);
  const n = name ?? surface;
  const entity: EntityRef = { id: slugOf(n), name: n, type };
  return { first, last, start, end, text: surface, entity };
}

/** End of a run of uncovered capitalised words from i (at most `max`), stopping at punctuation. */
function capRun(tokens: Token[], at: Array<TokMention | undefined>, i: number, limit: number, max: number, ok: (t: Token) => boolean): number {
  let k = i;
  while (k < limit && k - i < max && !at[k] && ok(tokens[k]) && !tokens[k].pre) {
    k++;
    if (!joined(tokens[k - 1])) break;
  }
  return k;
}

/** Feature-noun places and named events; run before the person passes. */
export function featurePlacesAndEvents(
  text: string,
  tokens: Token[],
  sentences: TokSentence[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  lex: EnLexicon,
): { own: TokMention[]; beside: TokMention[] } {
  const { feature, event } = lex.placeWords;
  const own: TokMention[] = [];
  const beside: TokMention[] = [];
  const taken = new Set<number>();
  const free = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (at[k] || taken.has(k)) return false;
    return true;
  };
  const take = (m: TokMention): void => {
    for (let k = m.first; k < m.last; k++) taken.add(k);
    own.push(m);
  };
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (at[i] || taken.has(i) || !t.cap) continue;
      // "Strait of Hormuz", "Gulf of Aden"
      if (feature.has(t.norm) && tokens[i + 1]?.norm === 'of' && joined(t) && joined(tokens[i + 1])) {
        const end = capRun(tokens, at, i + 2, s.last, 3, nameLike);
        if (end > i + 2) {
          take(mention(tokens, text, i, end, 'Location'));
          i = end - 1;
          continue;
        }
      }
      if (hasAnyTag(t, NOT_NAME_START)) continue;
      const end = capRun(tokens, at, i, s.last, 5, (w) => w.cap && w.text.length > 1);
      // "Sabina Shoal", "Second Thomas Shoal": the run up to its last feature noun.
      let f = end - 1;
      while (f > i && !feature.has(tokens[f].norm)) f--;
      // "Sumy region", "Ben Gurion airport": a lower-case feature noun describes the name before
      // it, which is the Location (as the gazetteer names "Kherson" for "the Kherson region").
      if (
        f === i &&
        end > i &&
        tokens[end] &&
        !tokens[end].cap &&
        feature.has(tokens[end].norm) &&
        joined(tokens[end - 1]) &&
        !demonyms.has(i) &&
        tokens.slice(i, end).every(nameLike) &&
        free(i, end)
      ) {
        take(mention(tokens, text, i, end, 'Location'));
        i = end - 1;
        continue;
      }
      if (f > i && free(i, f + 1)) {
        take(mention(tokens, text, i, f + 1, 'Location'));
        i = f;
        continue;
      }
      // "the Ulchi Freedom Shield exercise": an unknown name before an event noun.
      const head = tokens[end];
      const prev = tokens[i - 1];
      // After "the", an adjective ("the annual …") or a known name ("US-South Korea …"), not after a person's given name.
      const introduced = (!prev || !prev.cap || prev.tags.has('Determiner') || !!at[i - 1] || prev.possessive) && !(end - i > 1 && isGiven(t));
      if (end > i && head && event.has(head.norm) && introduced && !demonyms.has(i) && joined(tokens[end - 1]) && free(i, end)) {
        take(mention(tokens, text, i, end, 'Event'));
        i = end - 1;
        continue;
      }
    }
  }
  // "the G20 summit": a known organization before an event noun is an Event of its own, beside the organization.
  for (let k = 0; k < tokens.length; k++) {
    const m = at[k];
    if (!m || m.first !== k || m.entity.type !== 'Organization') continue;
    const head = tokens[m.last];
    if (head && event.has(head.norm) && joined(tokens[m.last - 1]) && tokens[k - 1]?.norm === 'the') {
      const e = mention(tokens, text, k, m.last + 1, 'Event');
      beside.push({ ...e, entity: { ...e.entity, id: slugOf(e.text), name: e.text } });
    }
  }
  return { own, beside };
}

/** Unknown names after a place preposition, and datelines; run after the person passes. */
export function cuedPlaces(
  text: string,
  tokens: Token[],
  sentences: TokSentence[],
  at: Array<TokMention | undefined>,
  demonyms: Map<number, Demonym>,
  titleTokens: Set<number>,
  lex: EnLexicon,
): TokMention[] {
  const { cue, institution, event } = lex.placeWords;
  const out: TokMention[] = [];
  const particle = (t: Token): boolean => t.cap && lex.nameParticles.has(t.norm) && joined(t);
  for (const s of sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      // Both cues below want a capitalised word here.
      if (!t.cap || at[i] || titleTokens.has(i) || demonyms.has(i)) continue;
      // Dateline: "RZESZÓW, Poland —" / "EL FASHER (Reuters) -" at the start of a line.
      const lineStart = i === 0 || /\n/.test(tokens[i - 1].post);
      if (lineStart && DATELINE_WORD.test(t.text)) {
        const end = capRun(tokens, at, i, s.last, 3, (w) => UPPER_WORD.test(w.text));
        if (/^,|^\s+[(—–-]/.test(tokens[end - 1].post) && tokens.slice(i, end).every(onlyNameOrPlaceTags)) {
          const surface = text.slice(t.start, tokens[end - 1].end);
          const name = surface.toLowerCase().replace(WORD_INITIAL, (_, a: string, b: string) => a + b.toUpperCase());
          out.push(mention(tokens, text, i, end, 'Location', name));
          i = end - 1;
          continue;
        }
      }
      // "in Rzeszów", "near El Fasher"
      const prev = tokens[i - 1];
      if (!prev || !cue.has(prev.norm) || prev.cap || !joined(prev)) continue;
      const from = particle(t) ? i + 1 : i;
      const end = capRun(tokens, at, from, s.last, 3, nameLike);
      if (end === from || ALL_CAPS.test(tokens[from].text)) continue;
      const words = tokens.slice(i, end);
      if (tokens[end - 1].possessive || (tokens[end]?.cap && joined(tokens[end - 1]))) continue;
      if (words.some((w) => institution.has(w.norm) || event.has(w.norm) || lex.headWords.has(w.norm) || lex.notNames.has(w.norm) || titleTokens.has(w.i)))
        continue;
      // "in Article 5", "at Camp 3": a number after the name makes it a reference, not a place.
      if (/^\s+$/.test(tokens[end - 1].post) && /^\d/.test(tokens[end]?.text ?? '')) continue;
      if (end - from > 1 && isGiven(tokens[from])) continue;
      out.push(mention(tokens, text, i, end, 'Location'));
      i = end - 1;
    }
  }
  return out;
}
