/** Entity pass: people of the people gazetteer named in full ("Xi Jinping", "Raúl Castro"), persons even with no title or cue. */
import { put, type Draft } from './draft.js';
import { nameRun } from './name-words.js';
import { knownRef } from './people.js';

export function knownPeople(d: Draft): void {
  const { text, tokens, at, gaz, lex, demonyms, persons, known } = d;
  for (const s of d.tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || !tokens[i].cap || demonyms.has(i) || !gaz.people?.startsName(tokens[i].norm)) continue;
      // No title is read yet: d.titleTokens is empty.
      const end = nameRun(tokens, at, d.titleTokens, i, s.last, lex.nameParticles);
      for (let n = Math.min(end - i, 4); n >= 2; n--) {
        const surface = text.slice(tokens[i].start, tokens[i + n - 1].end).replace(/['’]s?$/, '');
        const p = gaz.people.byName(surface);
        if (!p) continue;
        const ref = knownRef(p);
        known.set(ref.id, p);
        persons.set(surface, ref);
        put(d, { first: i, last: i + n, start: tokens[i].start, end: tokens[i].start + surface.length, text: surface, entity: ref });
        i += n - 1;
        break;
      }
    }
  }
}
