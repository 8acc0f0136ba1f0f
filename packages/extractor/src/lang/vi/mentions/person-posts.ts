/**
 * Posts and affiliations of persons: each person phrase gets its title (a counterpart takes the
 * other person's), its country or body (stated, from the people gazetteer at the article's date, or
 * the domestic country for a domestic name), and the sides it speaks for. Later passes (bare roles,
 * "we" in quotes, HOLDS_POSITION) read these posts, so they are all collected before units are built.
 */
import { isProse } from '../../../text/sentences.js';
import type { CleanDocument } from '../../../types.js';
import type { Annotated } from './annotate.js';
import type { DocumentModel } from '../model.js';
import type { EntityTable } from './entity-table.js';
import type { EnsureKnown } from './known.js';
import type { PersonEntities } from './person-entities.js';
import { viLexicon } from '../lexicon.js';
import type { KnownPerson, ViResources } from '../resources.js';

export interface PersonPosts {
  phrases: DocumentModel['phrases'];
  posts: DocumentModel['posts'];
  /** A person who speaks for a body of a country ("Bộ Ngoại giao Trung Quốc") speaks for the country too. */
  extraSides: Map<string, Set<string>>;
}

export function personPosts(
  annotated: Annotated[],
  doc: CleanDocument,
  res: ViResources,
  entities: EntityTable,
  people: PersonEntities,
  ensureKnown: EnsureKnown,
): PersonPosts {
  const { clusterOf, idOf, knownOf } = people;
  const out: PersonPosts = { phrases: [], posts: new Map(), extraSides: new Map() };
  const domestic = domesticCountry(res);
  for (const a of annotated) {
    for (const p of a.persons) {
      const c = clusterOf.get(p.name);
      if (!c) continue;
      const id = idOf.get(c)!;
      // "Tổng thống Lee Jae-myung": the country of that post from the people gazetteer, at the article's date
      const e = knownOf.get(c);
      if (e && !p.affiliation && p.title && !p.counterpart) p.affiliation = knownAffiliation(res, e, p.title, doc.published);
      if (domestic && !p.affiliation && p.title && !p.counterpart && isDomesticName(a.tokens, p.nameFirst, p.nameLast)) p.affiliation = domestic;
      const title = p.counterpart ? counterpartTitle(a, p.first) : p.title;
      out.phrases.push({ sentence: a.index, phrase: p, id, title });
      if (p.affiliationTok && p.affiliationTok[1] > p.affiliationTok[0]) {
        const from = a.tokens[p.affiliationTok[0] + 1]!.start,
          to = a.tokens[p.affiliationTok[1]]!.end;
        for (const h of res.entities(doc.text.slice(from, to))) {
          const country = h.type === 'Country' ? h.id : h.seatOf;
          if (country && country !== p.affiliation) out.extraSides.set(id, (out.extraSides.get(id) ?? new Set()).add(country));
          // "Chủ tịch Thượng viện Campuchia": the post of a country's body is a post of the country too
          if (h.type === 'Country' && p.affiliation && countryOfBody(res, p.affiliation) === h.id && ensureKnown(h.id, h)) {
            p.country = h.id;
            entities.mention(h.id, from + h.start, from + h.end, doc.text.slice(from + h.start, from + h.end), isProse(a.sentence.text));
          }
        }
      }
      if (title && !p.former) {
        for (const t of [title, ...(p.also ?? [])]) {
          for (const aff of p.country ? [p.affiliation, p.country] : [p.affiliation]) {
            c.posts.push({ title: t, affiliation: aff });
            const list = out.posts.get(id) ?? [];
            if (!list.some((q) => q.title === t && q.affiliation === aff)) list.push({ title: t, affiliation: aff });
            out.posts.set(id, list);
          }
        }
      }
    }
  }
  return out;
}

/** A counterpart ("người đồng cấp") holds the title of the other titled person of the sentence: the last one before it, else the first. */
export function counterpartTitle(a: Annotated, at: number): string | undefined {
  const others = a.persons.filter((p) => p.title && !p.counterpart).concat(a.roles.filter((r) => r.title && !r.counterpart) as never[]);
  const before = others.filter((p) => p.first < at);
  return (before[before.length - 1] ?? others[0])?.title;
}

/**
 * The country or body of a known person's post that a title in the text names, at the article's date
 * (any time without one), when exactly one fits. A post of a country's body ("…-of-vietnam": the
 * Communist Party of Vietnam) is a post of the country. Titles fit as titles-senses.tsv says.
 */
function knownAffiliation(res: ViResources, e: KnownPerson, title: string, date: string | null): string | undefined {
  const senses = viLexicon().titleSenses.get(title) ?? [];
  // "High Representative" names "High Representative for Foreign Affairs"; "Minister" names "Foreign Minister"
  const fits = (t: string): boolean => t === title || t.endsWith(` ${title}`) || t.startsWith(`${title} `) || senses.includes(t);
  const of = new Set((res.postsAt?.(e, date) ?? e.posts).filter((p) => fits(p.title)).map((p) => countryOfBody(res, p.of)));
  return of.size === 1 ? [...of][0] : undefined;
}

/** "communist-party-of-vietnam" → "vietnam" (ids of a country's bodies end in "-of-<country>"); other ids as they are. */
function countryOfBody(res: ViResources, id: string): string {
  const m = /-of-([a-z0-9-]+)$/.exec(id);
  return m && res.byId(m[1]!)?.type === 'Country' ? m[1]! : id;
}

/** The domestic country's entity id (person-cues.tsv, domestic-country), from the gazetteer. */
function domesticCountry(res: ViResources): string | undefined {
  for (const surface of viLexicon().domesticCountry) {
    const hit = res.entities(surface).find((h) => h.type === 'Country');
    if (hit) return hit.id;
  }
  return undefined;
}

/** "Phạm Minh Chính": a Vietnamese family name (person-cues.tsv, domestic-family) and three syllables or more. */
function isDomesticName(tokens: Annotated['tokens'], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) if (tokens[k]!.word) words++;
  return words >= 3 && viLexicon().cues['domestic-family'].at(tokens, first)?.end === first + 1;
}
