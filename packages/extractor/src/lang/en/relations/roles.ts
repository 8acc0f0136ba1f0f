/**
 * Who does what to whom around a trigger: the subject group is the nearest
 * entity mention(s) before the trigger, reached only over words that cannot head
 * another clause (auxiliaries, adverbs, negation, "officials"/"ministry"-like
 * heads); the object group is the first mention(s) right after it. Coordinated
 * mentions ("the US and its NATO allies") give one participant each.
 */
import type { Token } from '../tokens.js';
import type { Clause } from '../clauses.js';
import type { EntityRef, Recognized, TokMention } from '../model.js';
import type { EnLexicon, ObjectKind } from '../lexicon.js';
import { pairEndingAt } from '../coreference/pairs.js';
import { appositiveAt, delegationsAt, postLeadingTo, postOfPerson } from '../mentions/post-index.js';

/** A participant: the entity, the tokens it was read from, and whether it came from a pronoun. */
export interface Participant {
  entity: EntityRef;
  first: number;
  last: number;
  mention?: TokMention;
  pronoun?: boolean;
  pair?: boolean;
}

const isWeekdayOrDate = (t: Token): boolean => t.tags.has('WeekDay') || t.tags.has('Month');

/** Length of an actor-head phrase ending at token k ("foreign ministry", "officials"), or 0. */
function headEndingAt(tokens: Token[], k: number, lex: EnLexicon, lo: number): number {
  if (!lex.headWords.has(tokens[k].norm)) return 0;
  const h = lex.actorHeads.endingAt(tokens, k, lo);
  return h ? h.end - h.start : 0;
}
function headStartingAt(tokens: Token[], k: number, lex: EnLexicon, hi: number): number {
  if (k >= hi || !lex.headWords.has(tokens[k].norm)) return 0;
  const h = lex.actorHeads.at(tokens, k, hi);
  return h ? h.end - k : 0;
}

/** The participant read at token k going backwards (mention ending at k, or demonym + head), with its first token. */
function participantEndingAt(k: number, rec: Recognized): Participant | undefined {
  // Reading back over an appositive ("Sergei Lavrov, Russia's foreign minister, met …") reaches the person.
  const app = appositiveAt(rec.posts, k);
  if (app) {
    const title = postOfPerson(rec.posts, app.person, true);
    return { entity: app.person.entity, first: Math.min(title?.first ?? app.first, app.first), last: app.last, mention: app.person };
  }
  const m = rec.at[k];
  if (m && m.last - 1 === k) {
    const entity = m.actor ?? m.entity;
    if (entity.type === 'Location' || entity.type === 'Event') return undefined;
    // "Russian President Vladimir Putin": the participant spans its title and qualifier.
    const post = entity.type === 'Person' ? postOfPerson(rec.posts, m) : undefined;
    return { entity, first: post ? Math.min(post.first, m.first) : m.first, last: m.last, mention: m };
  }
  const d = rec.demonyms.get(k);
  if (d && d.last - 1 === k) return { entity: d.ref, first: d.first, last: d.last };
  return undefined;
}

