import { ApplicantEntity } from '../modules/applicants/applicant.entity';
import { ConsentChangeEntity } from '../modules/applicants/consent-change.entity';
import { ApplicantProfessionEntity, ApplicantTagEntity, StageChangeEntity } from '../modules/applicants/applicant-links.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { ConcernEntity } from '../modules/concerns/concern.entity';
import { ConversationEntity } from '../modules/conversations/conversation.entity';
import { EventAttendanceEntity, EventEntity, EventProfessionEntity } from '../modules/events/event.entity';
import { CalendarFeedEntity, FollowUpEntity } from '../modules/follow-ups/follow-up.entity';
import { ImportEntity } from '../modules/imports/import.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { PlacementEntity, PlacementSiteEntity, PlacementSiteProfessionEntity } from '../modules/placements/placement.entity';
import { ProfessionEntity } from '../modules/reference/profession.entity';
import { StudentEntity, StudentStatusChangeEntity } from '../modules/students/student.entity';
import { SurveyInvitationEntity, SurveyResponseEntity, SurveyTemplateEntity } from '../modules/surveys/survey.entities';
import { UserEntity } from '../modules/users/user.entity';

export const ENTITIES = [
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  ProfessionEntity,
  OrganisationEntity,
  ApplicantEntity,
  ApplicantProfessionEntity,
  ApplicantTagEntity,
  ConsentChangeEntity,
  StageChangeEntity,
  ConversationEntity,
  FollowUpEntity,
  CalendarFeedEntity,
  CampaignEntity,
  EventEntity,
  EventProfessionEntity,
  EventAttendanceEntity,
  StudentEntity,
  StudentStatusChangeEntity,
  PlacementSiteEntity,
  PlacementSiteProfessionEntity,
  PlacementEntity,
  SurveyTemplateEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  ConcernEntity,
  ImportEntity,
];
