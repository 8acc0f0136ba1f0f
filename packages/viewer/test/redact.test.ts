/** The redactor every error answer of the viewer's server passes through (redact.ts). */
import { describe, expect, it } from '@jest/globals';
import { redactor } from '../src/server/redact.js';

describe('redactor', () => {
  const redact = redactor(['s3cret-pass']);

  it('removes the password wherever it appears, and the user info of any URI', () => {
    expect(redact('failed for bolt://alice:s3cret-pass@db:7687 (s3cret-pass)')).toBe('failed for bolt://***@db:7687 (***)');
    expect(redact('neo4j+s://neo4j@db.example:7687 refused')).toBe('neo4j+s://***@db.example:7687 refused');
  });
});