/** The subject group before token `end` in the clause (nearest first), or [] when none can be read. */
export function subjectsBefore(tokens: Token[], end: number, clause: Clause, rec: Recognized, lex: EnLexicon): Participant[] {
  let k = end - 1;
  let skipped = 0;
  // Modifiers are passed only to reach a possessor ("Russia's full-scale invasion of …").
  let modified = false;
  while (k >= clause.first) {
    const t = tokens[k];
    if (rec.at[k] || rec.demonyms.has(k)) break;
    if (lex.fw.modifier.has(t.norm) && !t.cap && !lex.headWords.has(t.norm) && ++skipped <= 3) {
      k--;
      modified = true;
      continue;
    }
    const h = headEndingAt(tokens, k, lex, clause.first);
    if (h) {
      k -= h;
      skipped += h;
      // "the United States and its allies": a conjunct that is only a generic head joins nothing new.
      let d = k;
      while (d >= clause.first && lex.fw.determiner.has(tokens[d].norm)) d--;
      if (d < k && d >= clause.first && (tokens[d].norm === 'and' || tokens[d].norm === 'or')) k = d - 1;
      continue;
    }
    if (
      lex.fw['pre-verb'].has(t.norm) ||
      t.tags.has('Adverb') ||
      t.tags.has('Negative') ||
      isWeekdayOrDate(t) ||
      rec.titleTokens.has(k) ||
      (t.text === '' && t.norm === 'not')
    ) {
      k--;
      skipped++;
      if (skipped > 6) return [];
      continue;
    }
    if (lex.fw['subject-pronoun'].has(t.norm)) return [{ entity: { id: '', name: t.norm, type: 'Person' }, first: k, last: k + 1, pronoun: true }];
    const pairFirst = pairEndingAt(tokens, k, clause.first, lex);
    if (pairFirst !== undefined) return [{ entity: { id: '', name: 'pair', type: 'Country' }, first: pairFirst, last: k + 1, pair: true }];
    if (t.norm === 'who' && k - 1 >= clause.first && /,/.test(tokens[k - 1].post)) {
      k--;
      break;
    }
    return [];
  }
  if (k < clause.first || (modified && !tokens[k].possessive)) return [];
  // "… air defence for Ukraine, warn Iran": before a comma right before the verb, the object
  // of a preposition is no subject (an appositive list is: "The leaders, X and Y, agreed").
  const commaBefore = k === end - 1 && /,/.test(tokens[k].post);
  const group: Participant[] = [];
  let sawAnd = false;
  while (k >= clause.first) {
    const p = participantEndingAt(k, rec);
    if (!p) break;
    group.push(p);
    k = p.first - 1;
    // "X and Y", "X, Y and Z", "X and its NATO allies" (reading backwards: skip determiners, then
    // the conjunction). A comma joins only after an "and" was read ("On Libya, Lavrov …" is no list).
    let c = k;
    while (c >= clause.first && lex.fw.determiner.has(tokens[c].norm)) c--;
    if (c >= clause.first && (tokens[c].norm === 'and' || tokens[c].norm === 'or') && !sawAnd) {
      k = c - 1;
      sawAnd = true;
    } else if (sawAnd && c >= clause.first && /,/.test(tokens[c].post) && (rec.at[c] || rec.demonyms.has(c)) && c === k) k = c;
    else break;
    while (k >= clause.first && lex.fw.determiner.has(tokens[k].norm)) k--;
  }
  if (commaBefore && group.length && tokens[group[group.length - 1].first - 1]?.tags.has('Preposition')) return [];
  return group;
}

/**
 * Is the verb at `first` the second of two coordinated verbs ("defended the operation and
 * urged Russia")? Then it shares the subject of the previous verb.
 */
export function isConjoinedVerb(tokens: Token[], first: number, lo: number, lex: EnLexicon): boolean {
  let k = first - 1;
  while (k >= lo && (lex.fw['pre-verb'].has(tokens[k].norm) || tokens[k].tags.has('Adverb'))) k--;
  return k >= lo && (tokens[k].norm === 'and' || tokens[k].norm === 'but');
}

/** The participant group a sentence opens with ("Ukrainian President Volodymyr Zelensky …", "Ankara …"). */
export function leadingSubjects(tokens: Token[], s: { first: number; last: number }, rec: Recognized, lex: EnLexicon): Participant[] {
  const group = objectsAfter(tokens, s.first, s, rec, lex, 'actor');
  const firstWord = tokens[s.first];
  const opens =
    group.length > 0 &&
    (group[0].first === s.first || lex.fw.determiner.has(firstWord.norm) || rec.titleTokens.has(s.first) || rec.demonyms.has(s.first) || !!rec.at[s.first]);
  return opens ? group : [];
}

/** The object group after token `start` (inclusive) in the clause. */
export function objectsAfter(tokens: Token[], start: number, clause: Clause, rec: Recognized, lex: EnLexicon, kind: ObjectKind): Participant[] {
  const group: Participant[] = [];
  let k = start;
  let skipped = 0;
  // Index in `group` of the first conjunct joined by a bare comma: kept only if an "and"/"or"
  // follows ("Taiwan, Japan and Korea"), so "…threat to Taiwan, Japan said" stays one object.
  let commaFrom = -1;
  let closed = false;
  while (k < clause.last) {
    // "a US team headed by Secretary of State X": the delegation's leader.
    const dl =
      kind !== 'place' && rec.delegations.length
        ? delegationsAt(rec.delegations)
            .get(k)
            ?.find((d) => d.last <= clause.last)
        : undefined;
    const p = dl
      ? { entity: dl.leader.entity, first: dl.first, last: dl.last, mention: dl.leader }
      : participantStartingAt(tokens, k, rec, lex, kind, clause.last);
    if (p === 'skip') {
      k = personAfterTitle(k, rec)!;
      continue;
    }
    if (p) {
      group.push(p);
      k = p.last;
      // Conjunction: "and"/"or"/"," then determiners, then another participant.
      let c = k;
      const glue = c - 1 >= 0 && /,/.test(tokens[c - 1].post);
      if (c < clause.last && (tokens[c].norm === 'and' || tokens[c].norm === 'or')) {
        c++;
        closed = true;
      } else if (!glue) break;
      else if (commaFrom < 0) commaFrom = group.length;
      while (c < clause.last && lex.fw.determiner.has(tokens[c].norm)) c++;
      if (c < clause.last && (rec.at[c] || rec.demonyms.has(c))) {
        k = c;
        continue;
      }
      break;
    }
    // A title's qualifier ("Chinese", "U.S.") and the title itself lead to the person named after them.
    const titled = personAfterTitle(k, rec);
    if (titled) {
      k = titled;
      continue;
    }
    if (group.length > 0) break;
    const t = tokens[k];
    // "between the two nations": the pair, resolved by the caller.
    if (lex.fw['pair-noun'].has(t.norm)) {
      const pairFirst = pairEndingAt(tokens, k, clause.first, lex);
      if (pairFirst !== undefined && pairFirst >= start)
        return [{ entity: { id: '', name: 'pair', type: 'Country' }, first: pairFirst, last: k + 1, pair: true }];
    }
    if (lex.fw.determiner.has(t.norm) || lex.fw.modifier.has(t.norm) || t.tags.has('Adjective') || rec.titleTokens.has(k)) {
      k++;
      if (++skipped > 3) break;
      continue;
    }
    break;
  }
  return commaFrom >= 0 && !closed ? group.slice(0, commaFrom) : group;
}

