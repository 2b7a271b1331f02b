import { ParamMap } from '@angular/router';
import { BOARD_PAGE_SIZE, BoardQuery } from '@pathway/contracts';

/** The board's filters as they live in the URL (`?profession=&campaignId=&owner=&mine=true`). */
export interface BoardFilters {
  /** A profession code. */
  profession: string;
  /** A campaign id: the campaign people first came through. */
  campaignId: string;
  /** A user id. Ignored while `mine` is on. */
  owner: string;
  /** Only the signed-in person's applicants. */
  mine: boolean;
}

export const DEFAULT_BOARD_FILTERS: BoardFilters = { profession: '', campaignId: '', owner: '', mine: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9_]{1,60}$/;

export function boardFiltersFrom(params: ParamMap): BoardFilters {
  const profession = params.get('profession') ?? '';
  const campaignId = params.get('campaignId') ?? '';
  const owner = params.get('owner') ?? '';
  return {
    profession: CODE.test(profession) ? profession : '',
    campaignId: UUID.test(campaignId) ? campaignId : '',
    owner: UUID.test(owner) ? owner : '',
    mine: params.get('mine') === 'true',
  };
}

/** The first page of every column is `BOARD_PAGE_SIZE` cards: the board never loads everything. */
export function toBoardQuery({ profession, campaignId, owner, mine }: BoardFilters): BoardQuery {
  return {
    ...(profession ? { profession } : {}),
    ...(campaignId ? { campaignId } : {}),
    ...(mine ? { mine: true } : owner ? { ownerId: owner } : {}),
    pageSize: BOARD_PAGE_SIZE,
  };
}

export function hasActiveBoardFilters({ profession, campaignId, owner, mine }: BoardFilters): boolean {
  return profession !== '' || campaignId !== '' || owner !== '' || mine;
}
