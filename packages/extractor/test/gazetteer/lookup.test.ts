import { describe, it, expect } from '@jest/globals';
import { findGazetteerMentions, lookupName, lookupDemonym, entryById, resolveActor, gazetteerEntries, tokenize } from '../../src/gazetteer/index.js';

const ids = (text: string, lang: 'vi' | 'en') => findGazetteerMentions(text, lang).map((m) => [m.text, m.entry.id]);

describe('findGazetteerMentions (vi)', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    [
      'Hôm nay Nga và Hoa Kỳ ký kết.',
      [
        ['Nga', 'russia'],
        ['Hoa Kỳ', 'united-states'],
      ],
    ],
    [
      'Phái đoàn Liên bang Nga tới Giơnevơ.',
      [
        ['Liên bang Nga', 'russia'],
        ['Giơnevơ', 'geneva'],
      ],
    ],
    [
      'Quan chức Gruzia và Grudia',
      [
        ['Gruzia', 'georgia'],
        ['Grudia', 'georgia'],
      ],
    ],
    [
      'chiến dịch ở Ápganixtan và Áp-ga-ni-xtan',
      [
        ['Ápganixtan', 'afghanistan'],
        ['Áp-ga-ni-xtan', 'afghanistan'],
      ],
    ],
    [
      'Libi, Xômali và I-rắc',
      [
        ['Libi', 'libya'],
        ['Xômali', 'somalia'],
        ['I-rắc', 'iraq'],
      ],
    ],
    [
      'Bắc Triều Tiên và Hàn Quốc',
      [
        ['Bắc Triều Tiên', 'north-korea'],
        ['Hàn Quốc', 'south-korea'],
      ],
    ],
    [
      'quan hệ với Ucraina, Ukraina',
      [
        ['Ucraina', 'ukraine'],
        ['Ukraina', 'ukraine'],
      ],
    ],
    // tone-mark placement variants are one name
    [
      'Thuỵ Sĩ và Thụy Sĩ',
      [
        ['Thuỵ Sĩ', 'switzerland'],
        ['Thụy Sĩ', 'switzerland'],
      ],
    ],
    // final y/i spelling variants
    [
      'Hoa Kì, Mĩ và Hi Lạp',
      [
        ['Hoa Kì', 'united-states'],
        ['Mĩ', 'united-states'],
        ['Hi Lạp', 'greece'],
      ],
    ],
    // press case variants of organizations
    [
      'Liên Hợp Quốc và Liên hợp quốc',
      [
        ['Liên Hợp Quốc', 'united-nations'],
        ['Liên hợp quốc', 'united-nations'],
      ],
    ],
    ['Tổ chức Hiệp ước Bắc Đại Tây dương', [['Tổ chức Hiệp ước Bắc Đại Tây dương', 'nato']]],
    ['Tổ chức Hợp tác an ninh châu Âu', [['Tổ chức Hợp tác an ninh châu Âu', 'osce']]],
    ['Hội đồng Nga-NATO họp', [['Hội đồng Nga-NATO', 'nato-russia-council']]],
    // longest match: the Security Council, not the UN inside it
    ['Hội đồng Bảo an Liên hợp quốc nhóm họp', [['Hội đồng Bảo an Liên hợp quốc', 'un-security-council']]],
    // regions and seas, lower-case head words
    [
      'an ninh ở châu Âu và Đông Âu, Biển Đen',
      [
        ['châu Âu', 'europe'],
        ['Đông Âu', 'eastern-europe'],
        ['Biển Đen', 'black-sea'],
      ],
    ],
    // ministries from the pattern, and the US-specific row winning over the pattern
    ['Bộ Quốc phòng Anh cho biết', [['Bộ Quốc phòng Anh', 'ministry-of-defence-of-united-kingdom']]],
    ['Bộ Ngoại giao Mỹ cho biết', [['Bộ Ngoại giao Mỹ', 'us-department-of-state']]],
    ['Lầu Năm Góc xác nhận', [['Lầu Năm Góc', 'us-department-of-defense']]],
    ['Quân đội Ukraina rút khỏi', [['Quân đội Ukraina', 'armed-forces-of-ukraine']]],
    // a ministry with no country after it is not resolved
    ['Bộ Ngoại giao cho biết', []],
  ];
  it.each(table)('%s', (text, expected) => expect(ids(text, 'vi')).toEqual(expected));

  it('matches on word boundaries only: no "Nga" inside "Ngan", no "Anh" inside "Thanh"', () => {
    expect(ids('Ngan Thanh Nganh', 'vi')).toEqual([]);
  });
  it('needs a capital for capitalised names: "thẩm mỹ", "mỹ thuật" are not the US', () => {
    expect(ids('ngành thẩm mỹ và mỹ thuật', 'vi')).toEqual([]);
  });
  it('flags ambiguous surfaces and not the others', () => {
    const [anh, vqa] = findGazetteerMentions('Anh và Vương quốc Anh', 'vi');
    expect([anh.entry.id, anh.entry.ambiguous]).toEqual(['united-kingdom', true]);
    expect([vqa.text, vqa.entry.ambiguous]).toEqual(['Vương quốc Anh', undefined]);
  });
  it('gives seats of government as Locations that know their country', () => {
    const [m] = findGazetteerMentions('Điện Kremlin bác bỏ', 'vi');
    expect([m.entry.type, m.entry.seatOf]).toEqual(['Location', 'russia']);
    expect(resolveActor(m.entry).id).toBe('russia');
    expect(resolveActor(m.entry).type).toBe('Country');
    const [b] = findGazetteerMentions('họp tại Brúcxen', 'vi');
    expect(resolveActor(b.entry).id).toBe('brussels');
  });
  it('reports offsets into the text', () => {
    const text = 'Tuyên bố của Mát-xcơ-va hôm qua';
    const [m] = findGazetteerMentions(text, 'vi');
    expect(text.slice(m.start, m.end)).toBe('Mát-xcơ-va');
    expect(m.entry.seatOf).toBe('russia');
  });
});

