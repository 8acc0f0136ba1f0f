/**
 * The graph contract (docs/contract.md) as zod schemas: the single source of
 * truth for what `kg extract` writes and what every other part reads.
 * Extend with optional fields only; never rename or drop a field.
 */
import { z } from 'zod';
import predicateTable from '../data/predicates.json' with { type: 'json' };

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Location', 'Event'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const PREDICATES = [
  'HOLDS_POSITION',
  'MEMBER_OF',
  'JOIN',
  'MEET',
  'CALL',
  'VISIT',
  'COOPERATE',
  'DISAGREE',
  'OPPOSE',
  'CRITICIZE',
  'ACCUSE',
  'THREATEN',
  'WARN',
  'DEMAND',
  'PROPOSE',
  'REJECT',
  'SUPPORT',
  'AID',
  'SANCTION',
  'DEPLOY',
  'ATTACK',
  'CONFLICT',
] as const;
export const Predicate = z.enum(PREDICATES);
export type Predicate = z.infer<typeof Predicate>;

/** CAMEO root code and quad class of each predicate, from data/predicates.json. */
export const QuadClass = z.enum(['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict', 'neutral']);
export type QuadClass = z.infer<typeof QuadClass>;
export const PredicateInfo = z.object({
  predicate: Predicate,
  symmetric: z.boolean(),
  cameo: z.string(),
  quadClass: QuadClass,
  label: z.string(),
});
export type PredicateInfo = z.infer<typeof PredicateInfo>;
export const PREDICATE_INFO: Record<Predicate, PredicateInfo> = Object.fromEntries(
  z
    .array(PredicateInfo)
    .parse(predicateTable.predicates)
    .map((p) => [p.predicate, p]),
) as Record<Predicate, PredicateInfo>;
export const isSymmetric = (p: Predicate): boolean => PREDICATE_INFO[p].symmetric;

/** A partial ISO 8601 date: 2011-07-13, 2011-07, 2011, --07-13 (month-day, year unknown). */
export const PartialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'a partial ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD)');

export const Document = z.object({
  id: z.string().min(1),
  path: z.string(),
  title: z.string(),
  lang: z.enum(['vi', 'en']),
  published: z.string().nullable(),
  /** Extension: the cleaned text the offsets point into (for viewers that show evidence in context). */
  text: z.string().optional(),
});
export type Document = z.infer<typeof Document>;

export const Mention = z.object({
  doc: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  mentions: z.array(Mention).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const Evidence = z.object({
  doc: z.string(),
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Relation = z.object({
  subject: z.string().min(1),
  predicate: Predicate,
  object: z.string().min(1),
  topic: z.string().optional(),
  date: PartialDate.optional(),
  negated: z.boolean(),
  attributedTo: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence).min(1),
});
export type Relation = z.infer<typeof Relation>;

export const Graph = z
  .object({
    version: z.literal(1),
    documents: z.array(Document),
    entities: z.array(Entity),
    relations: z.array(Relation),
  })
  .superRefine((g, ctx) => {
    const docs = new Set<string>();
    g.documents.forEach((d, i) => {
      if (docs.has(d.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `duplicate document id "${d.id}"` });
      docs.add(d.id);
    });
    const ids = new Set<string>();
    g.entities.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${e.id}"` });
      ids.add(e.id);
      e.mentions.forEach((m, j) => {
        if (!docs.has(m.doc)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'mentions', j, 'doc'], message: `unknown document "${m.doc}"` });
      });
    });
    g.relations.forEach((r, i) => {
      for (const side of ['subject', 'object'] as const)
        if (!ids.has(r[side])) ctx.addIssue({ code: 'custom', path: ['relations', i, side], message: `no entity with id "${r[side]}"` });
      if (r.subject === r.object) ctx.addIssue({ code: 'custom', path: ['relations', i, 'object'], message: 'subject equals object' });
      if (r.attributedTo !== null && !ids.has(r.attributedTo))
        ctx.addIssue({ code: 'custom', path: ['relations', i, 'attributedTo'], message: `no entity with id "${r.attributedTo}"` });
      r.evidence.forEach((ev, j) => {
        if (!docs.has(ev.doc)) ctx.addIssue({ code: 'custom', path: ['relations', i, 'evidence', j, 'doc'], message: `unknown document "${ev.doc}"` });
      });
    });
  });
export type Graph = z.infer<typeof Graph>;

/** Key under which relations are merged: one object per (subject, predicate, object, topic, negated). */
export function relationKey(r: Pick<Relation, 'subject' | 'predicate' | 'object' | 'topic' | 'negated'>): string {
  return `${r.subject}\u0000${r.predicate}\u0000${r.object}\u0000${r.topic ?? ''}\u0000${r.negated}`;
}

/** Formats zod issues as "path: message" lines, for error messages that name the field. */
export function formatIssues(error: z.ZodError, max = 20): string[] {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines;
}
