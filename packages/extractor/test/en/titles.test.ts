/** Titles: the person is named without the title, and holds the post in the qualifying country or body. */
import { describe, it, expect } from '@jest/globals';
import { extract } from './helpers.js';

const cases: Array<[string, string, string, string, string]> = [
  // sentence, person id, person name, post topic, holder of the post
  ['Russian Foreign Minister Sergei Lavrov arrived in Washington.', 'sergei-lavrov', 'Sergei Lavrov', 'Foreign Minister', 'russia'],
  ['NATO Secretary General Jens Stoltenberg spoke in Brussels.', 'jens-stoltenberg', 'Jens Stoltenberg', 'Secretary General', 'nato'],
  ['U.S. Secretary of State Antony Blinken landed in Beijing.', 'antony-blinken', 'Antony Blinken', 'Secretary of State', 'united-states'],
  ['Ukrainian President Volodymyr Zelensky addressed parliament.', 'volodymyr-zelensky', 'Volodymyr Zelensky', 'President', 'ukraine'],
  ["Russia's Foreign Minister Sergei Lavrov spoke first.", 'sergei-lavrov', 'Sergei Lavrov', 'Foreign Minister', 'russia'],
  ['Kremlin spokesman Dmitry Peskov said nothing.', 'dmitry-peskov', 'Dmitry Peskov', 'Spokesperson', 'russia'],
  ['European Commission President Ursula von der Leyen spoke.', 'ursula-von-der-leyen', 'Ursula von der Leyen', 'President', 'european-commission'],
  // prefixes, titles beyond the shared list, a post's destination, double-barrelled names
  ['Chinese Vice Foreign Minister Ma Zhaoxu met Japan.', 'ma-zhaoxu', 'Ma Zhaoxu', 'Vice Foreign Minister', 'china'],
  ["China's vice foreign minister Ma Zhaoxu met Japan.", 'ma-zhaoxu', 'Ma Zhaoxu', 'Vice Foreign Minister', 'china'],
  ['Russian First Deputy Prime Minister Denis Manturov visited India.', 'denis-manturov', 'Denis Manturov', 'First Deputy Prime Minister', 'russia'],
  ['EU foreign policy chief Josep Borrell visited Egypt.', 'josep-borrell', 'Josep Borrell', 'Foreign Policy Chief', 'european-union'],
  ['IAEA chief Rafael Grossi visited Iran.', 'rafael-grossi', 'Rafael Grossi', 'Chief', 'iaea'],
  ["Kenya's energy minister Opiyo Wandayi visited Uganda.", 'opiyo-wandayi', 'Opiyo Wandayi', 'Energy Minister', 'kenya'],
  ["Germany's ambassador to the UN Antje Leendertse spoke.", 'antje-leendertse', 'Antje Leendertse', 'Ambassador', 'germany'],
  // a government body the gazetteer lacks, qualified by a demonym
  [
    'The Indian Ministry of External Affairs spokesperson Randhir Jaiswal said the talks went well.',
    'randhir-jaiswal',
    'Randhir Jaiswal',
    'Spokesperson',
    'ministry-of-foreign-affairs-of-india',
  ], // India's name for its foreign ministry, in the gazetteer's ministry pattern
  [
    'U.S. Ambassador to the United Nations Linda Thomas-Greenfield criticized Russia.',
    'linda-thomas-greenfield',
    'Linda Thomas-Greenfield',
    'Ambassador',
    'united-states',
  ],
];

describe('en titles', () => {
  it.each(cases)('%s', (sentence, id, name, title, holder) => {
    const x = extract(sentence);
    const person = x.entities.find((e) => e.id === id);
    expect(person).toMatchObject({ name, type: 'Person' });
    const post = x.relations.find((r) => r.predicate === 'HOLDS_POSITION' && r.subject === id);
    expect(post).toMatchObject({ object: holder, topic: title });
    // The mention covers the name only, not the title.
    expect(person!.mentions[0].text).toBe(name);
    expect(sentence.slice(person!.mentions[0].start, person!.mentions[0].end)).toBe(name);
  });

  it.each([
    // lower-case title after a possessive qualifier
    ["Russia's foreign minister Sergei Lavrov met India.", 'sergei-lavrov', 'Foreign Minister', 'russia', 'sergei-lavrov MEET india'],
    // appositive titles: the subject is the person, not the qualifier inside the appositive
    ["Sergei Lavrov, Russia's foreign minister, met Hungary.", 'sergei-lavrov', 'Foreign Minister', 'russia', 'sergei-lavrov MEET hungary'],
    ['Jens Stoltenberg, the NATO secretary general, criticized Russia.', 'jens-stoltenberg', 'Secretary General', 'nato', 'jens-stoltenberg CRITICIZE russia'],
    // a past post says so
    ['Former U.S. President Barack Obama visited Kenya.', 'barack-obama', 'former President', 'united-states', 'barack-obama VISIT kenya'],
    ["Russia's former president Dmitry Medvedev warned Poland.", 'dmitry-medvedev', 'former President', 'russia', 'dmitry-medvedev WARN poland'],
  ])('%s', (sentence, person, title, holder, event) => {
    const x = extract(sentence);
    expect(x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => [r.subject, r.topic, r.object])).toEqual([[person, title, holder]]);
    expect(x.relations.filter((r) => r.predicate !== 'HOLDS_POSITION').map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual([event]);
  });

  it('a later surname alone is the same person', () => {
    const x = extract('Russian Foreign Minister Sergei Lavrov arrived on Monday. Lavrov met with Clinton.');
    const lavrov = x.entities.find((e) => e.id === 'sergei-lavrov')!;
    expect(lavrov.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov', 'Lavrov']);
    expect(lavrov.aliases).toEqual(['Sergei Lavrov', 'Lavrov']);
  });

  it('a family name first ("Xi" of "Xi Jinping") is the same person', () => {
    const x = extract('Chinese President Xi Jinping spoke. Finland urged Xi to act.');
    expect(x.relations.some((r) => r.subject === 'finland' && r.predicate === 'DEMAND' && r.object === 'xi-jinping')).toBe(true);
  });

  it('a title with no name after it makes no person', () => {
    const x = extract('The Russian foreign minister said the talks were useful.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});
