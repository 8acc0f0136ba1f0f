/** One English news sentence per trigger, and the relation it must yield (subject, predicate, object). */
import { describe, it, expect } from '@jest/globals';
import { extract, triples } from './helpers.js';

const cases: Array<[string, string]> = [
  ['Russian Foreign Minister Sergei Lavrov met with U.S. Secretary of State Hillary Clinton.', 'sergei-lavrov MEET hillary-clinton'],
  ['Germany held talks with France on Tuesday.', 'germany MEET france'],
  ['Japan hosted India for a two-day summit.', 'japan MEET india'],
  ['President Joe Biden phoned Germany late on Monday.', 'joe-biden CALL germany'],
  ['Turkey spoke by phone with Ukraine about grain exports.', 'turkey CALL ukraine'],
  ['Chinese Foreign Minister Wang Yi visited Russia last week.', 'wang-yi VISIT russia'],
  ['Poland agreed with Lithuania to build a joint power line.', 'poland COOPERATE lithuania'],
  ['India signed an agreement with Japan on high-speed rail.', 'india COOPERATE japan'],
  ['Hungary disagreed with the European Union over migration.', 'hungary DISAGREE european-union'],
  ['Hungary is at odds with Ukraine over language rights.', 'hungary DISAGREE ukraine'],
  ['Serbia opposed NATO during the 1999 campaign.', 'serbia OPPOSE nato'],
  ['France criticized Turkey for the offensive.', 'france CRITICIZE turkey'],
  ['The United Nations condemned Israel after the raid.', 'united-nations CRITICIZE israel'],
  ['Ukraine accused Russia of shelling the plant.', 'ukraine ACCUSE russia'],
  ['North Korea threatened Japan with a missile test.', 'north-korea THREATEN japan'],
  ['Finland warned Russia against any provocation.', 'finland WARN russia'],
  ['The European Union urged Serbia to recognise the vote.', 'european-union DEMAND serbia'],
  ['Britain called on Iran to release the tanker.', 'united-kingdom DEMAND iran'],
  ['Georgia rejected Russia as a mediator.', 'georgia REJECT russia'],
  ['Canada backed Ukraine throughout the war.', 'canada SUPPORT ukraine'],
  ['Germany supported Poland at the summit.', 'germany SUPPORT poland'],
  ['The United States imposed sanctions on Iran.', 'united-states SANCTION iran'],
  ['Australia sanctioned Russia over the annexation.', 'australia SANCTION russia'],
  ['Britain supplied weapons to Ukraine in January.', 'united-kingdom AID ukraine'],
  ['Japan gave aid to the Philippines after the typhoon.', 'japan AID philippines'],
  ['The United States deployed troops to Poland.', 'united-states DEPLOY poland'],
  ['Russia attacked Ukraine in February.', 'russia ATTACK ukraine'],
  ['Israel struck Syria overnight.', 'israel ATTACK syria'],
  ['Britain carried out air strikes on Yemen.', 'united-kingdom ATTACK yemen'],
  ["Russia's invasion of Ukraine began in 2022.", 'russia ATTACK ukraine'],
  ["Russia's war in Ukraine has killed thousands.", 'russia CONFLICT ukraine'],
  ['Russia waged war on Georgia in 2008.', 'russia CONFLICT georgia'],
  ['The war between Israel and Hamas continued.', 'israel CONFLICT hamas'],
  ['Finland joined NATO in April.', 'finland JOIN nato'],
  ['Ukraine applied to join the European Union.', 'ukraine JOIN european-union'],
  ['China proposed to Russia a new trade route.', 'china PROPOSE russia'],
  ['Iran poses a threat to Israel.', 'iran THREATEN israel'],
  ['Paris would fund three more Patriot batteries for Ukraine.', 'france AID ukraine'],
  ['Japan pledged $3 billion in military aid to Kyiv.', 'japan AID ukraine'],
  ['Canada will send air-defence systems to Ukraine.', 'canada AID ukraine'],
  ['Norway will deliver tanks to Ukraine next month.', 'norway AID ukraine'],
  ['Sweden will provide fighter jets to Ukraine.', 'sweden AID ukraine'],
  ['Denmark announced a new aid package for Ukraine.', 'denmark AID ukraine'],
  ['US military aid to Ukraine resumed in March.', 'united-states AID ukraine'],
  ["Spain's criticism of Morocco drew a sharp reply.", 'spain CRITICIZE morocco'],
  ["Israel's condemnation of Ireland was swift.", 'israel CRITICIZE ireland'],
  ['In a sharp rebuke to China, Australia summoned the ambassador.', 'australia CRITICIZE china'],
  ['Hungary lashed out at the European Union.', 'hungary CRITICIZE european-union'],
  ['Turkey hit out at Sweden over the protests.', 'turkey CRITICIZE sweden'],
  ["Kyiv denounced what it called Moscow's blackmail.", 'ukraine CRITICIZE russia'],
  ['Poland has been critical of Germany.', 'poland CRITICIZE germany'],
  ['Polish Foreign Minister Radoslaw Sikorski criticised Hungary for blocking the aid.', 'radoslaw-sikorski CRITICIZE hungary'],
  ["Germany blamed Russia's intelligence services for the attack.", 'germany ACCUSE russia'],
  ['Russia remains a serious threat to Poland.', 'russia THREATEN poland'],
];

describe('en predicates: one trigger each', () => {
  it.each(cases)('%s → %s', (sentence, expected) => {
    expect(triples(extract(sentence))).toContain(expected);
  });
});

describe('en predicates: no relation without a named object', () => {
  it.each([
    'Russia rejected the proposal.',
    'The talks ended without agreement.',
    'Officials met on Tuesday.',
    // Giving something that is not aid is not AID.
    'Germany provided information to the United Nations.',
    'France sent a letter to Russia.',
    // An adjunct whose actor is not named after its comma.
    'In a rebuke to China, the minister left early.',
  ])('%s', (sentence) => {
    expect(triples(extract(sentence))).toEqual([]);
  });
});
