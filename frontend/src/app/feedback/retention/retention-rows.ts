import {
  RetentionRow,
  STUDENT_STATUSES,
  SuppressedValue,
  WITHDRAWAL_REASON_LABELS,
  WithdrawalReason,
} from '@pathway/contracts';
import { formatPercent, suppressedText } from '../reports/suppressed';

export interface RetentionLine {
  key: string;
  cohort: number;
  profession: string;
  /** The whole group is under five students: every figure is hidden. */
  hidden: boolean;
  enrolled: SuppressedValue;
  statuses: { status: string; cell: SuppressedValue }[];
  rate: SuppressedValue;
  /** "74%", or "fewer than 5". */
  rateText: string;
  /** The retention bar's length, 0–100. */
  rateWidth: number;
  /** "Financial 1, Changed career 1"; "None" when nobody withdrew. */
  reasons: string;
}

/** A retention rate for people to read: "74%" (rounded), or "fewer than 5" when suppressed. */
export function retentionText(rate: SuppressedValue): string {
  return suppressedText(rate, formatPercent);
}

export function reasonsText(reasons: RetentionRow['withdrawalReasons']): string {
  const entries = Object.entries(reasons) as [WithdrawalReason, SuppressedValue][];
  if (!entries.length) {
    return 'None';
  }
  return entries
    .map(([reason, cell]) => `${WITHDRAWAL_REASON_LABELS[reason] ?? reason} ${suppressedText(cell)}`)
    .join(', ');
}

export function retentionLines(rows: readonly RetentionRow[]): RetentionLine[] {
  return rows.map((row) => {
    const rateValue = row.retentionRate.suppressed ? null : row.retentionRate.value;
    return {
      key: `${row.cohort}|${row.profession}`,
      cohort: row.cohort,
      profession: row.profession,
      hidden: row.enrolled.suppressed,
      enrolled: row.enrolled,
      statuses: STUDENT_STATUSES.map((status) => ({ status, cell: row.byStatus[status] })),
      rate: row.retentionRate,
      rateText: retentionText(row.retentionRate),
      rateWidth: rateValue === null ? 0 : Math.max(0, Math.min(100, rateValue * 100)),
      reasons: reasonsText(row.withdrawalReasons),
    };
  });
}