describe('findGazetteerMentions (en)', () => {
  const table: Array<[string, Array<[string, string]>]> = [
    [
      'Officials from the U.S. met Russia.',
      [
        ['U.S.', 'united-states'],
        ['Russia', 'russia'],
      ],
    ],
    [
      'Britain and the United Kingdom',
      [
        ['Britain', 'united-kingdom'],
        ['United Kingdom', 'united-kingdom'],
      ],
    ],
    [
      'The EU and NATO',
      [
        ['EU', 'european-union'],
        ['NATO', 'nato'],
      ],
    ],
    // acronyms are case-sensitive: the pronoun "us" is not the United States
    ['let us go to the US', [['US', 'united-states']]],
    ["Russia's Defence Ministry said", [["Russia's Defence Ministry", 'ministry-of-defence-of-russia']]],
    [
      'the Russian Defense Ministry and the Ukrainian Foreign Ministry',
      [
        ['Russian Defense Ministry', 'ministry-of-defence-of-russia'],
        ['Ukrainian Foreign Ministry', 'ministry-of-foreign-affairs-of-ukraine'],
      ],
    ],
    // a demonym alone is not a mention
    ['Russian troops', []],
    ['the Foreign Ministry of China', [['Foreign Ministry of China', 'ministry-of-foreign-affairs-of-china']]],
    [
      'a summit in Lisbon on the Black Sea',
      [
        ['Lisbon', 'lisbon'],
        ['Black Sea', 'black-sea'],
      ],
    ],
    // Vietnamese surfaces are not matched in English text
    ['Nga', []],
  ];
  it.each(table)('%s', (text, expected) => expect(ids(text, 'en')).toEqual(expected));
});

describe('organizations, armed groups and country names of the people review', () => {
  const table: Array<[string, 'vi' | 'en', Array<[string, string]>]> = [
    [
      'Lực lượng Hỗ trợ nhanh (RSF) pháo kích, Quân đội Sudan đáp trả.',
      'vi',
      [
        ['Lực lượng Hỗ trợ nhanh', 'rsf'],
        ['RSF', 'rsf'],
        ['Quân đội Sudan', 'sudanese-armed-forces'],
      ],
    ],
    [
      'Phong trào Hồi giáo Hamas và lực lượng Houthi ra tuyên bố chung.',
      'vi',
      [
        ['Phong trào Hồi giáo Hamas', 'hamas'],
        ['lực lượng Houthi', 'houthis'],
      ],
    ],
    [
      'Ansar Allah claimed the drone strike; the Rapid Support Forces denied it.',
      'en',
      [
        ['Ansar Allah', 'houthis'],
        ['Rapid Support Forces', 'rsf'],
      ],
    ],
    [
      'Đoàn đại biểu Bờ Biển Ngà và Liban tới Hà Nội.',
      'vi',
      [
        ['Bờ Biển Ngà', 'ivory-coast'],
        ['Liban', 'lebanon'],
        ['Hà Nội', 'hanoi'],
      ],
    ],
    [
      'Tổng Bí thư Đảng Cộng sản Việt Nam tiếp đoàn Đảng Nhân dân Cách mạng Lào.',
      'vi',
      [
        ['Đảng Cộng sản Việt Nam', 'communist-party-of-vietnam'],
        ['Đảng Nhân dân Cách mạng Lào', 'lao-peoples-revolutionary-party'],
      ],
    ],
    [
      'The P5+1 met the IAEA in Vienna.',
      'en',
      [
        ['P5+1', 'p5-plus-1'],
        ['IAEA', 'iaea'],
        ['Vienna', 'vienna'],
      ],
    ],
    ['Nhà nước Hồi giáo Khorasan nhận trách nhiệm.', 'vi', [['Nhà nước Hồi giáo Khorasan', 'isis-k']]],
    // a party of another country is not the US party that shares its first words
    ['Đảng Cộng hòa Nhân dân (CHP) của Thổ Nhĩ Kỳ', 'vi', [['Thổ Nhĩ Kỳ', 'turkey']]],
    ['the Liberal Democrats and the Sweden Democrats', 'en', [['Sweden', 'sweden']]],
    // "sát" is an ordinary word; capitalised "Sát" is returned flagged, for the plugin to judge
    ['hai bên sát cánh', 'vi', []],
  ];
  it.each(table)('%s', (text, lang, expected) => expect(ids(text, lang)).toEqual(expected));
  it('flags the short form of Chad as ambiguous', () => {
    expect(findGazetteerMentions('Sát cánh cùng nhau', 'vi')[0]?.entry).toMatchObject({ id: 'chad', ambiguous: true });
  });
});

