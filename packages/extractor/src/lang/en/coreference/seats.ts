/**
 * Turns the recognised mentions and relations of one document into the plugin's
 * output: one LocalEntity per id with every surface as alias and every mention's
 * offsets. A seat of government ("Moscow", "the Kremlin") is its country where it
 * acts in a relation or stands as an actor (not after "in/at/to/from", not a
 * dateline), and the place itself otherwise.
 */
import type { LocalEntity } from '../../../types.js';
import type { Token, TokSentence } from '../tokens.js';
import type { EntityRef, TokMention } from '../model.js';
import { sentenceOf } from '../sentences.js';

/** The entity a mention stands for in the output. */
export function resolveMention(
  m: TokMention,
  tokens: Token[],
  sentences: TokSentence[],
  usedAsActor: Set<TokMention>,
  placePreps: ReadonlySet<string>,
): EntityRef {
  if (!m.actor) return m.entity;
  if (usedAsActor.has(m)) return m.actor;
  const prev = tokens[m.first - 1];
  const isDateline =
    sentenceOf(sentences, m.first)?.first === m.first && /,|—/.test(tokens[m.last - 1].post) && tokens[m.first].text === tokens[m.first].text.toUpperCase();
  if (isDateline || (prev && placePreps.has(prev.norm))) return m.entity;
  return m.actor;
}

/** Groups mentions into LocalEntities (aliases in order of first sight). */
export function collectEntities(mentions: Array<{ ref: EntityRef; start: number; end: number; text: string }>): LocalEntity[] {
  const byId = new Map<string, LocalEntity>();
  for (const m of mentions) {
    let e = byId.get(m.ref.id);
    if (!e) {
      e = { id: m.ref.id, name: m.ref.name, type: m.ref.type, aliases: [], mentions: [] };
      if (m.ref.wikidata) e.wikidata = m.ref.wikidata; // last, as the spread put it
      byId.set(m.ref.id, e);
    }
    if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    e.mentions.push({ start: m.start, end: m.end, text: m.text, entity: m.ref.id });
  }
  return [...byId.values()];
}