/** If tokens from k are "[qualifier] Title [of X]" before a person's name, the index of the name. */
function personAfterTitle(k: number, rec: Recognized): number | undefined {
  if (!rec.posts.length) return undefined;
  const inTitle = rec.titleTokens.has(k) || rec.demonyms.has(k) || (rec.at[k] !== undefined && rec.at[k]!.entity.type !== 'Person');
  const post = postLeadingTo(rec.posts, k, inTitle);
  return post && post.person.first > k ? post.person.first : undefined;
}

function participantStartingAt(tokens: Token[], k: number, rec: Recognized, lex: EnLexicon, kind: ObjectKind, hi: number): Participant | 'skip' | undefined {
  const m = rec.at[k];
  if (m && m.first === k) {
    if (kind !== 'place' && m.entity.type !== 'Person' && personAfterTitle(k, rec) !== undefined) return 'skip';
    if (kind === 'place') {
      if (m.entity.type === 'Country' || m.entity.type === 'Location') return { entity: m.entity, first: m.first, last: m.last, mention: m };
      return undefined;
    }
    // A target ("attacked Odesa") may be a place; an addressee may not.
    if (kind === 'target' && m.entity.type === 'Location' && !m.actor) return { entity: m.entity, first: m.first, last: m.last, mention: m };
    const e = m.actor ?? m.entity;
    if (e.type === 'Location' || e.type === 'Event') return undefined;
    // A possessive actor followed by a head noun is the actor ("Russia's foreign ministry").
    const h = m.last < hi && tokens[m.last - 1].possessive ? headStartingAt(tokens, m.last, lex, hi) : 0;
    return { entity: e, first: m.first, last: m.last + h, mention: m };
  }
  const d = rec.demonyms.get(k);
  if (d && d.first === k) {
    if (kind !== 'place' && personAfterTitle(k, rec) !== undefined) return 'skip';
    const h = headStartingAt(tokens, d.last, lex, hi);
    if (h && kind !== 'place') return { entity: d.ref, first: k, last: d.last + h };
    // "the Russian and US delegations": coordinated qualifiers share the head after the last one.
    return kind !== 'place' && sharesHead(tokens, d.last, rec, lex, hi) ? { entity: d.ref, first: k, last: d.last } : undefined;
  }
  return undefined;
}

/** Is the trigger at `first` a passive ("was criticized by")? */
export function isPassive(tokens: Token[], first: number, clause: Clause, lex: EnLexicon): boolean {
  let k = first - 1;
  while (k >= clause.first && (tokens[k].tags.has('Adverb') || tokens[k].norm === 'also')) k--;
  return k >= clause.first && lex.fw.be.has(tokens[k].norm) && /ed$|en$|wn$|ck$|ht$/.test(tokens[first].norm);
}

/** Is token k "and/or" + a demonym or country followed by an actor head ("… and US delegations")? */
function sharesHead(tokens: Token[], k: number, rec: Recognized, lex: EnLexicon, hi: number): boolean {
  if (k + 1 >= hi || (tokens[k].norm !== 'and' && tokens[k].norm !== 'or')) return false;
  const m = rec.at[k + 1],
    d = rec.demonyms.get(k + 1);
  const last = m && m.first === k + 1 && (m.actor ?? m.entity).type === 'Country' ? m.last : d && d.first === k + 1 ? d.last : 0;
  return last > 0 && !tokens[last - 1].possessive && headStartingAt(tokens, last, lex, hi) > 0;
}
