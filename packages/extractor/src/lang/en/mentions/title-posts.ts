/**
 * Entity pass 2: titles and the posts they make ("Russian Foreign Minister Sergei Lavrov",
 * "NATO Secretary General X", "U.S. Secretary of State X", "Russia's foreign minister X",
 * "former President X"): a person plus the post they hold, in what country or organization.
 */
import type { Token } from '../tokens.js';
import type { GazetteerScan } from '../actors.js';
import type { EntityRef, Post } from '../model.js';
import { personMention, put, tokenRange, type Draft } from './draft.js';
import { nameRun } from './name-words.js';
import { afterDestination, lowerTitleAt, prefixAt, qualifierBefore } from './title-words.js';

// Module-level: the worker build (esbuild, target node20.10) turns a \p{…} regex literal into
// `new RegExp(…)`, which inside a function would build one per call.
const LOWER_WORD = /^\p{Ll}+$/u;

interface TitleSpan {
  last: number;
  canonical: string;
}

export function titlePosts(d: Draft, scan: GazetteerScan): Post[] {
  const { tokens, at, gaz, lex, demonyms, titleTokens, known, mentions } = d;
  const titleAt = new Map<number, TitleSpan>();
  const isModifier = (t: Token): boolean => gaz.title(t.text)?.kind === 'modifier';
  const formerEndingAt = new Map<number, number>(); // last token of a "former" modifier → its first token
  for (const tm of scan.titles) {
    if (tm.title.lang !== 'en') continue;
    const r = tokenRange(d, tm.start, tm.end);
    if (!r || r.some((k) => at[k] && at[k]!.entity.type !== 'Person')) continue;
    if (tm.title.kind === 'modifier' && tm.title.canonical === 'former') formerEndingAt.set(r[1] - 1, r[0]);
    if (tm.title.kind !== 'title') continue;
    titleAt.set(r[0], { last: r[1], canonical: tm.title.canonical });
    for (let k = r[0]; k < r[1]; k++) titleTokens.add(k);
  }
  // A capitalised prefix before a title ("Chinese Vice Foreign Minister X") belongs to it.
  for (const [i, title] of [...titleAt]) {
    for (let n = 2; n >= 1; n--) {
      const p = i - n >= 0 ? prefixAt(tokens, i - n, lex, n) : undefined;
      if (!p || p.last !== i || !tokens[i - n].cap || at[i - n] || titleAt.has(i - n)) continue;
      titleAt.delete(i);
      titleAt.set(i - n, { last: title.last, canonical: `${p.canonical} ${title.canonical}` });
      for (let j = i - n; j < i; j++) titleTokens.add(j);
      break;
    }
  }
  // Lower-case titles after a qualifier ("Russia's foreign minister Sergei Lavrov"): the shared
  // matcher wants capitals, so they are looked up here, only when a capitalised name follows.
  for (let k = 0; k < tokens.length; k++) {
    const q = at[k] ?? undefined;
    const isQualifier = (q && q.last - 1 === k && q.entity.type !== 'Person' && q.entity.type !== 'Event') || demonyms.get(k)?.last === k + 1;
    if (!isQualifier) continue;
    // A modifier may stand between ("Russia's former president …").
    const s = tokens[k + 1] && isModifier(tokens[k + 1]) ? k + 2 : k + 1;
    if (titleAt.has(s)) continue;
    const hit = lowerTitleAt(tokens, s, gaz, lex);
    // The name must follow in the same sentence ("… with the Russian leader. Erdogan and …" is none).
    if (!hit || !/^ $/.test(tokens[hit.last - 1].post) || !tokens[afterDestination(tokens, at, hit.last)]?.cap) continue;
    titleAt.set(s, { last: hit.last, canonical: hit.canonical });
    for (let j = s; j < hit.last; j++) titleTokens.add(j);
  }
  // A lower-case title right before a known person who holds that post ("press secretary Sarah
  // Sanders"): the people gazetteer vouches for it, so no qualifier is needed.
  for (const m of mentions) {
    const p = m.entity.type === 'Person' ? known.get(m.entity.id) : undefined;
    const before = tokens[m.first - 1];
    if (!p || !before || before.cap || !/^ $/.test(before.post) || !LOWER_WORD.test(before.text)) continue;
    for (let s = Math.max(0, m.first - 4); s < m.first; s++) {
      if (titleAt.has(s) || titleTokens.has(s) || at[s] || tokens[s].cap) continue;
      const hit = lowerTitleAt(tokens, s, gaz, lex);
      if (!hit || hit.last !== m.first || !p.posts.some((post) => post.title.toLowerCase() === hit.canonical.toLowerCase())) continue;
      titleAt.set(s, { last: hit.last, canonical: hit.canonical });
      for (let j = s; j < hit.last; j++) titleTokens.add(j);
      break;
    }
  }
  const posts: Post[] = [];
  for (const [i, title] of titleAt) {
    let k = title.last;
    const q = qualifierBefore(tokens, at, demonyms, i > 0 && isModifier(tokens[i - 1]) ? i - 1 : i);
    let of: EntityRef | undefined = q?.ref;
    // "Secretary of State" is one title; "Secretary General of NATO" / "President of Ukraine" take "of X".
    if (tokens[k]?.norm === 'of' && at[k + 1] && at[k + 1]!.entity.type !== 'Person') {
      of ??= at[k + 1]!.actor ?? at[k + 1]!.entity;
      k = at[k + 1]!.last;
    }
    k = afterDestination(tokens, at, k);
    // A known person already read there ("Foreign Minister Sergei Lavrov") takes the title.
    const seen = at[k]?.first === k && at[k]!.entity.type === 'Person' ? at[k] : undefined;
    const nameEnd = seen ? seen.last : nameRun(tokens, at, titleTokens, k, tokens.length, lex.nameParticles);
    if (nameEnd === k) continue;
    const m = seen ?? personMention(d, k, nameEnd);
    if (!seen) put(d, m);
    // "former (Russian) President X": the post is a past one and says so.
    let first = q ? q.first : i;
    const isFormer = (j: number): boolean =>
      j >= 0 && (formerEndingAt.has(j) || (gaz.title(tokens[j].text)?.kind === 'modifier' && gaz.title(tokens[j].text)?.canonical === 'former'));
    const former = isFormer(first - 1) ? first - 1 : isFormer(i - 1) ? i - 1 : undefined;
    if (former !== undefined) first = Math.min(first, former);
    const titleName = former !== undefined ? `former ${title.canonical}` : title.canonical;
    posts.push({
      person: m,
      title: titleName,
      ...(of ? { of } : {}),
      first,
      last: nameEnd,
      ...(lex.relationalTitles.has(title.canonical) ? { relational: true } : {}),
    });
  }
  return posts;
}
