import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readGraph, parseGraph } from '../../src/read.js';
import { contractFixture } from './fixtures.js';

const tmp = (name: string, text: string): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-read-')), name);
  fs.writeFileSync(file, text);
  return file;
};

describe('readGraph', () => {
  it('reads and validates the contract fixture', () => {
    const g = contractFixture();
    expect(g.entities.map((e) => e.id)).toContain('russia');
  });

  it('names the file when it is missing or not JSON', () => {
    expect(() => readGraph('/nonexistent/graph.json')).toThrow('kg: cannot read /nonexistent/graph.json: ENOENT');
    const bad = tmp('bad.json', '{"version": 1,');
    expect(() => readGraph(bad)).toThrow(new RegExp(`^kg: ${bad} is not JSON: `));
  });

  it('names the file and the zod path of an invalid field', () => {
    const g = structuredClone(contractFixture()) as unknown as { relations: { predicate: string }[] };
    g.relations[1].predicate = 'HUGS';
    const file = tmp('graph.json', JSON.stringify(g));
    expect(() => readGraph(file)).toThrow(new RegExp(`^kg: ${file} is not a valid graph.json: relations\\.1\\.predicate: Invalid enum value`));
  });

  it('reports cross-reference errors (unknown entity) with their path', () => {
    const g = structuredClone(contractFixture()) as unknown as { relations: { object: string }[] };
    g.relations[2].object = 'nobody';
    const file = tmp('graph.json', JSON.stringify(g));
    expect(() => readGraph(file)).toThrow('relations.2.object: no entity with id "nobody"');
  });

  it('reports an attribution to an unknown entity with its path', () => {
    const g = structuredClone(contractFixture()) as unknown as { relations: { attributedTo: string | null }[] };
    g.relations[0].attributedTo = 'nobody';
    expect(() => parseGraph(g, 'graph.json')).toThrow('relations.0.attributedTo: no entity with id "nobody"');
  });

  it('validates parsed data under the given source name', () => {
    expect(() => parseGraph({ version: 2 }, 'stdin')).toThrow(/^kg: stdin is not a valid graph.json: version: /);
  });
});
