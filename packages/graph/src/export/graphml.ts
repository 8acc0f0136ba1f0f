/**
 * GraphML (Cytoscape, yEd, networkx, igraph) with every attribute declared as a
 * `<key attr.name attr.type for=…>`. GraphML has no list type: lists and objects are JSON
 * strings. Null values are omitted (readers then fall back to "missing").
 */
import type { KgGraph } from '../model.js';
import { attrs, escapeText } from './xml.js';
import { EDGE_FIELDS, NODE_FIELDS, asJson, type ValueType } from './values.js';

const GRAPHML_TYPE: Record<ValueType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  strings: 'string',
  json: 'string',
};

type Field = readonly [string, ValueType];

/** Viewer attributes GraphML has no slot for: plain data, understood by Cytoscape mappings. */
const NODE_KEYS: Field[] = [['label', 'string'], ...NODE_FIELDS, ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string']];
const EDGE_KEYS: Field[] = [['label', 'string'], ['weight', 'int'], ...EDGE_FIELDS, ['size', 'double'], ['color', 'string']];
const GRAPH_KEYS: Field[] = [
  ['generator', 'string'],
  ['documents', 'json'],
];

const keyId = (cls: string, name: string): string => `${cls[0]}_${name}`;

const value = (type: ValueType, v: unknown): string => (type === 'strings' || type === 'json' ? asJson(v) : String(v));

function declare(cls: 'graph' | 'node' | 'edge', fields: Field[]): string[] {
  return fields.map(([name, type]) => `  <key${attrs({ id: keyId(cls, name), for: cls, 'attr.name': name, 'attr.type': GRAPHML_TYPE[type] })}/>`);
}

function data(cls: string, fields: Field[], a: Record<string, unknown>, indent: string): string[] {
  return fields
    .filter(([name]) => a[name] !== undefined && a[name] !== null)
    .map(([name, type]) => `${indent}<data key="${keyId(cls, name)}">${escapeText(value(type, a[name]))}</data>`);
}

/** Serialises the model as GraphML (directed; parallel edges keep their model keys as ids). */
export function toGraphml(model: KgGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declare('graph', GRAPH_KEYS),
    ...declare('node', NODE_KEYS),
    ...declare('edge', EDGE_KEYS),
    '  <graph id="kg" edgedefault="directed">',
    ...data('graph', GRAPH_KEYS, model.getAttributes() as unknown as Record<string, unknown>, '    '),
  ];
  model.forEachNode((key, a) => {
    lines.push(`    <node${attrs({ id: key })}>`, ...data('node', NODE_KEYS, a as unknown as Record<string, unknown>, '      '), '    </node>');
  });
  model.forEachEdge((key, a, source, target) => {
    lines.push(`    <edge${attrs({ id: key, source, target })}>`, ...data('edge', EDGE_KEYS, a as unknown as Record<string, unknown>, '      '), '    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
