/**
 * The export formats as descriptors (one list the CLI and `kg build` are driven from), and
 * `writeExports`, the thin I/O shell that writes them to a directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { progress, type Graph } from '@kg/extractor';
import { toGraphology, type KgGraph, type ModelOptions } from '../model.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphologyJson } from './json.js';
import { toNeo4jCsv, type CsvFiles } from './csv.js';
import { toCypher } from './cypher.js';

export const FORMAT_IDS = ['gexf', 'graphml', 'json', 'csv', 'cypher'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export interface ExportFormat {
  id: FormatId;
  /** File name used by `writeExports` (a directory name for directory formats). */
  fileName: string;
  extension: string;
  mime: string;
  description: string;
  /** True when the output is several files (written into a directory). */
  directory: boolean;
  /** Pure: the model to file content, or file name → content for directory formats. */
  write(model: KgGraph): string | CsvFiles;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'gexf',
    fileName: 'graph.gexf',
    extension: '.gexf',
    mime: 'application/gexf+xml',
    directory: false,
    description: 'GEXF 1.3 with typed attributes and viz (Gephi, Gephi Lite)',
    write: toGexf,
  },
  {
    id: 'graphml',
    fileName: 'graph.graphml',
    extension: '.graphml',
    mime: 'application/graphml+xml',
    directory: false,
    description: 'GraphML with declared keys (Cytoscape, yEd, networkx, igraph)',
    write: toGraphml,
  },
  {
    id: 'json',
    fileName: 'graph.graphology.json',
    extension: '.json',
    mime: 'application/json',
    directory: false,
    description: 'graphology serialisation (the viewer; graph.import())',
    write: toGraphologyJson,
  },
  {
    id: 'csv',
    fileName: 'neo4j-import',
    extension: '',
    mime: 'text/csv',
    directory: true,
    description: 'CSV files for neo4j-admin database import full',
    write: toNeo4jCsv,
  },
  {
    id: 'cypher',
    fileName: 'graph.cypher',
    extension: '.cypher',
    mime: 'application/x-cypher-query',
    directory: false,
    description: 'Cypher script for cypher-shell into an empty database',
    write: toCypher,
  },
];

/** The descriptor of a format id; throws naming the valid ids. */
export function exportFormat(id: string): ExportFormat {
  const f = EXPORT_FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`kg export: unknown format "${id}" (expected one of ${FORMAT_IDS.join(', ')}, or all)`);
  return f;
}

/**
 * Writes one format to `out`: a file, or for directory formats a directory (created) of
 * files. Returns the paths written.
 */
export function writeFormat(model: KgGraph, format: ExportFormat, out: string): string[] {
  const content = format.write(model);
  if (typeof content === 'string') {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, content);
    return [out];
  }
  fs.mkdirSync(out, { recursive: true });
  return Object.entries(content).map(([name, text]) => {
    const file = path.join(out, name);
    fs.writeFileSync(file, text);
    return file;
  });
}

export interface WriteExportsOptions extends ModelOptions {
  quiet?: boolean;
}

/**
 * Builds the model once (metrics + layout) and writes each format into `outDir` under its
 * descriptor's `fileName`. Returns the written paths.
 */
export async function writeExports(
  graph: Graph,
  outDir: string,
  formats: readonly FormatId[] = FORMAT_IDS,
  options: WriteExportsOptions = {},
): Promise<string[]> {
  const selected = formats.map(exportFormat);
  const bar = progress('export', selected.length + 1, { quiet: options.quiet, unit: 'steps' });
  const model = toGraphology(graph, options);
  bar.tick(1, 'model');
  const written: string[] = [];
  for (const f of selected) {
    written.push(...writeFormat(model, f, path.join(outDir, f.fileName)));
    bar.tick(1, f.id);
  }
  bar.done(`${written.length} files in ${outDir}`);
  return written;
}
