import { inject } from '@angular/core';
import { RedirectFunction } from '@angular/router';
import { Permission } from '@pathway/contracts';
import { AuthStore } from '../core/auth/auth-store';

export interface FeedbackTab {
  label: string;
  path: string;
  permission: Permission;
}

/**
 * The feedback area's views. Individual responses and concerns are for coordinators (and admins) only; managers see
 * the aggregate dashboards, whose small groups the API suppresses.
 */
export const FEEDBACK_TABS: readonly FeedbackTab[] = [
  { label: 'Review queue', path: 'review', permission: Permission.StudentsRead },
  { label: 'Concerns', path: 'concerns', permission: Permission.StudentsRead },
  { label: 'Site dashboard', path: 'sites', permission: Permission.ReportsPlacementExperience },
  { label: 'Retention', path: 'retention', permission: Permission.ReportsRetention },
];

export function feedbackTabsFor(permissions: readonly Permission[]): FeedbackTab[] {
  return FEEDBACK_TABS.filter((tab) => permissions.includes(tab.permission));
}

/** `/feedback` opens the first view the person may use. */
export const firstFeedbackTab: RedirectFunction = () => {
  const first = feedbackTabsFor(inject(AuthStore).permissions())[0];
  return first ? `/feedback/${first.path}` : '/';
};
