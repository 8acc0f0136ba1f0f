/**
 * XML escaping for the GEXF and GraphML writers. Characters XML 1.0 cannot carry at all
 * (C0 controls other than tab/newline/CR, lone surrogates, U+FFFE/U+FFFF) are dropped;
 * everything else survives a round trip through any conforming parser.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids. */
export const xmlSafe = (s: string): string => s.replace(INVALID_XML, '');

/** Escapes element text. CR is written as a reference: parsers would turn a raw one into LF. */
export const escapeText = (s: string): string => xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');

/** Escapes a double-quoted attribute value; whitespace as references so attribute normalisation keeps it. */
export const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

/** `name="value"` pairs, skipping undefined values. */
export const attrs = (pairs: Record<string, string | number | boolean | undefined>): string =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
