import { describe, it, expect } from '@jest/globals';
import { entryById, findPersonNames, lookupPerson, people, personsBySurname, postsAt, titleSurfaces } from '../../src/gazetteer/index.js';
import { parsePeople, personKey, dateBounds } from '../../src/gazetteer/people-rows.js';
import { surnameForms } from '../../src/gazetteer/people.js';
import { parseTsv, readTsv } from '../../src/text/tsv.js';
import { DATA_SET } from '../../src/gazetteer/entries.js';
import { words as tokenize } from '../../src/text/tokens.js';
import { gapClass } from '../../src/gazetteer/matcher.js';
import { foldDiacritics } from '../../src/names/slugify.js';

const FILE = new URL('../../data/gazetteer/people.tsv', import.meta.url);
const TITLES = new Set(DATA_SET.titles.filter((t) => t.kind === 'title').map((t) => t.canonical));
const records = parsePeople(readTsv(FILE), 'people.tsv', () => true, TITLES);
/** How the matcher sees a name: word keys and the class of each gap ("W." ≠ "W", "-" = " "); `fold` drops diacritics first. */
const matchForm = (s: string, fold = false): string => {
  const t = fold ? foldDiacritics(s) : s;
  const toks = tokenize(t);
  return toks.map((k, i) => (i ? gapClass(t.slice(toks[i - 1].end, k.start)) : '') + k.key).join('');
};
const ids = (text: string) => findPersonNames(text).map((m) => [m.text, m.entry.id]);

