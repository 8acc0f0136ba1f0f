import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGraph } from '../../src/check.js';
import { ENTITY_TYPES, PREDICATES, PREDICATE_INFO, type Graph } from '../../src/schema.js';

const ROOT = new URL('../../../../', import.meta.url).pathname;
const contract = readFileSync(join(ROOT, 'docs/contract.md'), 'utf8');

describe('docs/contract.md is in step with the zod schemas', () => {
  it('lists exactly the entity types of the schema', () => {
    const line = contract.split('\n').find((l) => l.startsWith('Entity types:'))!;
    expect(
      line
        .replace('Entity types:', '')
        .replace(/\.$/, '')
        .split(',')
        .map((s) => s.trim()),
    ).toEqual([...ENTITY_TYPES]);
  });

  it('has one predicate row per predicate, with its symmetry, CAMEO code and quad class', () => {
    const rows = contract
      .split('\n')
      .filter((l) => /^\| [A-Z_]+ \|/.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows.map((r) => r[0])).toEqual([...PREDICATES]);
    for (const [p, , symmetric, cameo, quad] of rows) {
      const info = PREDICATE_INFO[p as keyof typeof PREDICATE_INFO];
      expect([p, symmetric, cameo, quad]).toEqual([p, info.symmetric ? 'yes' : 'no', info.cameo || '—', info.quadClass]);
    }
  });

  it('names the symmetric predicates the schema treats as symmetric', () => {
    const sentence = contract.match(/Symmetric predicates[^:]*:([^.]+)\./)![1]!;
    expect(
      sentence
        .split(',')
        .map((s) => s.trim())
        .sort(),
    ).toEqual(PREDICATES.filter((p) => PREDICATE_INFO[p].symmetric).sort());
  });
});

const TEXT = 'Hungary and Austria signed a border deal.';
const valid = (): Graph => ({
  version: 1,
  documents: [{ id: 'd1', path: 'd1.txt', title: 'Border deal', lang: 'en', published: null, text: TEXT }],
  entities: [
    { id: 'hungary', name: 'Hungary', type: 'Country', aliases: ['Hungary'], mentions: [{ doc: 'd1', start: 0, end: 7, text: 'Hungary' }] },
    { id: 'austria', name: 'Austria', type: 'Country', aliases: ['Austria'], mentions: [{ doc: 'd1', start: 12, end: 19, text: 'Austria' }] },
  ],
  relations: [
    {
      subject: 'hungary',
      predicate: 'COOPERATE',
      object: 'austria',
      negated: false,
      attributedTo: null,
      confidence: 0.9,
      evidence: [{ doc: 'd1', sentence: TEXT, start: 0, end: TEXT.length }],
    },
  ],
});

describe('checkGraph', () => {
  it('accepts a graph that keeps the contract', () => {
    expect(checkGraph(valid())).toEqual({ ok: true, problems: [], counts: { documents: 1, entities: 2, relations: 1 } });
  });

  it.each<[string, (g: Graph) => void, RegExp]>([
    [
      'an unknown predicate',
      (g) => {
        (g.relations[0] as { predicate: string }).predicate = 'LIKES';
      },
      /^relations\.0\.predicate: /,
    ],
    [
      'a dangling object',
      (g) => {
        g.relations[0]!.object = 'austira';
      },
      /^relations\.0\.object: no entity with id "austira"/,
    ],
    [
      'an attribution to nobody',
      (g) => {
        g.relations[0]!.attributedTo = 'serbia';
      },
      /^relations\.0\.attributedTo: no entity/,
    ],
    [
      'a duplicated relation',
      (g) => {
        g.relations.push({ ...g.relations[0]! });
      },
      /^relations\.1: duplicate relation/,
    ],
    [
      'a duplicated document id',
      (g) => {
        g.documents.push({ ...g.documents[0]! });
      },
      /^documents\.1\.id: duplicate document id "d1"/,
    ],
    [
      'a mention whose text is not at its offsets',
      (g) => {
        g.entities[1]!.mentions[0]!.start = 11;
      },
      /^entities\.1\.mentions\.0: the mention text is not/,
    ],
    [
      'evidence past the end of the text',
      (g) => {
        g.relations[0]!.evidence[0]!.end = 999;
      },
      /^relations\.0\.evidence\.0\.end: end 999 is past the end of document "d1"/,
    ],
    [
      'evidence in an unknown document',
      (g) => {
        g.relations[0]!.evidence[0]!.doc = 'd2';
      },
      /^relations\.0\.evidence\.0\.doc: unknown document "d2"/,
    ],
    [
      'an entity without mentions',
      (g) => {
        g.entities[0]!.mentions = [];
      },
      /^entities\.0\.mentions: /,
    ],
    [
      'a malformed date',
      (g) => {
        g.relations[0]!.date = '13/07';
      },
      /^relations\.0\.date: a partial ISO 8601 date/,
    ],
  ])('names the field of %s', (_what, breakIt, problem) => {
    const g = valid();
    breakIt(g);
    const r = checkGraph(g);
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => problem.test(p))).toBe(true);
  });

  it('with the sources at hand, finds evidence that is not in its article', () => {
    expect(checkGraph(valid(), () => `Page header\n${TEXT}\nFooter`).ok).toBe(true);
    const r = checkGraph(valid(), () => 'Hungary and Slovakia signed a border deal.');
    expect(r.problems).toEqual(['relations.0.evidence.0.sentence: "Austria" is not in the source of d1']);
  });
});

describe('kg check', () => {
  const kg = (...args: string[]): { code: number; out: string } => {
    try {
      return { code: 0, out: execFileSync('pnpm', ['-s', 'kg', 'check', ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };
  const dir = mkdtempSync(join(tmpdir(), 'kg-check-'));

  it('exits 0 on a good file, 1 naming each problem on a broken one, 2 on a file that is not JSON', () => {
    const good = join(dir, 'good.json'),
      broken = join(dir, 'broken.json'),
      notJson = join(dir, 'truncated.json');
    writeFileSync(good, JSON.stringify(valid()));
    const g = valid();
    g.relations[0]!.subject = 'nobody';
    writeFileSync(broken, JSON.stringify(g));
    writeFileSync(notJson, JSON.stringify(valid()).slice(0, 40));
    expect(kg(good)).toEqual({ code: 0, out: `${good}: 1 documents, 2 entities, 1 relations\ncontract: ok\n` });
    const b = kg(broken);
    expect(b.code).toBe(1);
    expect(b.out).toContain('relations.0.subject: no entity with id "nobody"');
    const t = kg(notJson);
    expect(t.code).toBe(2);
    expect(t.out).toContain(`kg check: ${notJson}: `);
  });
});
