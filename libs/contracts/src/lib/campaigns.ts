import { PageQuery } from './pagination';
import { ProgressStage } from './pipeline';

export interface CampaignTargets {
  events: number | null;
  youngPeople: number | null;
  educators: number | null;
  seriousConversations: number | null;
  applications: number | null;
}

export interface CampaignWriteFields {
  name: string;
  description?: string | null;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD, on or after startsOn */
  endsOn: string;
  /** Whole pounds. */
  budget?: number | null;
  targets?: Partial<CampaignTargets>;
}

export type CreateCampaignRequest = CampaignWriteFields;
export type UpdateCampaignRequest = Partial<CampaignWriteFields> & { version: number };

/** What a campaign has achieved so far, each figure beside its target. */
export interface CampaignProgress {
  events: number;
  youngPeople: number;
  educators: number;
  seriousConversations: number;
  applications: number;
}

export interface CampaignDto {
  id: string;
  name: string;
  description: string | null;
  startsOn: string;
  endsOn: string;
  budget: number | null;
  targets: CampaignTargets;
  progress: CampaignProgress;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CampaignDetailDto extends CampaignDto {
  /** People whose first contact is attributed to the campaign who ever reached each stage. */
  reachedStages: { stage: ProgressStage; count: number }[];
}

export interface CampaignListQuery extends PageQuery {
  search?: string;
  /** `active` (running today), `upcoming` or `past`. */
  when?: 'active' | 'upcoming' | 'past';
}