describe('people.tsv integrity', () => {
  it('has hundreds of people with unique slug ids', () => {
    const all = people();
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    for (const p of all) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('names in every post an entity the gazetteer knows, with a canonical title', () => {
    const bad = people().flatMap((p) => p.posts.filter((q) => !entryById(q.of) || !TITLES.has(q.title)).map((q) => `${p.id}: ${q.title}|${q.of}`));
    expect(bad).toEqual([]);
  });

  it('writes dates as ISO (YYYY, YYYY-MM, YYYY-MM-DD) and never ends a post before it starts', () => {
    for (const p of people())
      for (const q of p.posts) {
        for (const d of [q.from, q.to]) if (d) expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (q.from && q.to) expect(dateBounds(q.from)[0] <= dateBounds(q.to)[1]).toBe(true);
      }
  });

  it('never has two people in a one-holder post at once (partial dates read narrowly)', () => {
    const single = new Set([
      'President',
      'Prime Minister',
      'Foreign Minister',
      'Defense Minister',
      'Secretary of State',
      'Foreign Secretary',
      'Defense Secretary',
      'Chancellor',
      'Secretary General',
      'General Secretary',
      'King',
      'Queen',
      'Emperor',
      'Emir',
      'Speaker',
      'Speaker of the House',
      'Director General',
      'Managing Director',
      'High Representative for Foreign Affairs',
      'Supreme Leader',
      'Pope',
      'Commander-in-Chief',
      'Chief of General Staff',
      'Treasury Secretary',
      'Press Secretary',
      'Senate President',
      'First Secretary',
    ]);
    // surely held from the last day of the start period to the first day of the end period
    const lo = (d?: string) => (!d ? '0000' : dateBounds(d)[1]);
    const hi = (d?: string) => (!d ? '9999' : dateBounds(d)[0]);
    const rows = people().flatMap((p) => p.posts.filter((q) => single.has(q.title)).map((q) => ({ id: p.id, ...q })));
    const clashes: string[] = [];
    rows.forEach((a, i) =>
      rows.slice(i + 1).forEach((b) => {
        if (a.id !== b.id && a.title === b.title && a.of === b.of && lo(a.from) < hi(b.to) && lo(b.from) < hi(a.to))
          clashes.push(`${a.title}|${a.of}: ${a.id} × ${b.id}`);
      }),
    );
    expect(clashes).toEqual([]);
  });

  it('gives no unmarked name or alias to two people (case, diacritics, hyphens ignored)', () => {
    const owners = new Map<string, Set<string>>();
    for (const r of records)
      for (const n of [r.entry.name, ...r.entry.aliases].filter((a) => !r.shared.includes(a)))
        owners.set(personKey(n), (owners.get(personKey(n)) ?? new Set()).add(r.entry.id));
    expect([...owners].filter(([, o]) => o.size > 1).map(([k, o]) => `${k}: ${[...o]}`)).toEqual([]);
  });

  it('never lists a bare surname, or a spelling the matcher already equates with another, as an alias', () => {
    const bad: string[] = [];
    for (const r of records) {
      const surnames = new Set(r.nosurname ? [] : surnameForms(r.entry.name, r.eastern ? r.entry.name.split(' ')[0] : undefined).map(personKey));
      const forms = new Set<string>();
      for (const a of [r.entry.name, ...r.entry.aliases]) {
        // the matcher adds every name also without diacritics ("Lech Kaczynski" after "Lech Kaczyński"
        // is redundant; "Lêô XIV" after "Leo XIV" is not: text written with diacritics is not folded)
        if (forms.has(matchForm(a))) bad.push(`${r.entry.id}: redundant "${a}"`);
        forms.add(matchForm(a)).add(matchForm(a, true));
      }
      for (const a of r.entry.aliases) {
        if (surnames.has(personKey(a))) bad.push(`${r.entry.id}: bare surname "${a}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('keeps Vietnamese press forms in NFC and without stray spaces', () => {
    for (const p of people())
      for (const a of [p.name, ...p.aliases]) {
        expect(a).toBe(a.normalize('NFC'));
        expect(a).toBe(a.replace(/\s+/g, ' ').trim());
      }
  });
});

describe('parsePeople errors name the file, line and field', () => {
  const head = 'id\tname\twikidata\taliases\tshort\tposts\tflags\n';
  const parse = (row: string) => parsePeople(parseTsv(head + row, 'people.tsv'), 'people.tsv', (id) => id === 'ruritania', new Set(['President']));
  it('unknown entity id', () =>
    expect(() => parse('a-b\tA B\t\t\t\tPresident|atlantis|2001|2002\t')).toThrow(
      'people.tsv:2: post "President|atlantis|2001|2002": unknown entity id "atlantis"',
    ));
  it('title not in titles.tsv', () => expect(() => parse('a-b\tA B\t\t\t\tGrand Vizier|ruritania\t')).toThrow('"Grand Vizier" is not a canonical title'));
  it('malformed date', () => expect(() => parse('a-b\tA B\t\t\t\tPresident|ruritania|2001/03/04\t')).toThrow('date "2001/03/04" is not YYYY'));
  it('a post ending before it starts', () => expect(() => parse('a-b\tA B\t\t\t\tPresident|ruritania|2005-02|2004\t')).toThrow('starts after it ends'));
  it('duplicate id', () => expect(() => parse('a-b\tA B\t\t\t\t\t\na-b\tA C\t\t\t\t\t')).toThrow('people.tsv:3: duplicate id "a-b"'));
  it('bad QID', () => expect(() => parse('a-b\tA B\tQ12x\t\t\t\t')).toThrow('bad wikidata "Q12x"'));
  it('accepts a well-formed row, with a shared alias marked', () => {
    const [r] = parse('a-b\tAnna Berg\t\tAnna M. Berg|~A. Berg\t\tPresident|ruritania|2001-03|\t');
    expect(r.entry).toEqual({
      id: 'a-b',
      name: 'Anna Berg',
      aliases: ['Anna M. Berg', 'A. Berg'],
      posts: [{ title: 'President', of: 'ruritania', from: '2001-03' }],
    });
    expect(r.shared).toEqual(['A. Berg']);
  });
});

describe('lookupPerson', () => {
  it.each([
    ['Sergei Lavrov', 'sergei-lavrov'],
    ['Sergey Lavrov', 'sergei-lavrov'],
    ['sergey lavrov', 'sergei-lavrov'],
    ['Xéc-gây La-vrốp', 'sergei-lavrov'],
    ['Xec gay La vrop', 'sergei-lavrov'],
    ['Ban Ki moon', 'ban-ki-moon'],
    ['Ban Ki-moon', 'ban-ki-moon'],
    ['Antonio Guterres', 'antonio-guterres'],
    ['António Guterres', 'antonio-guterres'],
    ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
    ['Nguyen Phu Trong', 'nguyen-phu-trong'],
    ['Vla-đi-mia Pu-tin', 'vladimir-putin'],
    // short forms the data lists as distinctive
    ['Pu tin', 'vladimir-putin'],
    ['Pu-tin', 'vladimir-putin'],
    ['Putin', 'vladimir-putin'],
    // Hán-Việt readings
    ['Tập Cận Bình', 'xi-jinping'],
    ['Tap Can Binh', 'xi-jinping'],
    ['Vương Nghị', 'wang-yi'],
    ['Lý Cường', 'li-qiang'],
    ['Văn Tại Dần', 'moon-jae-in'],
    ['Dương Khiết Trì', 'yang-jiechi'],
  ])('%s → %s', (surface, id) => expect(lookupPerson(surface)?.id).toBe(id));

  it('does not resolve a shared name, a bare ambiguous surname or an unknown name', () => {
    expect(lookupPerson('George Bush')).toBeUndefined();
    expect(lookupPerson('Bush')).toBeUndefined();
    expect(lookupPerson('Kim')).toBeUndefined();
    expect(lookupPerson('Clinton')).toBeUndefined();
    // two people in the data share these family names
    expect(lookupPerson('Koizumi')).toBeUndefined();
    expect(lookupPerson('Blair')).toBeUndefined();
    expect(
      personsBySurname('Blair')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['bill-blair', 'tony-blair']);
    expect(lookupPerson('Ivan Petrovsky-Vlad')).toBeUndefined();
    expect(lookupPerson('')).toBeUndefined();
  });

  it('tells the two Bushes apart by their full names', () => {
    expect(lookupPerson('George W. Bush')?.id).toBe('george-w-bush');
    expect(lookupPerson('George H. W. Bush')?.id).toBe('george-h-w-bush');
  });
});

describe('personsBySurname', () => {
  const of = (s: string) =>
    personsBySurname(s)
      .map((p) => p.id)
      .sort();
  it('returns every candidate sharing a family name', () => {
    expect(of('Kim')).toEqual(expect.arrayContaining(['kim-jong-un', 'kim-jong-il', 'kim-dae-jung']));
    expect(of('Bush')).toEqual(['george-h-w-bush', 'george-w-bush']);
  });
  it('takes the family name first for Chinese and Korean names, last otherwise', () => {
    expect(of('Xi')).toEqual(['xi-jinping']);
    expect(of('Tập')).toEqual(['xi-jinping']);
    expect(of('Jinping')).toEqual([]);
    // an eastern name also written western order ("William Lai") keeps its family name
    expect(of('Lai')).toEqual(['lai-ching-te']);
    expect(of('William')).toEqual([]);
    expect(of('Lavrov')).toEqual(['sergei-lavrov']);
    expect(of('Lavrốp')).toEqual(['sergei-lavrov']);
  });
  it('reads Vietnamese press spellings by their last syllable group, hyphens or not', () => {
    expect(of('Pu-tin')).toEqual(['vladimir-putin']);
    expect(of('Pu tin')).toEqual(['vladimir-putin']);
    expect(of('Trọng')).toEqual(['nguyen-phu-trong']);
  });
  it('keeps name particles ("von der Leyen") and knows nothing of an unknown name', () => {
    expect(of('von der Leyen')).toEqual(['ursula-von-der-leyen']);
    expect(of('Zzyzxowski')).toEqual([]);
  });
});

describe('postsAt', () => {
  const putin = lookupPerson('Vladimir Putin')!;
  const medvedev = lookupPerson('Dmitry Medvedev')!;
  const key = (ps: Array<{ title: string; of: string }>) => ps.map((p) => `${p.title}|${p.of}`);
  it('returns the posts held at a full date', () => {
    expect(key(postsAt(putin, '2010-06-15'))).toEqual(['Prime Minister|russia']);
    expect(key(postsAt(putin, '2022-02-24'))).toEqual(['President|russia']);
    expect(key(postsAt(medvedev, '2010-06-15'))).toEqual(['President|russia']);
  });
  it('returns nothing before the first post', () => {
    expect(postsAt(putin, '1995-01-01')).toEqual([]);
    expect(postsAt(lookupPerson('Keir Starmer')!, '2020-03')).toEqual([]);
  });
  it('treats a partial date as the whole month or year (a handover year gives both posts)', () => {
    expect(key(postsAt(putin, '2008')).sort()).toEqual(['President|russia', 'Prime Minister|russia']);
    expect(key(postsAt(medvedev, '2012-05'))).toEqual(['President|russia', 'Prime Minister|russia']);
  });
  it('keeps a post without an end as current', () => {
    expect(key(postsAt(lookupPerson('Sergei Lavrov')!, '2031-01-01'))).toEqual(['Foreign Minister|russia']);
  });
  it('returns every post without a date', () => {
    expect(postsAt(putin)).toHaveLength(putin.posts.length);
    expect(postsAt(putin, null)).toHaveLength(putin.posts.length);
  });
  it('uses titles the title finder knows in both languages', () => {
    expect(titleSurfaces('Foreign Minister').length).toBeGreaterThan(0);
  });
});

describe('findPersonNames', () => {
  it('finds full names and aliases in Vietnamese text, hyphenated or not', () => {
    expect(ids('Chiều 12/3, Chủ tịch Tập Cận Bình điện đàm với Tổng thống Vla-đi-mia Pu tin về thương mại.')).toEqual([
      ['Tập Cận Bình', 'xi-jinping'],
      ['Vla-đi-mia Pu tin', 'vladimir-putin'],
    ]);
    expect(ids('Ngoại trưởng Xécgây Lavrốp và người đồng cấp Vương Nghị ký thỏa thuận.')).toEqual([
      ['Xécgây Lavrốp', 'sergei-lavrov'],
      ['Vương Nghị', 'wang-yi'],
    ]);
  });
  it('finds names written without diacritics and in other romanizations', () => {
    expect(ids('Talks between Recep Tayyip Erdogan and Nguyen Phu Trong ended early.')).toEqual([
      ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
      ['Nguyen Phu Trong', 'nguyen-phu-trong'],
    ]);
    expect(ids('Sergey Lavrov met Ban Ki moon in Geneva.')).toEqual([
      ['Sergey Lavrov', 'sergei-lavrov'],
      ['Ban Ki moon', 'ban-ki-moon'],
    ]);
  });
  it('finds a Vietnamese spelling with diacritics that its plain romanization does not give', () => {
    expect(ids('Sáng nay, Đức Giáo hoàng Lêô XIV tiếp một phái đoàn từ châu Á.')).toEqual([['Lêô XIV', 'pope-leo-xiv']]);
    expect(ids('Chủ tịch Quốc hội Lào Xaysomphone Phomvihane đón đoàn đại biểu.')).toEqual([['Xaysomphone Phomvihane', 'saysomphone-phomvihane']]);
  });
  it('prefers the longest name', () => {
    expect(ids('Former president George W. Bush spoke.')).toEqual([['George W. Bush', 'george-w-bush']]);
  });
  it('does not report shared names, bare surnames or lower-case words', () => {
    expect(ids('George Bush visited the ranch.')).toEqual([]);
    expect(ids('Putin and Lavrov arrived; ông Tập phát biểu.')).toEqual([]);
    expect(ids('he walked past the rice and the bush near a tony bar')).toEqual([]);
  });
  it('does not match a name inside a longer word', () => {
    expect(ids('Chủ tịch Tập Cận Bìnhh')).toEqual([]);
  });
  it('reports spans into the text', () => {
    const text = 'Yesterday Angela Merkel left.';
    const [m] = findPersonNames(text);
    expect(text.slice(m.start, m.end)).toBe('Angela Merkel');
  });
});
