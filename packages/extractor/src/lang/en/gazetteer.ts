/** The shared bilingual gazetteer (src/gazetteer) behind the English plugin's Gazetteer interface. */
import { acronymEntry, findGazetteerMentions, findTitles, learnAcronyms, lookupDemonym, lookupTitle, resolveActor, tokenize } from '../../gazetteer/index.js';
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
      };
    },
    demonym: lookupDemonym,
    title: (surface) => lookupTitle(surface, 'en'),
    actorOf: resolveActor,
  };
  return cached;
}
