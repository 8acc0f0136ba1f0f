/**
 * Stage 3, mentions: the words and sentences in; entity mentions, posts, demonyms, groups and
 * delegations out (`recognize`; the types in model.ts). Passes in mentions/.
 *
 * The passes, in order:
 *  1. gazetteer hits (countries, organizations, seats, places);
 *  2. titles ("Russian Foreign Minister Sergei Lavrov", "NATO Secretary General Jens
 *     Stoltenberg", "U.S. Secretary of State X") → a person plus the post they hold;
 *  3. untitled names whose first word is a known given name ("Hillary Clinton") or
 *     that stand before a reporting verb ("Wang Yi said");
 *  4. surnames alone ("Lavrov said") resolve to a person named in full in the document.
 * Precision first: an unknown capitalised phrase with no such cue is not an entity.
 */
import type { Tokenized } from './tokens.js';
import type { Gazetteer } from './actors.js';
import type { EnLexicon } from './lexicon.js';
import type { Group, Recognized } from './model.js';
import { newDraft, put } from './mentions/draft.js';
import { knownEntities } from './mentions/known-entities.js';
import { findGroups, groupMention } from './mentions/groups.js';
import { findDemonyms } from './mentions/demonyms.js';
import { governmentBodies } from './mentions/bodies.js';
import { knownPeople } from './mentions/known-people.js';
import { titlePosts } from './mentions/title-posts.js';
import { cuedPlaces, featurePlacesAndEvents } from './mentions/places.js';
import { untitledNames } from './mentions/untitled-names.js';
import { loneSurnames, surnames } from './mentions/surnames.js';
import { appositivePost } from './mentions/appositives.js';
import { lowerTitleAt } from './mentions/title-words.js';
import { findDelegations } from './mentions/delegations.js';

/** Runs every pass over a tokenized document, in order: each reads what the earlier ones found. */
export function recognize(text: string, tok: Tokenized, gaz: Gazetteer, lex: EnLexicon): Recognized {
  const d = newDraft(text, tok, gaz, lex);
  const { tokens, at, demonyms, titleTokens, mentions, known } = d;
  const scan = gaz.scan(text);
  // 1. Gazetteer hits and the acronyms the text defines.
  knownEntities(d, scan);
  // Groups the text defines by their members ("the E3 (France, Germany and Britain)"), and their later uses.
  const groups: Group[] = [];
  for (const g of findGroups(tokens, at, lex.fw['group-noun'])) {
    const org = groupMention(g.name);
    put(d, org);
    groups.push({ org, members: g.members });
    for (const t of tokens) if (!at[t.i] && t.text === g.name.text) put(d, { ...groupMention(t), entity: org.entity });
  }
  findDemonyms(d);
  // Government bodies the gazetteer lacks ("the Indian Ministry of External Affairs").
  for (const m of governmentBodies(text, tokens, at, demonyms, lex)) put(d, m);
  knownPeople(d);
  // 2. Titles.
  const posts = titlePosts(d, scan);
  // Places named by a feature noun ("Sabina Shoal") and named events, before any person pass.
  const named = featurePlacesAndEvents(text, tokens, tok.sentences, at, demonyms, lex);
  for (const m of named.own) put(d, m);
  // 3. Untitled names; 4. surnames alone.
  untitledNames(d);
  surnames(d);
  loneSurnames(d);
  // Unknown names after "in/at/near" and datelines are places once no person or organization took them.
  for (const m of cuedPlaces(text, tokens, tok.sentences, at, demonyms, titleTokens, lex)) put(d, m);
  // Events named after a known organization ("the G20 summit") stand beside it.
  mentions.push(...named.beside);

  // 5. Appositive titles: "Sergei Lavrov, Russia's foreign minister, …", "Lavrov, the Russian foreign minister,".
  for (const m of [...mentions]) {
    const post = appositivePost(m, tokens, at, demonyms, posts, (k) => lowerTitleAt(tokens, k, gaz, lex), known.has(m.entity.id));
    if (!post) continue;
    for (let j = m.last; j < post.last; j++) if (!at[j] && !demonyms.has(j) && !/^(the|a|an|to)$/.test(tokens[j].norm)) titleTokens.add(j);
    posts.push(post);
  }

  mentions.sort((a, b) => a.start - b.start);
  const delegations = findDelegations(tokens, at, demonyms, posts, lex);
  return { at, mentions, posts, demonyms, titleTokens, groups, known, delegations };
}
