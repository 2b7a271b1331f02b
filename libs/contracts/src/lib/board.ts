import { Stage } from './pipeline';

export interface BoardCardDto {
  id: string;
  firstName: string;
  lastName: string;
  professionsOfInterest: string[];
  ownerId: string | null;
  ownerName: string | null;
  stage: Stage;
  position: number;
  daysInStage: number;
  /** The earliest open follow-up's due time, once follow-ups exist for the applicant. */
  nextFollowUpDueAt: string | null;
  version: number;
}

export interface BoardColumnDto {
  stage: Stage;
  total: number;
  items: BoardCardDto[];
  nextCursor: string | null;
}

export interface BoardDto {
  columns: BoardColumnDto[];
}

export interface BoardColumnPageDto {
  items: BoardCardDto[];
  nextCursor: string | null;
}

export interface BoardQuery {
  profession?: string;
  ownerId?: string;
  /** The campaign people first came through. */
  campaignId?: string;
  /** Only the caller's own applicants. */
  mine?: boolean;
  pageSize?: number;
}

export const BOARD_PAGE_SIZE = 20;
