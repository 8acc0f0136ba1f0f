/** The shared bilingual gazetteer (src/gazetteer) behind the English plugin's Gazetteer interface. */
import { findGazetteerMentions, lookupName, resolveActor } from '../../gazetteer/lookup.js';
import { findTitles } from '../../gazetteer/titles.js';
import type { Gazetteer } from './actors.js';

let cached: Gazetteer | undefined;

/** English-side view of src/gazetteer (built once). */
export function sharedGazetteer(): Gazetteer {
  cached ??= {
    find: (text) => findGazetteerMentions(text, 'en'),
    titles: (text) => findTitles(text, 'en'),
    byName: (name) => lookupName(name, 'en'),
    actorOf: resolveActor,
  };
  return cached;
}
