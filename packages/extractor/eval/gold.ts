/** The gold annotation format (see README.md) and its loader. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { EntityType, Predicate, formatIssues } from '../src/schema.js';

const oneOrMany = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

export const GoldEntity = z.object({
  name: z.string().min(1),
  type: oneOrMany(EntityType),
  surfaces: z.array(z.string().min(1)),
  optional: z.boolean().default(false),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.object({
  subject: oneOrMany(z.string().min(1)),
  predicate: oneOrMany(Predicate),
  object: oneOrMany(z.string().min(1)),
  topic: z.string().optional(),
  negated: z.boolean().default(false),
  optional: z.boolean().default(false),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldDoc = z
  .object({
    id: z.string().min(1),
    entities: z.array(GoldEntity),
    relations: z.array(GoldRelation),
  })
  .superRefine((g, ctx) => {
    const names = new Set(g.entities.map((e) => e.name));
    g.relations.forEach((r, i) => {
      for (const side of ['subject', 'object'] as const)
        for (const n of r[side]) if (!names.has(n)) ctx.addIssue({ code: 'custom', path: ['relations', i, side], message: `no gold entity named "${n}"` });
    });
  });
export type GoldDoc = z.infer<typeof GoldDoc>;

/** Parses one gold file; the error names the file and the field. */
export function parseGold(text: string, file: string): GoldDoc {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`kg eval: ${file}: not JSON (${(e as Error).message})`);
  }
  const r = GoldDoc.safeParse(json);
  if (!r.success) throw new Error(`kg eval: ${file}: ${formatIssues(r.error).join('; ')}`);
  return r.data;
}

/** Every gold/<id>.json in `dir`, keyed by document id. */
export async function loadGold(dir: string): Promise<Map<string, GoldDoc>> {
  const out = new Map<string, GoldDoc>();
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()) {
    const g = parseGold(await readFile(join(dir, f), 'utf8'), join(dir, f));
    out.set(g.id, g);
  }
  return out;
}
