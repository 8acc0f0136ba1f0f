/**
 * A meeting held in one side's capital is a visit by the other side's person: "Tổng thống Hàn Quốc X và Thủ
 * tướng Nhật Bản Y đã hội đàm tại Tokyo" → X VISIT Japan. Only when the sentence names exactly one
 * capital as a place, one side acts for that capital's country and the other for another country
 * (a summit in a third country's city gives no visit).
 */
import type { Sighting } from '../../../relations/build.js';
import type { DocumentModel, SentenceModel } from '../model.js';
import { personCountry } from '../mentions/sides.js';
import { clauseCues } from '../clauses/cues.js';

/** One more inference than the meeting it comes from. */
const HOST_PENALTY = 0.15;

export function hostVisits(model: DocumentModel, s: SentenceModel, sightings: Sighting[]): Sighting[] {
  const capitals = new Set(s.units.flatMap((u) => (u.type === 'Location' && model.capitalOf.has(u.id) ? [model.capitalOf.get(u.id)!] : [])));
  if (capitals.size !== 1) return [];
  const host = [...capitals][0]!;
  const out: Sighting[] = [];
  for (const r of sightings) {
    if (r.predicate !== 'MEET' || r.negated) continue;
    const a = countryOf(model, r.subject),
      b = countryOf(model, r.object);
    if (!a || !b || a === b) continue;
    const visitor = a === host ? r.object : b === host ? r.subject : undefined;
    if (visitor && model.entities.type(visitor) === 'Person')
      out.push({ ...r, subject: visitor, predicate: 'VISIT', object: host, topic: undefined, confidence: r.confidence - HOST_PENALTY });
  }
  return out;
}

function countryOf(model: DocumentModel, id: string): string | undefined {
  return model.entities.type(id) === 'Country' ? id : personCountry(model, id);
}

/**
 * "Lễ đón chính thức X (và đoàn …) được tổ chức … tại thủ đô Y": the guests of a welcome ceremony
 * held in a capital visit its country. The guests are the persons named right after the cue, before
 * the clause goes on; only persons of another country than the host's.
 */
export function welcomeVisits(model: DocumentModel, s: SentenceModel): Sighting[] {
  const welcome = clauseCues().welcome;
  const capitals = new Set(s.units.flatMap((u) => (u.type === 'Location' && model.capitalOf.has(u.id) ? [model.capitalOf.get(u.id)!] : [])));
  if (capitals.size !== 1) return [];
  const host = [...capitals][0]!;
  if (!model.entities.has(host)) return []; // a country the text never names is no entity of it
  const out: Sighting[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const cue = welcome.at(tokens, i);
    if (!cue) continue;
    const guest = s.units.find((u) => u.first === cue.end && u.type === 'Person');
    const country = guest && personCountry(model, guest.id);
    if (guest && country && country !== host)
      out.push({
        subject: guest.id,
        predicate: 'VISIT',
        object: host,
        negated: false,
        attributedTo: null,
        confidence: 0.7,
        evidence: { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end },
      });
    i = cue.end - 1;
  }
  return out;
}
