/** Meetings, calls and restored relations in wire style (fresh sentences, with negatives). */
import { describe, it, expect } from '@jest/globals';
import { rel } from './helpers.js';

describe('en meetings and calls', () => {
  it.each([
    ['Emmanuel Macron and Olaf Scholz shook hands outside the chancellery on Tuesday.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron shook hands with Olaf Scholz outside the chancellery.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron and Olaf Scholz held a two-hour meeting in Berlin.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron and Olaf Scholz agreed on the budget at a working dinner in Berlin.', 'emmanuel-macron MEET olaf-scholz'],
    ['Emmanuel Macron and Olaf Scholz had talked twice by phone before the summit.', 'emmanuel-macron CALL olaf-scholz'],
  ])('%s', (text, triple) => {
    expect(rel(text)).toContain(triple);
  });

  it('one party alone meets no one', () => {
    expect(rel('Emmanuel Macron held a lengthy meeting on Tuesday.')).toEqual([]);
    expect(rel('Emmanuel Macron spoke at a dinner in Berlin.')).toEqual([]);
  });

  it('restoring diplomatic relations is cooperation', () => {
    expect(rel('Canada and Iran agreed to restore diplomatic relations.')).toContain('canada COOPERATE iran');
    expect(rel('Canada will restore diplomatic relations with Iran.')).toContain('canada COOPERATE iran');
  });

  it('breaking relations is not', () => {
    expect(rel('Canada severed diplomatic relations with Iran.')).toEqual([]);
  });
});
