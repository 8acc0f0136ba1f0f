/**
 * HOLDS_POSITION from title phrases: "Ngoại trưởng Nga Sergei Lavrov" → Sergei Lavrov
 * HOLDS_POSITION Russia, topic "Foreign Minister". Former posts ("cựu Thủ tướng") are
 * not current positions and give none; a counterpart ("người đồng cấp Nga X") holds the
 * post of the other person named in the sentence.
 */
import type { Sighting } from '../../../relations/build.js';
import type { DocumentModel } from '../model.js';

export function positionSightings(model: DocumentModel): Sighting[] {
  const out: Sighting[] = [];
  for (const { sentence, phrase, id, title } of model.phrases) {
    const s = model.sentences[sentence]!;
    if (!s.prose || !title || !phrase.affiliation || phrase.former) continue;
    if (!model.entities.isKept(phrase.affiliation) && !model.entities.has(phrase.affiliation)) continue;
    for (const topic of [title, ...(phrase.also ?? [])])
      for (const object of phrase.country ? [phrase.affiliation, phrase.country] : [phrase.affiliation]) {
        out.push({
          subject: id,
          predicate: 'HOLDS_POSITION',
          object,
          topic,
          negated: false,
          attributedTo: null,
          confidence: phrase.counterpart ? 0.75 : 0.9,
          evidence: { doc: model.doc.id, sentence: s.sentence.text, start: s.sentence.start, end: s.sentence.end },
        });
      }
  }
  return out;
}
