/**
 * Entity pass 1: the gazetteer's hits (countries, organizations, seats, places; a longer body
 * around an organization: "the Indian Ministry of External Affairs"), then acronyms the text
 * defines ("… Organization (CSTO)") and their later uses.
 */
import type { EntityRef, TokMention } from '../model.js';
import type { GazetteerScan } from '../actors.js';
import { longerBody } from './bodies.js';
import { put, refOf, tokenRange, type Draft } from './draft.js';

export function knownEntities(d: Draft, scan: GazetteerScan): void {
  const { text, tokens, at, gaz } = d;
  /** The country named by the token ending at k: a country mention or a demonym ("U.S.", "Israeli"). */
  const countryBefore = (k: number): EntityRef | undefined => {
    const m = at[k];
    if (m && m.last === k + 1) return (m.actor ?? m.entity).type === 'Country' ? (m.actor ?? m.entity) : undefined;
    const e = tokens[k] && !tokens[k].possessive ? gaz.demonym(tokens[k].text) : undefined;
    return e ? refOf(e) : undefined;
  };
  for (const hit of scan.mentions) {
    const r = tokenRange(d, hit.start, hit.end);
    if (!r) continue;
    const entity = refOf(hit.entry);
    const actor = hit.entry.seatOf ? refOf(gaz.actorOf(hit.entry)) : undefined;
    const longer = entity.type === 'Organization' ? longerBody(text, tokens, r[0], r[1], at, countryBefore) : undefined;
    if (longer) {
      put(d, longer);
      continue;
    }
    const m: TokMention = { first: r[0], last: r[1], start: hit.start, end: hit.end, text: hit.text, entity };
    if (actor) m.actor = actor;
    put(d, m);
  }

  for (const { definition: def, entry } of scan.acronyms) {
    const ref = refOf(entry);
    const long = tokenRange(d, def.start, def.end);
    if (long) put(d, { first: long[0], last: long[1], start: def.start, end: def.end, text: def.long, entity: ref });
    for (const t of tokens) {
      if (t.text !== def.short && !(t.possessive && t.text.replace(/['’]s?$/, '') === def.short)) continue;
      put(d, { first: t.i, last: t.i + 1, start: t.start, end: t.start + def.short.length, text: def.short, entity: ref });
    }
  }
}
