/** Coordination, negation, attribution, topics, dates and capitals as actors. */
import { describe, it, expect } from '@jest/globals';
import { extract, find, triples } from './helpers.js';

describe('en coordination: one relation per conjunct', () => {
  it('coordinated subjects', () => {
    const x = extract('The US and its NATO allies rejected Russia as a partner.');
    expect(triples(x)).toEqual(expect.arrayContaining(['united-states REJECT russia', 'nato REJECT russia']));
  });
  it('coordinated objects', () => {
    const x = extract('The European Union imposed sanctions on Russia and Belarus.');
    expect(triples(x)).toEqual(['european-union SANCTION russia', 'european-union SANCTION belarus']);
  });
  it('a comma without "and" does not coordinate ("…, Japan said")', () => {
    const x = extract('China is a threat to Taiwan, Japan said.');
    expect(x.relations.map((r) => [r.subject, r.predicate, r.object, r.attributedTo])).toEqual([['china', 'THREATEN', 'taiwan', 'japan']]);
  });
  it('a list of three objects', () => {
    expect(triples(extract('The EU sanctioned Iran, Syria and Libya.'))).toEqual([
      'european-union SANCTION iran',
      'european-union SANCTION syria',
      'european-union SANCTION libya',
    ]);
  });
  it('a list of three subjects', () => {
    const x = extract('Poland, Hungary and Slovakia criticized Ukraine.');
    expect(triples(x).sort()).toEqual(['hungary CRITICIZE ukraine', 'poland CRITICIZE ukraine', 'slovakia CRITICIZE ukraine']);
  });
  it('coordinated subjects of a symmetric verb relate to each other', () => {
    // COOPERATE is symmetric: either order is the same relation.
    const x = extract('Russia and China agreed to expand trade.');
    expect(triples(x)).toHaveLength(1);
    expect(triples(x)[0]).toMatch(/^(china COOPERATE russia|russia COOPERATE china)$/);
  });
  it('coordinated subjects that sign a deal cooperate', () => {
    const x = extract('Moscow and Beijing signed a deal on gas supplies.');
    expect(x.relations.map((r) => [[r.subject, r.object].sort().join(' '), r.predicate, r.topic])).toEqual([['china russia', 'COOPERATE', 'natural gas']]);
  });
  it('"talks between X and Y" relates the two', () => {
    const x = extract('The talks between Russia and Ukraine ended in Istanbul.');
    expect(triples(x)).toHaveLength(1);
    expect(triples(x)[0]).toMatch(/^(russia MEET ukraine|ukraine MEET russia)$/);
  });
  it('", and" starts a new clause: its subject does not join the first one', () => {
    const x = extract('Russia backed China, and Japan supported India.');
    expect(triples(x).sort()).toEqual(['japan SUPPORT india', 'russia SUPPORT china']);
  });
});

describe('en negation', () => {
  it.each([
    ['Russia did not agree with NATO on the plan.', 'russia', 'COOPERATE', 'nato'],
    ["Washington didn't impose sanctions on Beijing.", 'united-states', 'SANCTION', 'china'],
    ['Germany has no plans to deploy troops to Lithuania.', 'germany', 'DEPLOY', 'lithuania'],
    ['Turkey never supported Sweden.', 'turkey', 'SUPPORT', 'sweden'],
    ['France failed to reach a deal with Italy.', 'france', 'COOPERATE', 'italy'],
  ] as const)('%s', (sentence, s, p, o) => {
    expect(find(extract(sentence), s, p, o)?.negated).toBe(true);
  });
  it('"refused" is a rejection, not a negation', () => {
    const r = find(extract('Georgia refused Russia as a mediator.'), 'georgia', 'REJECT', 'russia');
    expect(r?.negated).toBe(false);
  });
  it('a plain statement is not negated', () => {
    expect(find(extract('Russia agreed with NATO on the plan.'), 'russia', 'COOPERATE', 'nato')?.negated).toBe(false);
  });
});

describe('en hypothetical events', () => {
  it.each(['NATO did not say whether it would deploy more troops to Romania.', 'If Russia attacks Poland, NATO will respond.'])(
    '%s gives no relation',
    (sentence) => {
      expect(triples(extract(sentence))).toEqual([]);
    },
  );
});

