import { ProgressStage } from './pipeline';
import { StudentStatus, WithdrawalReason } from './students';
import { SurveyDomain } from './surveys';

/** A figure that is hidden when drawn from fewer than five people, so tiny cohorts and sites cannot be identified. */
export interface SuppressedValue<T = number> {
  value: T | null;
  count: number | null;
  suppressed: boolean;
}

export interface RetentionRow {
  cohort: number;
  profession: string;
  enrolled: SuppressedValue;
  byStatus: Record<StudentStatus, SuppressedValue>;
  /** (active + completed) / enrolled, 0–1. */
  retentionRate: SuppressedValue;
  withdrawalReasons: Partial<Record<WithdrawalReason, SuppressedValue>>;
}

export interface RetentionReport {
  rows: RetentionRow[];
}

export interface ReportQuery {
  from?: string;
  to?: string;
  profession?: string;
  source?: string;
  campaignId?: string;
  region?: string;
  siteId?: string;
  cohort?: number;
  format?: 'json' | 'csv';
}

export interface DomainScore {
  domain: SurveyDomain;
  /** Mean of likert (1–5) answers; NPS questions give their mean 0–10. `count: 0` (not suppressed) when none. */
  mean: SuppressedValue;
  /** Share of `yes` among yes/no answers, 0–1. `count: 0` (not suppressed) when the domain has none. */
  yesRate: SuppressedValue;
  /** How many answered each value ("1".."5", "yes"/"no", "0".."10"). */
  distribution: SuppressedValue<Record<string, number>>;
}

export interface SiteExperience {
  siteId: string | null;
  siteName: string;
  responses: SuppressedValue;
  domains: DomainScore[];
}

export interface PlacementExperienceReport {
  overall: SiteExperience;
  sites: SiteExperience[];
}

export interface AtRiskStudentDto {
  studentId: string;
  name: string;
  profession: string;
  cohort: number;
  siteName: string;
  submittedOn: string;
  overallScore: number | null;
  concernRaised: boolean;
}

export interface AtRiskReport {
  students: AtRiskStudentDto[];
  /** Worrying responses from students who did not consent to contact: counted, never named. */
  unidentifiedResponses: number;
}

export interface FunnelStageDto {
  stage: ProgressStage;
  reached: number;
  stepConversion: number | null;
  cumulativeConversion: number | null;
  medianDaysToNext: number | null;
}

export const FUNNEL_BREAKDOWNS = ['source', 'campaign', 'profession'] as const;
export type FunnelBreakdown = (typeof FUNNEL_BREAKDOWNS)[number];

export interface FunnelReport {
  /** People in the cohort (first contact in the period, after the filters). */
  cohortSize: number;
  stages: FunnelStageDto[];
  /** With `breakdown`: the same funnel per source, campaign or profession. */
  groups?: { key: string | null; label: string; cohortSize: number; stages: FunnelStageDto[] }[];
}

/** Serious conversations: conversations that met the serious rule, and the distinct people they were with. */
export interface SeriousConversationCount {
  conversations: number;
  /** Distinct applicants with at least one serious conversation in the group. */
  people: number;
}

export interface SeriousConversationsReport {
  /** Totals for the whole period (`from`/`to` on `occurredAt`; all time when absent) after the filters. */
  total: SeriousConversationCount;
  /** The summed `seriousConversations` targets of the campaign filtered on, or of every campaign; null when none set. */
  target: number | null;
  /** Every month in the period (`YYYY-MM` in PATHWAY_TIMEZONE), oldest first, months without any included as zero. */
  byMonth: ({ month: string; cumulativeConversations: number } & SeriousConversationCount)[];
  /** Per officer (author of the conversation), most conversations first. */
  byOfficer: ({ officerId: string; officerName: string } & SeriousConversationCount)[];
  /** Per profession of interest of the applicant (a person interested in two professions counts in both); null = none given. */
  byProfession: ({ profession: string | null } & SeriousConversationCount)[];
}

/** Reach of the events held in the period (`from`/`to` on the event's start), after the filters. */
export interface ReachFigures {
  events: number;
  youngPeople: number;
  educators: number;
  others: number;
  webinars: number;
  /** Different people recorded as attending these webinars: someone at two of them counts once. */
  webinarAttendance: number;
  leafletsDistributed: number;
  leafletsTaken: number;
  /** leafletsTaken / leafletsDistributed, 0–1; null when none were distributed. */
  leafletTakeUp: number | null;
}

export interface IntermediaryCredit {
  organisationId: string;
  name: string;
  /** An organisation kind (school, college, gp_surgery, …). */
  kind: string;
  /** Applicants whose school or college is this organisation, or who first came through an event it hosted. */
  applicants: number;
  /** Of those, how many reached `applied` or later. */
  applications: number;
  /** Events it hosted in the period. */
  eventsHosted: number;
}

export interface ReachReport {
  total: ReachFigures;
  byType: ({ type: string } & ReachFigures)[];
  /** Per campaign; `campaignId` null = events outside any campaign. */
  byCampaign: ({ campaignId: string | null; campaignName: string } & ReachFigures)[];
  /** Per region; null = region not recorded. */
  byRegion: ({ region: string | null } & ReachFigures)[];
  /** Schools, colleges, GP surgeries… ordered by applicants, then applications (at most 100). */
  intermediaries: IntermediaryCredit[];
}

/** A headline figure on a dashboard, with its recent history for a sparkline. */
export interface Kpi {
  key: string;
  label: string;
  value: number | null;
  /** How `value` reads: a count, or a 0–1 rate shown as a percentage. */
  unit: 'count' | 'rate';
  /** The target it is measured against, when there is one. */
  target?: number | null;
  /** The last 12 months (`YYYY-MM`), oldest first, for a sparkline; absent when it has no history. */
  trend?: { month: string; value: number | null }[];
  /** The page that explains the figure (an app route, e.g. `/reports/funnel`). */
  link?: string;
}

/** `GET /dashboard`: the caller's home page, shaped by their role. */
export interface DashboardDto {
  role: 'admin' | 'manager' | 'officer' | 'coordinator';
  kpis: Kpi[];
}
