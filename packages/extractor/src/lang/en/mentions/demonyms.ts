/** Entity pass: demonyms ("Russian", "North Korean") resolved to their country, under their first and last token. */
import { refOf, type Draft } from './draft.js';
import type { Demonym } from '../model.js';

export function findDemonyms(d: Draft): void {
  const { text, tokens, at, gaz, demonyms } = d;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (at[k] || !t.cap || t.possessive) continue;
    const next = tokens[k + 1];
    const two = next && next.cap && !next.possessive && !at[k + 1] && t.post === ' ' ? gaz.demonym(`${t.text} ${next.text}`) : undefined;
    const e = two ?? gaz.demonym(t.text);
    if (!e) continue;
    const last = two ? k + 2 : k + 1;
    const dem: Demonym = { ref: refOf(e), first: k, last, start: t.start, end: tokens[last - 1].end, text: text.slice(t.start, tokens[last - 1].end) };
    demonyms.set(k, dem);
    demonyms.set(last - 1, dem);
    k = last - 1;
  }
}
