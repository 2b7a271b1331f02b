import { DomainScore, SURVEY_DOMAIN_LABELS, SiteExperience } from '@pathway/contracts';
import { LIKERT_LABELS } from '../../survey/survey-answers';
import { formatMean, formatPercent, SUPPRESSED_TEXT } from '../reports/suppressed';

export type ScaleKind = 'likert' | 'nps' | 'yes_no';

export interface Segment {
  key: string;
  label: string;
  count: number;
  /** Share of the bar, 0–100. */
  width: number;
  /** Position on the scale, 0 (worst) to 1 (best), for the colour. */
  tone: number;
}

export interface DomainBars {
  domain: string;
  label: string;
  kind: ScaleKind;
  /** "3.8 out of 5", "92% yes", or "fewer than 5 responses". */
  scoreText: string;
  /** The score bar's length, 0–100; 0 when suppressed. */
  scoreWidth: number;
  suppressed: boolean;
  /** How many answers the score is drawn from; null when suppressed. */
  answers: number | null;
  segments: Segment[];
}

export const SUPPRESSED_RESPONSES = `${SUPPRESSED_TEXT} responses`;

/** Which answer scale a domain's distribution counts: yes/no, 0–10 or 1–5. */
export function scaleOf(score: DomainScore): ScaleKind {
  const keys = Object.keys(score.distribution.value ?? {});
  if (keys.some((key) => key === 'yes' || key === 'no')) {
    return 'yes_no';
  }
  return score.domain === 'recommend' || keys.some((key) => Number(key) === 0 || Number(key) > 5) ? 'nps' : 'likert';
}

/** The proportion answering "yes", from a yes/no distribution; null without answers. */
export function yesRate(distribution: Record<string, number>): number | null {
  const yes = distribution['yes'] ?? 0;
  const total = yes + (distribution['no'] ?? 0);
  return total ? yes / total : null;
}

function segments(kind: ScaleKind, distribution: Record<string, number>): Segment[] {
  const groups: { key: string; label: string; values: string[]; tone: number }[] =
    kind === 'yes_no'
      ? [
          { key: 'no', label: 'No', values: ['no'], tone: 0 },
          { key: 'yes', label: 'Yes', values: ['yes'], tone: 1 },
        ]
      : kind === 'nps'
        ? [
            { key: '0-6', label: '0–6', values: ['0', '1', '2', '3', '4', '5', '6'], tone: 0 },
            { key: '7-8', label: '7–8', values: ['7', '8'], tone: 0.5 },
            { key: '9-10', label: '9–10', values: ['9', '10'], tone: 1 },
          ]
        : [1, 2, 3, 4, 5].map((value) => ({
            key: String(value),
            label: `${value} ${LIKERT_LABELS[value]}`,
            values: [String(value)],
            tone: (value - 1) / 4,
          }));
  const counted = groups.map((group) => ({
    ...group,
    count: group.values.reduce((sum, value) => sum + (distribution[value] ?? 0), 0),
  }));
  const total = counted.reduce((sum, group) => sum + group.count, 0);
  return counted.map(({ key, label, count, tone }) => ({
    key,
    label,
    count,
    tone,
    width: total ? (count / total) * 100 : 0,
  }));
}

/** One row per domain with a score: its bar, its text, and its answer distribution as a stacked bar. */
export function domainBars(site: SiteExperience): DomainBars[] {
  return site.domains
    .filter((score) => score.domain !== 'comments')
    .map((score) => {
      const kind = scaleOf(score);
      const distribution = score.distribution.suppressed ? null : score.distribution.value;
      const base = { domain: score.domain, label: SURVEY_DOMAIN_LABELS[score.domain] ?? score.domain, kind };
      if (kind === 'yes_no') {
        const rate = distribution ? yesRate(distribution) : null;
        return {
          ...base,
          scoreText: rate === null ? SUPPRESSED_RESPONSES : `${formatPercent(rate)} yes`,
          scoreWidth: rate === null ? 0 : rate * 100,
          suppressed: rate === null,
          answers: rate === null ? null : score.distribution.count,
          segments: distribution ? segments(kind, distribution) : [],
        };
      }
      const mean = score.mean.suppressed ? null : score.mean.value;
      const outOf = kind === 'nps' ? 10 : 5;
      return {
        ...base,
        scoreText: mean === null ? SUPPRESSED_RESPONSES : `${formatMean(mean)} out of ${outOf}`,
        scoreWidth: mean === null ? 0 : (mean / outOf) * 100,
        suppressed: mean === null,
        answers: mean === null ? null : score.mean.count,
        segments: distribution ? segments(kind, distribution) : [],
      };
    });
}

/** A short score for the comparison table: "3.8", "92%" or "fewer than 5". */
export function shortScore(score: DomainScore | undefined): string {
  if (!score) {
    return '–';
  }
  if (scaleOf(score) === 'yes_no') {
    const rate = score.distribution.suppressed || !score.distribution.value ? null : yesRate(score.distribution.value);
    return rate === null ? SUPPRESSED_TEXT : formatPercent(rate);
  }
  return score.mean.suppressed || score.mean.value === null ? SUPPRESSED_TEXT : formatMean(score.mean.value);
}
