/** Entity pass 3: untitled names, a given name followed by capitalised words ("Hillary Clinton") or a name before a reporting verb ("Wang Yi said"). */
import { personMention, put, type Draft } from './draft.js';
import { isGivenName, nameRun, notName } from './name-words.js';

export function untitledNames(d: Draft): void {
  const { tokens, at, gaz, lex, demonyms, titleTokens } = d;
  for (const s of d.tok.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (at[i] || titleTokens.has(i) || notName(tokens[i]) || demonyms.has(i) || gaz.title(tokens[i].text)?.kind === 'honorific') continue;
      const end = nameRun(tokens, at, titleTokens, i, s.last, lex.nameParticles);
      if (end - i < 2) continue;
      const cue = isGivenName(tokens[i]) || lex.reportVerbs.has(tokens[end]?.norm ?? '');
      if (cue && !tokens.slice(i, end).some((t) => lex.headWords.has(t.norm))) put(d, personMention(d, i, end));
      i = end - 1;
    }
  }
}
