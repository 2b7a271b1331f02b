import { ProfessionDto } from '@pathway/contracts';
import { professionShortName, shortageFirst } from './profession-names';

describe('profession names', () => {
  it.each([
    ['Podiatry', 'Podiatry'],
    ['Therapeutic radiography', 'TR'],
    ['Occupational therapy', 'OT'],
    ['Operating department practice', 'ODP'],
    ['Prosthetics and orthotics', 'P&O'],
    ['Speech and language therapy', 'SLT'],
  ])('shortens %s to %s', (name, short) => {
    expect(professionShortName(name)).toBe(short);
  });

  it('puts shortage professions first, each group by name', () => {
    const professions: ProfessionDto[] = [
      { code: 'physiotherapy', name: 'Physiotherapy', shortage: false, active: true },
      { code: 'podiatry', name: 'Podiatry', shortage: true, active: true },
      { code: 'dietetics', name: 'Dietetics', shortage: false, active: true },
      { code: 'orthoptics', name: 'Orthoptics', shortage: true, active: true },
    ];
    expect(shortageFirst(professions).map((profession) => profession.code)).toEqual([
      'orthoptics',
      'podiatry',
      'dietetics',
      'physiotherapy',
    ]);
  });
});
