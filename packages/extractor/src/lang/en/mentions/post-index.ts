/**
 * A document's posts looked up by token or by person. The role readers ask per token: scanning
 * every post each time was quadratic in a long article, so beyond a few posts they are indexed
 * once per posts array. Every look-up returns what `posts.find` would: the first match in order.
 */
import type { Delegation, Post, TokMention } from '../model.js';

interface PostIndex {
  /** The first appositive post whose title span [person.last, last) covers token k. */
  appositiveAt: Map<number, Post>;
  /** The first post of a person mention. */
  ofPerson: Map<TokMention, Post>;
  /** The first non-appositive post of a person mention. */
  titleOfPerson: Map<TokMention, Post>;
  /** The posts whose lead [first, person.first) covers token k, in array order. */
  leadingTo: Map<number, Post[]>;
}

// Up to this many posts (most articles) a scan is cheaper than building the index.
const SCAN_LIMIT = 16;
const built = new WeakMap<ReadonlyArray<Post>, { size: number; index: PostIndex }>();

function postIndex(posts: ReadonlyArray<Post>): PostIndex {
  const seen = built.get(posts);
  if (seen && seen.size === posts.length) return seen.index;
  const index: PostIndex = { appositiveAt: new Map(), ofPerson: new Map(), titleOfPerson: new Map(), leadingTo: new Map() };
  for (const p of posts) {
    if (!index.ofPerson.has(p.person)) index.ofPerson.set(p.person, p);
    if (p.appositive) {
      for (let k = p.person.last; k < p.last; k++) if (!index.appositiveAt.has(k)) index.appositiveAt.set(k, p);
    } else if (!index.titleOfPerson.has(p.person)) index.titleOfPerson.set(p.person, p);
    for (let k = p.first; k < p.person.first; k++) {
      const list = index.leadingTo.get(k);
      if (list) list.push(p);
      else index.leadingTo.set(k, [p]);
    }
  }
  built.set(posts, { size: posts.length, index });
  return index;
}

/** The first appositive post whose title span [person.last, last) covers token k. */
export function appositiveAt(posts: ReadonlyArray<Post>, k: number): Post | undefined {
  if (posts.length <= SCAN_LIMIT) return posts.find((p) => p.appositive && p.person.last <= k && k < p.last);
  return postIndex(posts).appositiveAt.get(k);
}

/** The first post of a person mention; with `titled`, the first non-appositive one. */
export function postOfPerson(posts: ReadonlyArray<Post>, person: TokMention, titled = false): Post | undefined {
  if (posts.length <= SCAN_LIMIT) return posts.find((p) => p.person === person && !(titled && p.appositive));
  const index = postIndex(posts);
  return (titled ? index.titleOfPerson : index.ofPerson).get(person);
}

/** The first post whose lead [first, person.first) covers token k, at its first token unless `anywhere`. */
export function postLeadingTo(posts: ReadonlyArray<Post>, k: number, anywhere: boolean): Post | undefined {
  if (posts.length <= SCAN_LIMIT) return posts.find((p) => p.first <= k && k < p.person.first && (anywhere || k === p.first));
  const leading = postIndex(posts).leadingTo.get(k);
  return anywhere ? leading?.[0] : leading?.find((p) => k === p.first);
}

const delegationsBuilt = new WeakMap<ReadonlyArray<Delegation>, { size: number; at: Map<number, Delegation[]> }>();

/** The delegations starting at each token, in array order (objectsAfter asks at every token). */
export function delegationsAt(delegations: ReadonlyArray<Delegation>): Map<number, Delegation[]> {
  const seen = delegationsBuilt.get(delegations);
  if (seen && seen.size === delegations.length) return seen.at;
  const at = new Map<number, Delegation[]>();
  for (const d of delegations) {
    const list = at.get(d.first);
    if (list) list.push(d);
    else at.set(d.first, [d]);
  }
  delegationsBuilt.set(delegations, { size: delegations.length, at });
  return at;
}
