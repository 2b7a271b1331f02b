import { PageQuery } from './pagination';
import { Region } from './reference';

export const ORGANISATION_KINDS = ['school', 'college', 'gp_surgery', 'nhs_trust', 'university', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  school: 'School',
  college: 'College',
  gp_surgery: 'GP surgery',
  nhs_trust: 'NHS trust',
  university: 'University',
  other: 'Other',
};

export interface OrganisationDto {
  id: string;
  name: string;
  kind: OrganisationKind;
  region: Region | null;
}

export interface CreateOrganisationRequest {
  name: string;
  kind: OrganisationKind;
  region?: Region | null;
}

export interface OrganisationListQuery extends PageQuery {
  search?: string;
  kind?: OrganisationKind;
}
