/** An export parsed by a real XML parser, with every warning and error it reported. */
import { DOMParser } from '@xmldom/xmldom';

export function parseXml(xml: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => {
      errors.push(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'application/xml') as unknown as Document;
  return { doc, errors };
}
