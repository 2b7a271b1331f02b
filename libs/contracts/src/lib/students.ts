import { PageQuery } from './pagination';
import { Region } from './reference';

export const STUDY_ROUTES = ['bsc', 'msc_pre_registration', 'degree_apprenticeship'] as const;
export type StudyRoute = (typeof STUDY_ROUTES)[number];
export const STUDY_ROUTE_LABELS: Record<StudyRoute, string> = {
  bsc: 'BSc',
  msc_pre_registration: 'MSc (pre-registration)',
  degree_apprenticeship: 'Degree apprenticeship',
};

export const STUDENT_STATUSES = ['active', 'interrupted', 'withdrawn', 'completed'] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];
export const STUDENT_STATUS_LABELS: Record<StudentStatus, string> = { active: 'Active', interrupted: 'Interrupted', withdrawn: 'Withdrawn', completed: 'Completed' };

export const WITHDRAWAL_REASONS = ['financial', 'academic', 'placement_experience', 'health', 'personal', 'changed_career', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];
export const WITHDRAWAL_REASON_LABELS: Record<WithdrawalReason, string> = {
  financial: 'Financial',
  academic: 'Academic',
  placement_experience: 'Placement experience',
  health: 'Health',
  personal: 'Personal',
  changed_career: 'Changed career',
  other: 'Other',
};

export interface StudentWriteFields {
  firstName: string;
  lastName: string;
  email?: string | null;
  profession: string;
  route: StudyRoute;
  /** Intake year. */
  cohort: number;
  educationProvider?: string | null;
  status?: StudentStatus;
  withdrawalReason?: WithdrawalReason | null;
  applicantId?: string | null;
}

export type CreateStudentRequest = StudentWriteFields;
export type UpdateStudentRequest = Partial<Omit<StudentWriteFields, 'applicantId'>> & { version: number; statusNote?: string | null };

export interface StudentStatusChangeDto {
  id: string;
  from: StudentStatus | null;
  to: StudentStatus;
  at: string;
  byName: string | null;
  withdrawalReason: WithdrawalReason | null;
  note: string | null;
}

export interface StudentDto {
  id: string;
  applicantId: string | null;
  firstName: string;
  lastName: string;
  email: string | null;
  profession: string;
  route: StudyRoute;
  cohort: number;
  educationProvider: string | null;
  status: StudentStatus;
  statusChangedAt: string;
  withdrawalReason: WithdrawalReason | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StudentDetailDto extends StudentDto {
  statusHistory: StudentStatusChangeDto[];
}

export interface StudentListQuery extends PageQuery {
  search?: string;
  cohort?: number;
  profession?: string;
  status?: StudentStatus;
}

export interface PlacementSiteWriteFields {
  name: string;
  /** The body running it, e.g. an NHS trust. */
  organisation?: string | null;
  department?: string | null;
  region?: Region | null;
  professions?: string[];
}

export type CreatePlacementSiteRequest = PlacementSiteWriteFields;

export interface PlacementSiteDto {
  id: string;
  name: string;
  organisation: string | null;
  department: string | null;
  region: Region | null;
  professions: string[];
  createdAt: string;
}

export interface PlacementWriteFields {
  studentId: string;
  siteId: string;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD, not before startsOn */
  endsOn: string;
  yearOfStudy: number;
  practiceEducator?: string | null;
}

export type CreatePlacementRequest = PlacementWriteFields;

export interface PlacementDto {
  id: string;
  studentId: string;
  studentName: string;
  profession: string;
  cohort: number;
  siteId: string;
  siteName: string;
  startsOn: string;
  endsOn: string;
  yearOfStudy: number;
  practiceEducator: string | null;
  /** Whether the placement-experience survey was sent and answered (never what was answered). */
  surveyStatus: 'not_invited' | 'invited' | 'answered' | 'expired';
  createdAt: string;
}

export const PLACEMENT_SORT_FIELDS = ['startsOn', 'endsOn', 'studentName', 'siteName'] as const;
export type PlacementSortField = (typeof PLACEMENT_SORT_FIELDS)[number];

/** Sorted by `sort` (default: newest start first; ending soonest first when filtered to current or ending placements). */
export interface PlacementListQuery extends PageQuery {
  siteId?: string;
  studentId?: string;
  cohort?: number;
  profession?: string;
  /** Running today. */
  current?: boolean;
  /** Ending within the next N days (from today). */
  endingWithinDays?: number;
}
