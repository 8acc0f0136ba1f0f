/** The shared bilingual gazetteer (src/gazetteer) behind the English plugin's Gazetteer interface. */
import {
  acronymEntry,
  entryById,
  findGazetteerMentions,
  findTitles,
  learnAcronyms,
  lookupDemonym,
  lookupPerson,
  lookupTitle,
  people,
  personsBySurname,
  postsAt,
  resolveActor,
} from '../../gazetteer/index.js';
import { personKey } from '../../gazetteer/people-rows.js';
import { DATA_SET, surfaceKey } from '../../gazetteer/entries.js';
import type { Gazetteer } from './actors.js';
import { packedMap } from './packed.js';
import { documentWords } from './tokens.js';

let cached: Gazetteer | undefined;
let starts: Set<string> | undefined;
const startsCache = new Map<string, boolean>();

/**
 * `f` with its results kept per argument: title and person look-ups come per token and per
 * word span, and keying a surface re-tokenizes it, while a document repeats its words.
 */
function perSurface<T>(f: (surface: string) => T): (surface: string) => T {
  const cache = new Map<string, T>();
  return (surface) => {
    if (cache.has(surface)) return cache.get(surface) as T;
    if (cache.size > 200_000) cache.clear();
    const v = f(surface);
    cache.set(surface, v);
    return v;
  };
}
const cachedTitle = perSurface((surface) => lookupTitle(surface, 'en'));
const cachedPerson = perSurface(lookupPerson);

/** First words of every known person's names and aliases, as lookup keys. */
function nameStarts(): Set<string> {
  starts ??= new Set(
    people()
      .flatMap((p) => [p.name, ...p.aliases])
      .map((n) => personKey(n.split(/[\s-]+/)[0])),
  );
  return starts;
}

// The first word key of every English title: a span whose first word is none of them is no title.
let titleFirsts: Set<string> | undefined;
const titleStartCache = new Map<string, boolean>();
const firstKey = (surface: string): string => surfaceKey(surface).split(' ')[0];
function titleStart(word: string): boolean {
  let yes = titleStartCache.get(word);
  if (yes === undefined) {
    titleFirsts ??= new Set(DATA_SET.titles.filter((t) => t.lang === 'en' && t.kind === 'title').map((t) => firstKey(t.surface)));
    if (titleStartCache.size > 200_000) titleStartCache.clear();
    const key = firstKey(word);
    titleStartCache.set(word, (yes = key === '' || titleFirsts.has(key)));
  }
  return yes;
}

/** English-side view of src/gazetteer (built once). */
export function sharedGazetteer(): Gazetteer {
  cached ??= {
    scan(text) {
      const tokens = documentWords(text);
      return {
        mentions: findGazetteerMentions(text, 'en', tokens),
        titles: findTitles(text, 'en', tokens),
        // Every definition is read from a parenthesis: without one, no regex pass over the text.
        acronyms: text.includes('(') ? packedMap(learnAcronyms(text), (definition) => ({ definition, entry: acronymEntry(definition, 'en') })) : [],
      };
    },
    demonym: lookupDemonym,
    title: cachedTitle,
    titleStart,
    actorOf: resolveActor,
    people: {
      startsName: (word) => {
        let yes = startsCache.get(word);
        if (yes === undefined) startsCache.set(word, (yes = nameStarts().has(personKey(word))));
        return yes;
      },
      byName: cachedPerson,
      bySurname: personsBySurname,
      postsAt: (p, date) => postsAt(p as Parameters<typeof postsAt>[0], date),
      entity: entryById,
    },
  };
  return cached;
}