describe('lookupName / entryById', () => {
  const table: Array<[string, 'vi' | 'en', string | undefined]> = [
    ['Liên bang Nga', 'vi', 'russia'],
    ['Liên hợp quốc', 'vi', 'united-nations'],
    ['Bộ Ngoại giao Nga', 'vi', 'ministry-of-foreign-affairs-of-russia'],
    ['NATO', 'en', 'nato'],
    ['nato', 'en', undefined],
    ['Nhà Trắng', 'vi', 'white-house'],
    ['Atlantis', 'en', undefined],
    // generated CLDR / i18n-iso-countries names
    ['Cộng hòa Dominica', 'vi', 'dominican-republic'],
    ['Mông Cổ', 'vi', 'mongolia'],
    ['Czechia', 'en', 'czech-republic'],
    // a generated name shared by two countries is dropped; the explicit forms stay
    ['Congo', 'en', undefined],
    ['DR Congo', 'en', 'democratic-republic-of-the-congo'],
    ['Congo-Brazzaville', 'en', 'republic-of-the-congo'],
  ];
  it.each(table)('%s (%s) → %s', (surface, lang, id) => expect(lookupName(surface, lang)?.id).toBe(id));

  it('gives the canonical English name and a QID for well-known ids', () => {
    expect(entryById('russia')).toMatchObject({ name: 'Russia', type: 'Country', wikidata: 'Q159' });
    expect(entryById('united-states')).toMatchObject({ name: 'United States', wikidata: 'Q30' });
    expect(entryById('nato')).toMatchObject({ name: 'NATO', type: 'Organization', wikidata: 'Q7184' });
  });
});

describe('lookupDemonym', () => {
  it.each([
    ['Russian', 'russia'],
    ['North Korean', 'north-korea'],
    ['American', 'united-states'],
    ['american', undefined],
    ['Martian', undefined],
  ])('%s → %s', (word, id) => expect(lookupDemonym(word)?.id).toBe(id));
});

describe('gazetteer data', () => {
  const all = gazetteerEntries();
  it('covers every ISO 3166-1 country and broad places', () => {
    const count = (t: string) => new Set(all.filter((e) => e.type === t).map((e) => e.id)).size;
    expect(count('Country')).toBeGreaterThanOrEqual(248);
    expect(count('Location')).toBeGreaterThanOrEqual(150);
    expect(count('Organization')).toBeGreaterThanOrEqual(50);
  });
  it('gives each id one name and one type', () => {
    const seen = new Map<string, string>();
    for (const e of all) {
      const sig = `${e.name}|${e.type}`;
      expect([e.id, seen.get(e.id) ?? sig]).toEqual([e.id, sig]);
      seen.set(e.id, sig);
    }
  });
  it('never maps one surface to two entities in the same language', () => {
    const owners = new Map<string, Set<string>>();
    for (const e of all) {
      const k = `${e.lang}:${tokenize(e.surface)
        .map((t) => t.key)
        .join(' ')}`;
      owners.set(k, (owners.get(k) ?? new Set()).add(e.id));
    }
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
  });
  it('keeps QIDs well-formed and one QID per id', () => {
    const q = new Map<string, string>();
    for (const e of all.filter((x) => x.wikidata)) {
      expect(e.wikidata).toMatch(/^Q\d+$/);
      expect(q.get(e.id) ?? e.wikidata).toBe(e.wikidata);
      q.set(e.id, e.wikidata!);
    }
  });
});
