import { CampaignDto, CampaignTargets } from '@pathway/contracts';

export const TARGET_KEYS = ['events', 'youngPeople', 'educators', 'seriousConversations', 'applications'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export const TARGET_LABELS: Record<TargetKey, string> = {
  events: 'Events',
  youngPeople: 'Young people reached',
  educators: 'Educators reached',
  seriousConversations: 'Serious conversations',
  applications: 'Applications',
};

export interface TargetProgress {
  key: TargetKey;
  label: string;
  value: number;
  target: number | null;
  /** How much of the target is done, rounded; over 100 when it was beaten; `null` without a target. */
  percent: number | null;
  /** The bar's fill, 0–100. */
  bar: number;
  /** "3,788 / 4,500", or "14" without a target. */
  text: string;
  /** What a screen reader says for the bar: "Young people reached: 3,788 of 4,500 (84%)". */
  description: string;
}

const NUMBER = new Intl.NumberFormat('en-GB');

/** Progress against a target as a whole percentage; a target of 0 is met at once; no target, no percentage. */
export function progressPercent(value: number, target: number | null): number | null {
  if (target === null) {
    return null;
  }
  return target <= 0 ? 100 : Math.floor((value / target) * 100);
}

/** One row per figure a campaign tracks, in a fixed order, each against its target when it has one. */
export function targetProgress(campaign: Pick<CampaignDto, 'targets' | 'progress'>): TargetProgress[] {
  return TARGET_KEYS.map((key) => {
    const value = campaign.progress[key];
    const target = (campaign.targets as CampaignTargets)[key];
    const percent = progressPercent(value, target);
    const label = TARGET_LABELS[key];
    return {
      key,
      label,
      value,
      target,
      percent,
      bar: percent === null ? 0 : Math.min(100, percent),
      text: target === null ? NUMBER.format(value) : `${NUMBER.format(value)} / ${NUMBER.format(target)}`,
      description:
        target === null
          ? `${label}: ${NUMBER.format(value)}, no target`
          : `${label}: ${NUMBER.format(value)} of ${NUMBER.format(target)} (${percent}%)`,
    };
  });
}

export type CampaignPhase = 'upcoming' | 'active' | 'ended';

export const PHASE_LABELS: Record<CampaignPhase, string> = { upcoming: 'Upcoming', active: 'Running', ended: 'Ended' };

/** Where a campaign is in its dates, on `today` (a calendar day, `YYYY-MM-DD`, compared as text). */
export function campaignPhase(startsOn: string, endsOn: string, today: string): CampaignPhase {
  return today < startsOn ? 'upcoming' : today > endsOn ? 'ended' : 'active';
}

const POUNDS = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

/** "£420,000"; empty when no budget was set. */
export function formatBudget(budget: number | null): string {
  return budget === null ? '' : POUNDS.format(budget);
}
