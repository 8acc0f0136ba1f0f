/** Acronyms a Vietnamese text defines: bodies become organizations; treaties, codes and places do not. */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { run } from './helpers.js';

const orgs = (x: DocumentExtraction): string[] =>
  x.entities
    .filter((e) => e.type === 'Organization')
    .map((e) => `${e.name} [${e.aliases.sort().join(', ')}]`)
    .sort();

describe('vi acronyms', () => {
  it('learns a body defined with its acronym and finds the acronym later', () => {
    // a body no gazetteer lists
    const x = run('Hiệp hội Nuôi ong Đông Nam Á (SEABA) họp tại Bangkok. SEABA kêu gọi các nước hợp tác.');
    expect(orgs(x)).toEqual(['Hiệp hội Nuôi ong Đông Nam Á [Hiệp hội Nuôi ong Đông Nam Á, SEABA]']);
  });
  it('makes no organization of a treaty or code, nor of the bodies named in its title', () => {
    const x = run('Các bên cam kết tuân thủ Công ước Liên hợp quốc về Luật Biển (UNCLOS) năm 1982. Hai nước thúc đẩy Bộ Quy tắc ứng xử trên biển (MCOC).');
    expect(orgs(x)).toEqual([]);
  });
  it('does not take an unknown acronym after a place for that place', () => {
    const x = run('Hai bên ký Tuyên bố chung về hợp tác ở Biển Baltic (JDB) hôm qua.');
    const sea = x.entities.find((e) => e.name === 'Baltic Sea');
    expect(sea?.aliases).toEqual(['Biển Baltic']);
    expect(orgs(x)).toEqual([]);
  });
  it('still learns a body whose name follows a document word in the same clause', () => {
    const x = run('Hai bên ký Hiệp định thương mại với Liên minh Hải quan Nam Phi (SACU) hôm qua. SACU hoan nghênh.');
    expect(orgs(x)).toEqual(['Liên minh Hải quan Nam Phi [Liên minh Hải quan Nam Phi, SACU]']);
  });
});

describe('vi groups of states', () => {
  it('reads a code after "nhóm" as a group, with its later uses', () => {
    const x = run('Ngoại trưởng các nước nhóm E3 đã họp tại Geneva. Sau đó, E3 kêu gọi Iran quay lại đàm phán.');
    const e3 = x.entities.find((e) => e.name === 'E3')!;
    expect(e3.type).toBe('Organization');
    expect(e3.mentions.map((m) => m.text)).toEqual(['E3', 'E3']);
  });
  it('keeps a plus sign in the code ("ASEAN+3") and leaves known codes to the gazetteer', () => {
    const x = run('Khối ASEAN+3 và nhóm G20 đã ra tuyên bố chung.');
    expect(orgs(x)).toEqual(['ASEAN+3 [ASEAN+3]', 'G20 [nhóm G20]']);
  });
  it('makes no group of a code without a group word, or of a plain word', () => {
    const x = run('Mẫu xe X5 được bán ở Đức. Nhóm Nghiên cứu đã công bố báo cáo.');
    expect(orgs(x)).toEqual([]);
  });
});
