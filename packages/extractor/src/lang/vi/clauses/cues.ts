/** The clause-participant cues (data/lexicons/vi/clause-cues.tsv), compiled once. */
import { PhraseMatcher } from '../../../text/phrases.js';
import { readTsvCells } from '../../../text/tsv.js';

export type ClauseCue = 'comitative' | 'delegation' | 'lead' | 'visit-frame' | 'dispatch' | 'welcome' | 'meeting-frame' | 'partner';

let cached: Record<ClauseCue, PhraseMatcher<true>> | undefined;

export function clauseCues(): Record<ClauseCue, PhraseMatcher<true>> {
  if (cached) return cached;
  const out: Record<ClauseCue, PhraseMatcher<true>> = {
    comitative: new PhraseMatcher(),
    delegation: new PhraseMatcher(),
    lead: new PhraseMatcher(),
    'visit-frame': new PhraseMatcher(),
    dispatch: new PhraseMatcher(),
    welcome: new PhraseMatcher(),
    'meeting-frame': new PhraseMatcher(),
    partner: new PhraseMatcher(),
  };
  for (const [phrase, kind] of readTsvCells(new URL('../../../../data/lexicons/vi/clause-cues.tsv', import.meta.url), 2)) {
    const m = out[kind as ClauseCue];
    if (!m) throw new Error(`kg vi lexicon: clause-cues.tsv: unknown kind "${kind}"`);
    m.add(phrase!, true);
  }
  cached = out;
  return out;
}
