/** Acronyms a Vietnamese text defines: bodies become organizations; treaties, codes and places do not. */
import { describe, expect, it } from '@jest/globals';
import type { DocumentExtraction } from '../../src/types.js';
import { run } from './helpers.js';

const orgs = (x: DocumentExtraction): string[] => x.entities.filter((e) => e.type === 'Organization').map((e) => `${e.name} [${e.aliases.sort().join(', ')}]`).sort();

describe('vi acronyms', () => {
  it('learns a body defined with its acronym and finds the acronym later', () => {
    const x = run('Tổ chức Hàng hải Quốc tế (IMO) họp tại London. IMO kêu gọi các nước hợp tác.');
    expect(orgs(x)).toEqual(['Tổ chức Hàng hải Quốc tế [IMO, Tổ chức Hàng hải Quốc tế]']);
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
