/**
 * The entities of one document: every mention with offsets, aliases, canonical names.
 * An entity is kept only if it is mentioned in at least one prose sentence, so names
 * that appear only in headings, captions without a full stop or teaser lists do not
 * become entities.
 */
import type { EntityType } from '../../../schema.js';
import type { EntityMention, LocalEntity } from '../../../types.js';

interface Draft {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  aliases: Set<string>;
  mentions: Map<number, EntityMention>;
  prose: boolean;
}

export class EntityTable {
  private readonly drafts = new Map<string, Draft>();

  ensure(id: string, name: string, type: EntityType, wikidata?: string): void {
    if (!this.drafts.has(id)) this.drafts.set(id, { id, name, type, wikidata, aliases: new Set(), mentions: new Map(), prose: false });
  }

  has(id: string): boolean {
    return this.drafts.has(id);
  }
  type(id: string): EntityType | undefined {
    return this.drafts.get(id)?.type;
  }
  name(id: string): string | undefined {
    return this.drafts.get(id)?.name;
  }
  rename(id: string, name: string): void {
    const d = this.drafts.get(id);
    if (d) d.name = name;
  }

  /** Records a mention [start, end) with its surface text; `prose` marks it as seen in running text. */
  mention(id: string, start: number, end: number, text: string, prose: boolean): void {
    const d = this.drafts.get(id);
    if (!d) throw new Error(`kg vi: mention of unknown entity "${id}"`);
    d.aliases.add(text);
    if (!d.mentions.has(start)) d.mentions.set(start, { start, end, text, entity: id });
    d.prose ||= prose;
  }

  isKept(id: string): boolean {
    return Boolean(this.drafts.get(id)?.prose);
  }

  /** Entities seen in prose, mentions in text order. */
  list(): LocalEntity[] {
    return [...this.drafts.values()]
      .filter((d) => d.prose)
      .map((d) => ({
        id: d.id,
        name: d.name,
        type: d.type,
        aliases: [...d.aliases],
        ...(d.wikidata ? { wikidata: d.wikidata } : {}),
        mentions: [...d.mentions.values()].sort((a, b) => a.start - b.start),
      }));
  }
}
