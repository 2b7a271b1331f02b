import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { FieldError } from '@pathway/contracts';
import { AppError } from '../../common/errors/app-error';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { EventEntity } from '../events/event.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProfessionEntity } from '../reference/profession.entity';
import { UserEntity } from '../users/user.entity';

export interface ReferencedIds {
  organisationId?: string | null;
  campaignId?: string | null;
  eventId?: string | null;
  ownerId?: string | null;
  professionsOfInterest?: string[];
}

/** Checks that the records an applicant points to exist, answering every problem at once as field errors. */
@Injectable()
export class ApplicantReferences {
  /** `fieldNames` renames fields in the answer, for callers whose request names them differently. */
  async assertValid(manager: EntityManager, ids: ReferencedIds, fieldNames: Partial<Record<keyof ReferencedIds, string>> = {}): Promise<void> {
    const problems: FieldError[] = [];
    if (ids.organisationId && !(await manager.existsBy(OrganisationEntity, { id: ids.organisationId }))) {
      problems.push({ field: 'organisationId', message: 'is not a known organisation' });
    }
    if (ids.campaignId && !(await manager.existsBy(CampaignEntity, { id: ids.campaignId }))) {
      problems.push({ field: 'campaignId', message: 'is not a known campaign' });
    }
    if (ids.eventId && !(await manager.existsBy(EventEntity, { id: ids.eventId }))) {
      problems.push({ field: 'eventId', message: 'is not a known event' });
    }
    if (ids.ownerId) {
      const owner = await manager.findOne(UserEntity, { select: { id: true, active: true, role: true }, where: { id: ids.ownerId } });
      if (!owner) problems.push({ field: 'ownerId', message: 'is not a known user' });
      else if (!owner.active) problems.push({ field: 'ownerId', message: 'is a deactivated user' });
      else if (owner.role === 'coordinator') problems.push({ field: 'ownerId', message: 'must be an officer, manager or admin' });
    }
    const codes = [...new Set(ids.professionsOfInterest ?? [])];
    if (codes.length) {
      const known = new Set((await manager.find(ProfessionEntity, { select: { code: true }, where: { code: In(codes) } })).map(({ code }) => code));
      const unknown = codes.filter((code) => !known.has(code));
      if (unknown.length) problems.push({ field: 'professionsOfInterest', message: `has unknown professions: ${unknown.join(', ')}` });
    }
    if (problems.length) {
      throw AppError.validation(problems.map((problem) => ({ ...problem, field: fieldNames[problem.field as keyof ReferencedIds] ?? problem.field })));
    }
  }
}
