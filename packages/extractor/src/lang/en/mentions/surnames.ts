/**
 * Entity pass 4: surnames alone. A short form of a full name seen anywhere in the document is
 * that person: the last word ("Lavrov"), or the first when that is not a given name (family
 * name first: "Xi" of "Xi Jinping"); a short form shared by two people is dropped. A lone
 * surname with no full name, as a speaker ("Putin said", "…, said Putin.") or after an
 * honorific ("Mr Putin"), is a person named by that one word, for the corpus merge to join to a full name.
 */
import { lexiconTags, type Token } from '../tokens.js';
import type { EntityRef } from '../model.js';
import { personRef, put, type Draft } from './draft.js';
import { isDateUse, isGivenName, isLoneSurname } from './name-words.js';

export function surnames(d: Draft): void {
  const { tokens, at, lex, persons } = d;
  const bySurname = new Map<string, EntityRef>();
  const index = (key: string, p: EntityRef): void => {
    bySurname.set(key, bySurname.has(key) && bySurname.get(key)!.id !== p.id ? { ...p, id: '' } : p);
  };
  for (const [surface, p] of persons) {
    const parts = surface.split(/\s+/).filter((w) => !lex.nameParticles.has(w));
    if (parts.length < 2) continue;
    index(parts[parts.length - 1], p);
    if (!isGivenName({ tags: lexiconTags(parts[0].toLowerCase()) } as Token)) index(parts[0], p);
  }
  if (bySurname.size)
    for (const t of tokens) {
      if (at[t.i] || !t.cap || isDateUse(tokens, t.i)) continue;
      const base = withoutPossessive(t.text);
      const p = bySurname.get(base);
      if (p && p.id) put(d, { first: t.i, last: t.i + 1, start: t.start, end: t.start + base.length, text: base, entity: p });
    }
}

export function loneSurnames(d: Draft): void {
  const { tokens, at, gaz, lex, demonyms, titleTokens } = d;
  const lone = new Map<string, EntityRef>();
  for (const s of d.tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || !isLoneSurname(tokens, i, s.first, lex, demonyms, titleTokens)) continue;
      const next = tokens[i + 1],
        prev = tokens[i - 1];
      const before = next && !next.cap && lex.reportVerbs.has(next.norm) && !/[^\s]/.test(tokens[i].post);
      const after = prev && i > s.first && lex.reportVerbs.has(prev.norm) && (i + 1 === s.last || /[,.;]/.test(tokens[i].post));
      // "Mr Putin", "Dr Tedros": an honorific marks a person.
      const honorific =
        prev && i > s.first && gaz.title(prev.text)?.kind === 'honorific' && /^\.? $/.test(prev.post) && !(next?.cap && /^ $/.test(tokens[i].post));
      if (!before && !after && !honorific) continue;
      const name = tokens[i].text.replace(/['’]s?$/, '');
      if (!lone.has(name)) lone.set(name, personRef(d, name));
    }
  }
  if (lone.size)
    for (const t of tokens) {
      const base = withoutPossessive(t.text);
      const p = lone.get(base);
      if (p && !at[t.i] && !isDateUse(tokens, t.i)) put(d, { first: t.i, last: t.i + 1, start: t.start, end: t.start + base.length, text: base, entity: p });
    }
}

/** `word.replace(/['’]s?$/, '')` without a regex: these loops run it on every token. */
function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, -1);
  const before = word.charCodeAt(n - 2);
  return last === 115 && (before === 39 || before === 0x2019) ? word.slice(0, -2) : word;
}
