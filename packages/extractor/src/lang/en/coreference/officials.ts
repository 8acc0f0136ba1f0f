/**
 * The country each official serves: the one their posts in the article name, else the one the
 * people gazetteer gives at the article's date; someone with no single country has none.
 */
import type { EntityRef, Recognized } from '../model.js';
import type { PeopleLookup } from '../actors.js';
import { countryOfPerson } from '../mentions/people.js';

/**
 * The one country each person of the document serves, by the posts `keep` accepts (a title
 * filter: leaders only when their acts are lifted to the state).
 */
export function countriesOfPeople(
  rec: Recognized,
  people: PeopleLookup | undefined,
  date: string | null,
  keep: (title: string) => boolean = () => true,
): Map<string, EntityRef> {
  const named = new Map<string, EntityRef[]>();
  for (const p of rec.posts) {
    if (!p.of || p.of.type !== 'Country' || p.relational || p.title.startsWith('former ') || !keep(p.title)) continue;
    const list = named.get(p.person.entity.id) ?? [];
    if (!list.some((c) => c.id === p.of!.id)) list.push(p.of);
    named.set(p.person.entity.id, list);
  }
  const out = new Map<string, EntityRef>();
  for (const [id, list] of named) if (list.length === 1) out.set(id, list[0]);
  // A delegation's leader acts for its country, whatever their rank.
  for (const d of rec.delegations) out.set(d.leader.entity.id, d.country);
  if (people)
    for (const [id, p] of rec.known) {
      if (out.has(id) || named.has(id)) continue;
      const c = countryOfPerson(p, date, people, keep);
      if (c) out.set(id, c);
    }
  return out;
}