describe('en attribution', () => {
  it('"…, X said" attributes the claim to X', () => {
    const x = extract('Russian Foreign Minister Sergei Lavrov arrived. The United States rejected Russia as a partner, Lavrov said.');
    expect(find(x, 'united-states', 'REJECT', 'russia')?.attributedTo).toBe('sergei-lavrov');
  });
  it('"according to X" attributes the claim to X', () => {
    const x = extract('China supplied weapons to Russia, according to Ukraine.');
    expect(find(x, 'china', 'AID', 'russia')?.attributedTo).toBe('ukraine');
  });
  it('"X officials said" attributes the claim to the country', () => {
    const x = extract('Iran attacked Israel, Israeli officials said.');
    expect(find(x, 'iran', 'ATTACK', 'israel')?.attributedTo).toBe('israel');
  });
  it('a pronoun subject after "X said" is X', () => {
    const x = extract('Chinese Foreign Minister Wang Yi arrived. Wang said he had met with Ukraine.');
    expect(find(x, 'wang-yi', 'MEET', 'ukraine')).toBeDefined();
  });
  it('a statement with no speaker is not attributed', () => {
    expect(find(extract('Russia attacked Ukraine.'), 'russia', 'ATTACK', 'ukraine')?.attributedTo).toBeNull();
  });
  it('a speaker in a coordinated clause does not claim the previous clause', () => {
    const x = extract('The European Union criticized Russia, and Hungarian Prime Minister Viktor Orban said the bloc was wrong.');
    expect(find(x, 'european-union', 'CRITICIZE', 'russia')?.attributedTo).toBeNull();
  });
});

