import { convertToParamMap } from '@angular/router';
import { paramsWithoutDefaults } from '../../core/list/paged-list';
import { boardFiltersFrom, DEFAULT_BOARD_FILTERS, toBoardQuery } from './board-filters';

const OWNER = '1fcd7b4b-13f4-481f-a31f-582b75cf0361';

describe('board filters', () => {
  it('reads the URL and ignores what is not valid', () => {
    expect(boardFiltersFrom(convertToParamMap({ profession: 'podiatry', owner: OWNER, mine: 'true' }))).toEqual({
      profession: 'podiatry',
      owner: OWNER,
      mine: true,
    });
    expect(boardFiltersFrom(convertToParamMap({ profession: 'DROP TABLE', owner: 'bob', mine: '1' }))).toEqual(
      DEFAULT_BOARD_FILTERS,
    );
  });

  it('asks for the first page of each column, with "mine" taking over from the owner', () => {
    expect(toBoardQuery({ profession: '', owner: OWNER, mine: false })).toEqual({ ownerId: OWNER, pageSize: 20 });
    expect(toBoardQuery({ profession: 'podiatry', owner: OWNER, mine: true })).toEqual({
      profession: 'podiatry',
      mine: true,
      pageSize: 20,
    });
  });

  it('keeps defaults out of the URL', () => {
    expect(paramsWithoutDefaults({ profession: '', owner: '', mine: true }, DEFAULT_BOARD_FILTERS)).toEqual({ mine: true });
  });
});
