/** The shared bilingual gazetteer (src/gazetteer) behind the English plugin's Gazetteer interface. */
import { acronymEntry, entryById, findGazetteerMentions, findPersonNames, findTitles, learnAcronyms, lookupDemonym, lookupPerson, lookupTitle, personsBySurname, postsAt, resolveActor, tokenize } from '../../gazetteer/index.js';
import type { Gazetteer } from './actors.js';

let cached: Gazetteer | undefined;

/** English-side view of src/gazetteer (built once). */
export function sharedGazetteer(): Gazetteer {
  cached ??= {
    scan(text) {
      const tokens = tokenize(text);
      return {
        mentions: findGazetteerMentions(text, 'en', tokens),
        titles: findTitles(text, 'en', tokens),
        acronyms: learnAcronyms(text).map((definition) => ({ definition, entry: acronymEntry(definition, 'en') })),
        persons: findPersonNames(text, tokens).map((h) => ({ start: h.start, end: h.end, text: h.text, person: h.entry })),
      };
    },
    demonym: lookupDemonym,
    title: (surface) => lookupTitle(surface, 'en'),
    actorOf: resolveActor,
    people: {
      byName: lookupPerson,
      bySurname: personsBySurname,
      postsAt: (p, date) => postsAt(p as Parameters<typeof postsAt>[0], date),
      entity: entryById,
    },
  };
  return cached;
}
