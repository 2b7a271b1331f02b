import { ApplicantDto, ApplicantSummaryDto, DuplicateCandidate, DuplicateReason, WideningParticipation } from '@pathway/contracts';
import { ApplicantEntity } from './applicant.entity';
import { ApplicantLinks, ApplicantRow } from './applicants.repository';

export function toSummary({ applicant: a, ownerName, organisationName, campaignName, eventTitle }: ApplicantRow, links: ApplicantLinks): ApplicantSummaryDto {
  return {
    id: a.id,
    firstName: a.firstName,
    lastName: a.lastName,
    email: a.email,
    phone: a.phone,
    postcode: a.postcode,
    audience: a.audience,
    region: a.region,
    source: a.source,
    stage: a.stage,
    professionsOfInterest: links.professions.get(a.id) ?? [],
    tags: links.tags.get(a.id) ?? [],
    ownerId: a.ownerId,
    ownerName,
    organisationId: a.organisationId,
    organisationName,
    firstContactAt: a.firstContactAt?.toISOString() ?? null,
    campaignId: a.campaignId,
    campaignName,
    eventId: a.eventId,
    eventTitle,
    stageChangedAt: a.stageChangedAt.toISOString(),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    archivedAt: a.archivedAt?.toISOString() ?? null,
    erasedAt: a.erasedAt?.toISOString() ?? null,
    version: a.version,
  };
}

export function toDetail(row: ApplicantRow, links: ApplicantLinks): ApplicantDto {
  const a = row.applicant;
  return {
    ...toSummary(row, links),
    dateOfBirth: a.dateOfBirth,
    ageBand: a.ageBand,
    closeReason: a.closeReason,
    consent: {
      given: a.consentGiven,
      givenAt: a.consentGivenAt?.toISOString() ?? null,
      source: a.consentSource,
      wordingVersion: a.consentWordingVersion,
      withdrawnAt: a.consentWithdrawnAt?.toISOString() ?? null,
    },
  };
}

export function toWideningParticipation(a: ApplicantEntity): WideningParticipation {
  return { wpFirstInFamily: a.wpFirstInFamily, wpCareExperienced: a.wpCareExperienced, wpDisability: a.wpDisability, wpEthnicity: a.wpEthnicity };
}

export function toCandidate(row: ApplicantRow, matchedOn: DuplicateReason[]): DuplicateCandidate {
  const a = row.applicant;
  return { id: a.id, firstName: a.firstName, lastName: a.lastName, email: a.email, phone: a.phone, stage: a.stage, ownerName: row.ownerName, matchedOn };
}
