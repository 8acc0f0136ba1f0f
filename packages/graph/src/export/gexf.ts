/**
 * GEXF 1.3 (Gephi, Gephi Lite): typed attributes and viz (position, size, colour).
 * Written by hand rather than with graphology-gexf's writer: that one leaves list items
 * unquoted, so an item holding ", " or a backslash does not read back the same. Here every
 * liststring item is a JSON string literal, which the GEXF 1.3 list syntax accepts.
 * Objects (positions, evidence) are JSON in a string attribute. Null values are omitted.
 */
import type { KgGraph } from '../model.js';
import { attrs, escapeText, xmlSafe } from './xml.js';
import { EDGE_FIELDS, NODE_FIELDS, asJson, type ValueType } from './values.js';

const GEXF_TYPE: Record<ValueType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  strings: 'liststring',
  json: 'string',
};

function gexfValue(type: ValueType, v: unknown): string {
  if (type === 'strings') return `[${(v as string[]).map((s) => JSON.stringify(xmlSafe(s))).join(', ')}]`;
  if (type === 'json') return asJson(v);
  return String(v);
}

function declare(cls: 'node' | 'edge', fields: ReadonlyArray<[string, ValueType]>): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...fields.map(([name, type]) => `      <attribute${attrs({ id: name, title: name, type: GEXF_TYPE[type] })}/>`),
    '    </attributes>',
  ];
}

function attvalues(fields: ReadonlyArray<[string, ValueType]>, a: Record<string, unknown>): string[] {
  const out = fields
    .filter(([name]) => a[name] !== undefined && a[name] !== null)
    .map(([name, type]) => `        <attvalue${attrs({ for: name, value: gexfValue(type, a[name]) })}/>`);
  return out.length ? ['        <attvalues>', ...out, '        </attvalues>'] : [];
}

/** Serialises the model as a GEXF 1.3 document (directed; one edge element per model edge). */
export function toGexf(model: KgGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${escapeText(model.getAttribute('generator'))}</creator>`,
    `    <description>${escapeText(`knowledge graph of ${model.getAttribute('documents').length} news documents`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', NODE_FIELDS),
    ...declare('edge', EDGE_FIELDS),
    '    <nodes>',
  ];
  model.forEachNode((key, a) => {
    lines.push(`      <node${attrs({ id: key, label: a.label })}>`);
    lines.push(...attvalues(NODE_FIELDS, a as unknown as Record<string, unknown>));
    lines.push(`        <viz:color${attrs({ hex: a.color })}/>`);
    lines.push(`        <viz:position${attrs({ x: a.x, y: a.y })}/>`);
    lines.push(`        <viz:size${attrs({ value: a.size })}/>`);
    lines.push('      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  model.forEachEdge((key, a, source, target) => {
    lines.push(`      <edge${attrs({ id: key, source, target, kind: a.predicate, label: a.label, weight: a.weight })}>`);
    lines.push(...attvalues(EDGE_FIELDS, a as unknown as Record<string, unknown>));
    lines.push(`        <viz:color${attrs({ hex: a.color })}/>`);
    lines.push(`        <viz:thickness${attrs({ value: a.size })}/>`);
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
