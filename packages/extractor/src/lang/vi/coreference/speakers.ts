/**
 * Speakers of quotations. A quotation may span several sentences and its speaker is named where it
 * closes ("…," X nói), so speakers are found over the whole document before units are built; "we"
 * inside a quotation then stands for the speaker's country or body.
 */
import type { EntityType } from '../../../schema.js';
import type { Annotated } from '../mentions/annotate.js';
import type { Unit } from '../model.js';
import { viLexicon } from '../lexicon.js';
import type { PersonEntities } from '../mentions/person-entities.js';
import type { KnownHit } from '../resources.js';

const QUOTES = /["“”]/u;

export interface QuoteSpeakers {
  /** Sentence index → 1 when a quotation opened earlier is still open at its start. */
  openAtStart: Uint8Array;
  /** Sentence index → the speaker of the quotation it lies in (when the closing sentence names one). */
  speaker: Map<number, string>;
}

/** Quotations spanning several sentences: the speaker named where the quotation closes speaks for all of them. */
export function quoteSpeakers(annotated: Annotated[], people: PersonEntities): QuoteSpeakers {
  const speaker = new Map<number, string>();
  const openAtStart = new Uint8Array(annotated.length);
  let open = false,
    from = -1;
  annotated.forEach((a, k) => {
    openAtStart[k] = open ? 1 : 0;
    const startedOpen = open;
    for (const t of a.tokens) if (QUOTES.test(t.text)) open = !open;
    if (!startedOpen && open) from = k;
    if (startedOpen && !open) {
      const id = speakerAfterQuote(a, people);
      if (id) for (let q = from; q <= k; q++) speaker.set(q, id);
    }
  });
  return { openAtStart, speaker };
}

const knownSide = (h: KnownHit): string | undefined => (h.type === 'Country' || h.type === 'Organization' ? h.id : h.seatOf);

/** In the sentence that closes a quotation: the entity named right before a speech verb after the closing quote. */
function speakerAfterQuote(a: Annotated, { clusterOf, idOf, persons }: PersonEntities): string | undefined {
  const lex = viLexicon();
  const { tokens } = a;
  let lastQuote = -1;
  tokens.forEach((t, i) => {
    if (QUOTES.test(t.text)) lastQuote = i;
  });
  for (let i = lastQuote + 1; i < tokens.length; i++) {
    if (!lex.attribution.speech.at(tokens, i)) continue;
    const p = a.persons.find((x) => x.last === i - 1);
    if (p) {
      const c = clusterOf.get(p.name);
      return c ? idOf.get(c) : undefined;
    }
    const r = a.roles.find((x) => x.last === i - 1);
    if (r && r.title && !r.counterpart) {
      const c = persons.byPost(r.title, r.affiliation);
      return c ? idOf.get(c) : undefined;
    }
    const k = a.known.find((x) => x.last === i - 1);
    return k ? knownSide(k.hit) : undefined;
  }
  return undefined;
}

/**
 * "…chúng tôi…", X cho biết / X nói: "…chúng tôi…": "we" inside the quotation of a speaker named in
 * the same sentence stands for the speaker's country or body (when it has exactly one).
 */
export function quotedWe(
  a: Annotated,
  units: Unit[],
  take: (u: Unit) => void,
  sideOf: (id: string) => { id: string; type: EntityType } | undefined,
  startsOpen: boolean,
  groupSpeaker: string | undefined,
): void {
  const lex = viLexicon();
  const { tokens } = a;
  const quote = tokens.map((t) => QUOTES.test(t.text));
  if (!startsOpen && !quote.some(Boolean)) return;
  // inside[i]: token i lies between an opening and a closing quote mark
  const inside = new Uint8Array(tokens.length);
  let open = startsOpen;
  for (let i = 0; i < tokens.length; i++) {
    if (quote[i]) open = !open;
    else if (open) inside[i] = 1;
  }
  let speaker: string | undefined = groupSpeaker;
  for (let i = 0; i < tokens.length && !speaker; i++) {
    if (inside[i] || !lex.attribution.speech.at(tokens, i)) continue;
    speaker = units.find((u) => u.last === i - 1 && u.via !== 'anaphor')?.id;
  }
  const side = speaker && sideOf(speaker);
  if (!side) return;
  for (let i = 0; i < tokens.length; i++) {
    const we = inside[i] ? lex.cues.we.at(tokens, i) : undefined;
    if (!we || units.some((u) => u.first <= i && i <= u.last)) continue;
    take({ first: i, last: we.end - 1, id: side.id, type: side.type, via: 'anaphor' });
    i = we.end - 1;
  }
}
