/** Character references closed by ';' in Markdown prose are decoded by the `entities` library (marked leaves named ones as written). */
import { describe, expect, it } from '@jest/globals';
import { markdownPage } from '../../src/ingest/markdown.js';

describe('markdown entities', () => {
  it('decodes named and numeric references closed by a semicolon', () => {
    expect(markdownPage('Tom &amp; Jerry met in Hu&eacute;&nbsp;city &quot;today&quot; &#39;a&#39; &#x1EA1;.\n').lines).toEqual([
      'Tom & Jerry met in Hu\u00e9\u00a0city "today" \'a\' \u1ea1.',
    ]);
  });
  it('leaves an ampersand that opens no closed reference as written', () => {
    expect(markdownPage('AT&T and M&A deals; &copy without a semicolon.\n').lines).toEqual(['AT&T and M&A deals; &copy without a semicolon.']);
  });
  it('decodes a title from the first heading too', () => {
    expect(markdownPage('# Nga &amp; Trung Quốc\n\nBody.\n').hints.title).toBe('Nga & Trung Quốc');
  });
});
