/**
 * The people gazetteer seen from the English plugin: which known person a name in the text
 * is ("Mikhail Vladimirovich Mishustin" = Mikhail Mishustin), and which country or body a
 * title the text gives them belongs to ("Foreign Minister Sergey Lavrov" → Russia) when the
 * text does not say it. Only a post the gazetteer lists with that very title is taken.
 */
import { foldDiacritics } from '../../../names/slugify.js';
import type { EntityRef, Post } from '../model.js';
import { packedMap } from '../packed.js';
import type { GazetteerEntry, KnownPerson, KnownPost, PeopleLookup } from '../actors.js';

const fold = (s: string): string => foldDiacritics(s).toLowerCase();

/** The entity of a known person: the gazetteer's id and name, so documents in both languages meet. */
export function knownRef(p: KnownPerson): EntityRef {
  const ref: EntityRef = { id: p.id, name: p.name, type: 'Person' };
  if (p.wikidata) ref.wikidata = p.wikidata;
  return ref;
}

/**
 * The known person a name stands for: its full name or distinctive short form, or else a
 * name with the same first and last word as exactly one known person ("Mikhail
 * Vladimirovich Mishustin"); a middle name or a spelling variant must not hide them.
 */
export function knownPersonOf(surface: string, people: PeopleLookup | undefined): KnownPerson | undefined {
  if (!people) return undefined;
  const exact = people.byName(surface);
  if (exact) return exact;
  const words = surface.split(/\s+/);
  if (words.length < 2) return undefined;
  // An initial stands for the given name it starts ("S. Jaishankar").
  const first = fold(words[0].replace(/\.$/, ''));
  const sameFirst = (given: string): boolean => (first.length === 1 ? fold(given)[0] === first : fold(given) === first);
  const hits = people.bySurname(words[words.length - 1]).filter((p) => sameFirst(p.name.split(/\s+/)[0]));
  return hits.length === 1 ? hits[0] : undefined;
}

const sameTitle = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The gazetteer's posts of a person at a date, with this title. */
function postsTitled(p: KnownPerson, title: string, date: string | null, people: PeopleLookup): KnownPost[] {
  return people.postsAt(p, date).filter((post) => sameTitle(post.title, title));
}

/** The one entity the person's posts at a date point to, among those kept by `keep`. */
function onlyEntity(posts: KnownPost[], people: PeopleLookup, keep: (e: GazetteerEntry) => boolean = () => true): EntityRef | undefined {
  const ids = [...new Set(posts.map((post) => post.of))];
  const entries = packedMap(ids, (id) => people.entity(id)).filter((e): e is GazetteerEntry => !!e && keep(e));
  if (entries.length !== 1) return undefined;
  const e = entries[0];
  return { id: e.id, name: e.name, type: e.type, ...(e.wikidata ? { wikidata: e.wikidata } : {}) };
}

/** Where a known person holds the post the text names them by ("President", "Foreign Minister"), if one place. */
export function postOf(p: KnownPerson, title: string, date: string | null, people: PeopleLookup): EntityRef | undefined {
  return onlyEntity(postsTitled(p, title, date, people), people);
}

/** The title of the post a known person holds in `of` (for "his Russian counterpart X"), if one. */
export function titleIn(p: KnownPerson, of: string, date: string | null, people: PeopleLookup): string | undefined {
  const titles = [
    ...new Set(
      people
        .postsAt(p, date)
        .filter((post) => post.of === of)
        .map((post) => post.title),
    ),
  ];
  return titles.length === 1 ? titles[0] : undefined;
}

/** The one country a known person serves at a date, if their posts (those `keep` accepts) name exactly one. */
export function countryOfPerson(
  p: KnownPerson,
  date: string | null,
  people: PeopleLookup,
  keep: (title: string) => boolean = () => true,
): EntityRef | undefined {
  return onlyEntity(
    people.postsAt(p, date).filter((post) => keep(post.title)),
    people,
    (e) => e.type === 'Country',
  );
}

/**
 * Posts completed from the people gazetteer: a title with no country or body in the text
 * ("Prime Minister Pham Minh Chinh") gets the one the gazetteer lists for that person and
 * title; a relational title ("his Russian counterpart X") gets the person's title there.
 */
export function completePosts(posts: Post[], known: ReadonlyMap<string, KnownPerson>, people: PeopleLookup | undefined, date: string | null): Post[] {
  return packedMap(posts, (post) => completePost(post, posts, known.get(post.person.entity.id), people, date));
}

function completePost(post: Post, posts: Post[], p: KnownPerson | undefined, people: PeopleLookup | undefined, date: string | null): Post {
  if (post.relational) {
    const title = (p && people && post.of ? titleIn(p, post.of.id, date, people) : undefined) ?? titleBefore(posts, post);
    return title ? { ...post, title, relational: false } : post;
  }
  if (!p || !people) return post;
  if (post.of) return post;
  const of = postOf(p, post.title.replace(/^former /, ''), post.title.startsWith('former ') ? null : date, people);
  return of ? { ...post, of } : post;
}

/** The title of the person named just before a relational one ("Prime Minister X and his Russian counterpart Y"). */
function titleBefore(posts: Post[], post: Post): string | undefined {
  const before = posts.filter((q) => !q.relational && q.last <= post.first && post.first - q.last <= 6);
  return before.length ? before[before.length - 1].title : undefined;
}
