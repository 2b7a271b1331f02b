import { Foundation1764000000000 } from './1764000000000-foundation';
import { Applicants1764100000000 } from './1764100000000-applicants';
import { ConversationsFollowUps1764200000000 } from './1764200000000-conversations-follow-ups';
import { CampaignsEvents1764300000000 } from './1764300000000-campaigns-events';
import { StudentsPlacements1764400000000 } from './1764400000000-students-placements';
import { Surveys1764500000000 } from './1764500000000-surveys';
import { Erasure1764650000000 } from './1764650000000-erasure';
import { ConsentHistory1764660000000 } from './1764660000000-consent-history';
import { Imports1764700000000 } from './1764700000000-imports';
import { AttendeeImports1764800000000 } from './1764800000000-attendee-imports';
import { ApplicantProgress1764900000000 } from './1764900000000-applicant-progress';
import { SeriousConversationIndex1765000000000 } from './1765000000000-serious-conversation-index';
import { FunnelCells1765100000000 } from './1765100000000-funnel-cells';
import { ApplicantSearchIndex1765200000000 } from './1765200000000-applicant-search-index';
import { ProgressReachCredit1765300000000 } from './1765300000000-progress-reach-credit';
import { SeriousConversationPeopleIndex1765400000000 } from './1765400000000-serious-conversation-people-index';

/** Every migration, oldest first. Listed by hand because the server is bundled (no file globbing at run time). */
export const MIGRATIONS = [Foundation1764000000000, Applicants1764100000000, ConversationsFollowUps1764200000000, CampaignsEvents1764300000000, StudentsPlacements1764400000000, Surveys1764500000000, Erasure1764650000000, ConsentHistory1764660000000, Imports1764700000000, AttendeeImports1764800000000, ApplicantProgress1764900000000, SeriousConversationIndex1765000000000, FunnelCells1765100000000, ApplicantSearchIndex1765200000000, ProgressReachCredit1765300000000, SeriousConversationPeopleIndex1765400000000];