describe('en odd input', () => {
  it.each(['', '  \n\n ', '...', '"', "didn't", 'Russia and', ', and Russia', 'NATO (', 'Mr.'])('%j gives no relation and no error', (text) => {
    const x = extract(text);
    expect(x.relations).toEqual([]);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('an all-capitals sentence still reads', () => {
    expect(triples(extract('RUSSIA ATTACKED UKRAINE'))).toEqual(['russia ATTACK ukraine']);
  });
});

describe('en membership', () => {
  it.each([
    ['NATO member Poland criticized Russia.', ['poland MEMBER_OF nato', 'poland CRITICIZE russia']],
    ['EU member states Hungary and Slovakia opposed the plan.', ['hungary MEMBER_OF european-union', 'slovakia MEMBER_OF european-union']],
    ['Turkey, a NATO ally, bought missiles.', ['turkey MEMBER_OF nato']],
    ['NATO allies backed Ukraine.', ['nato SUPPORT ukraine']],
  ])('%s', (sentence, expected) => {
    expect(triples(extract(sentence)).sort()).toEqual([...expected].sort());
  });
});

describe('en acronyms and demonyms', () => {
  it('an acronym the text defines is one organization with both forms', () => {
    const text = 'Leaders of the Collective Security Treaty Organization (CSTO) met in Minsk. Armenia criticized the CSTO.';
    const x = extract(text);
    const csto = x.entities.find((e) => e.id === 'csto')!;
    expect(csto).toMatchObject({ name: 'Collective Security Treaty Organization', type: 'Organization' });
    expect(csto.aliases).toEqual(['Collective Security Treaty Organization', 'CSTO']);
    expect(csto.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Collective Security Treaty Organization', 'CSTO', 'CSTO']);
    expect(triples(x)).toEqual(['armenia CRITICIZE csto']);
  });
  it('a two-word demonym with an actor noun is the country', () => {
    expect(triples(extract('North Korean officials criticized Japan.'))).toEqual(['north-korea CRITICIZE japan']);
  });
  it('a demonym that is only an adjective is no actor', () => {
    expect(triples(extract('Russian gas flowed to Germany.'))).toEqual([]);
  });
});

describe('en voice and pronouns', () => {
  it('a passive with "by" swaps the roles', () => {
    expect(triples(extract('Ukraine was attacked by Russia.'))).toEqual(['russia ATTACK ukraine']);
  });
  it('a second coordinated verb shares the subject', () => {
    const x = extract('Ukrainian President Volodymyr Zelensky thanked the EU and urged the United States to act.');
    expect(triples(x)).toEqual(['volodymyr-zelensky DEMAND united-states']);
  });
  it('a participle after a comma shares the subject', () => {
    expect(triples(extract('Turkey blocked the application, accusing Sweden of harboring militants.'))).toEqual(['turkey ACCUSE sweden']);
  });
  it('"X and its allies" is X', () => {
    expect(triples(extract('The United States and its allies would continue to support Ukraine.'))).toEqual(['united-states SUPPORT ukraine']);
  });
  it('"it" after a country speaker is that country', () => {
    const x = extract('Germany said it would provide a further 700 million euros in military aid to Ukraine.');
    expect(x.relations.map((r) => [r.subject, r.predicate, r.object, r.attributedTo])).toEqual([['germany', 'AID', 'ukraine', 'germany']]);
  });
  it("a pronoun later in a sentence is not the previous sentence's person", () => {
    const x = extract('Chinese Foreign Minister Wang Yi arrived. Finland urged Japan to act when he visited Paris.');
    expect(x.relations.filter((r) => r.predicate === 'VISIT')).toEqual([]);
  });
  it('a passive without an agent gives nothing', () => {
    expect(triples(extract('Russia was criticized over the raid.'))).toEqual([]);
  });
  it('"he" is the person who acted in the previous sentence', () => {
    const x = extract('Ukrainian President Volodymyr Zelensky criticized the decision. He later met with Poland.');
    expect(find(x, 'volodymyr-zelensky', 'MEET', 'poland')).toBeDefined();
  });
  it('"he" with no person before it gives nothing', () => {
    expect(triples(extract('The decision was criticized. He later met with Poland.'))).toEqual([]);
  });
  it('"it" never stands for a person speaker', () => {
    const x = extract('Chinese Foreign Minister Wang Yi said it would cooperate with Russia.');
    expect(triples(x)).toEqual([]);
  });
});

describe('en topics', () => {
  it('"disagreed over Libya and the missile shield" gives one relation per topic', () => {
    const x = extract('Russia and NATO disagreed over Libya and the missile shield.');
    const topics = x.relations
      .filter((r) => r.predicate === 'DISAGREE')
      .map((r) => r.topic)
      .sort();
    expect(topics).toEqual(['Libya', 'missile defense']);
  });
  it.each([
    ['Russia criticized the United States over missile defence.', 'missile defense'],
    ['Germany sided with France on NATO enlargement.', 'NATO enlargement'],
    ['Turkey spoke by phone with Russia about the grain corridor.', 'grain exports'],
    ['China and Russia will cooperate on energy.', 'energy'],
  ])('%s → %s', (sentence, topic) => {
    expect(
      extract(sentence)
        .relations.filter((r) => r.predicate !== 'HOLDS_POSITION')
        .map((r) => r.topic),
    ).toContain(topic);
  });
});

describe('en dates', () => {
  it.each([
    ['Russia attacked Ukraine on July 13.', null, '--07-13'],
    ['Russia attacked Ukraine on July 13.', '2023-07-15', '2023-07-13'],
    ['Russia attacked Ukraine on 13 July 2022.', null, '2022-07-13'],
    ['Russia attacked Ukraine in March 2014.', null, '2014-03'],
    // Abbreviated months, AP's "Sept." included (data/lexicons/en/calendar.tsv).
    ['Russia attacked Ukraine on Sept. 3.', null, '--09-03'],
    ['Russia attacked Ukraine on Aug 3, 2024.', null, '2024-08-03'],
    // Published on a Friday: "on Wednesday" is two days before.
    ['Russia attacked Ukraine on Wednesday.', '2024-03-15', '2024-03-13'],
    ['Russia attacked Ukraine yesterday.', '2024-03-15', '2024-03-14'],
    ['Russia attacked Ukraine today.', '2024-03-15', '2024-03-15'],
    // December news about "January 5" published early January is this year; about "December 30" in January, last year.
    ['Russia attacked Ukraine on December 30.', '2024-01-02', '2023-12-30'],
    // A month alone needs the publication date for its year.
    ['Russia attacked Ukraine in March.', '2024-03-15', '2024-03'],
    ['Russia attacked Ukraine in May.', '2024-03-15', '2023-05'],
  ] as const)('%s (published %s) → %s', (sentence, published, date) => {
    expect(find(extract(sentence, published), 'russia', 'ATTACK', 'ukraine')?.date).toBe(date);
  });
  it('a month inside a name is no date, and the surname alone is still the person', () => {
    const x = extract('British Prime Minister Theresa May arrived. Russia attacked Ukraine in May. May said she backed Poland.', '2019-06-10');
    expect(find(x, 'russia', 'ATTACK', 'ukraine')?.date).toBe('2019-05');
    expect(find(x, 'theresa-may', 'SUPPORT', 'poland')).toBeDefined();
  });
  it('a day the month cannot have is no date', () => {
    expect(find(extract('Russia attacked Ukraine on February 30.'), 'russia', 'ATTACK', 'ukraine')?.date).toBeUndefined();
  });
  it('a weekday without a publication date gives no date', () => {
    expect(find(extract('Russia attacked Ukraine on Wednesday.'), 'russia', 'ATTACK', 'ukraine')?.date).toBeUndefined();
  });
});

describe('en capitals and seats as actors', () => {
  it.each([
    ['Moscow rejected Washington as a mediator.', 'russia REJECT united-states'],
    ['Washington imposed sanctions on Moscow.', 'united-states SANCTION russia'],
    ['The Kremlin condemned Kyiv.', 'russia CRITICIZE ukraine'],
    ['The White House warned Beijing.', 'united-states WARN china'],
  ])('%s → %s', (sentence, expected) => {
    expect(triples(extract(sentence))).toEqual([expected]);
  });
  it('a capital where something happens stays a place', () => {
    const x = extract('Russia and Ukraine held talks in Moscow.');
    expect(x.entities.find((e) => e.aliases.includes('Moscow'))?.type).toBe('Location');
  });
  it('a visited capital is the place visited', () => {
    const x = extract('Chinese Foreign Minister Wang Yi visited Moscow.');
    expect(triples(x)).toEqual(['wang-yi VISIT moscow']);
  });
  it('the acting capital is an alias of the country, with its offsets', () => {
    const text = 'Moscow rejected Washington as a mediator.';
    const russia = extract(text).entities.find((e) => e.id === 'russia')!;
    expect(russia.aliases).toContain('Moscow');
    expect(text.slice(russia.mentions[0].start, russia.mentions[0].end)).toBe('Moscow');
  });
});
