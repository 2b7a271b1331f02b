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
  /** Mean of likert (1–5) answers; NPS questions give their mean 0–10. */
  mean: SuppressedValue;
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
