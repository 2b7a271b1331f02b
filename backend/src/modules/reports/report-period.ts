import { periodBound } from '@pathway/domain';
import { AppError } from '../../common/errors/app-error';
import { ReportPeriodDto } from './dto/report-period.dto';

/** The instants a report covers: `from` included, `to` excluded; either may be open. */
export interface ReportPeriod {
  from?: Date;
  to?: Date;
}

/** Reads `from`/`to` in the time zone (a date is a whole local day) and refuses a period that ends before it starts. */
export function reportPeriod(query: ReportPeriodDto, timeZone: string): ReportPeriod {
  const period: ReportPeriod = {
    from: query.from ? periodBound(query.from, 'from', timeZone) : undefined,
    to: query.to ? periodBound(query.to, 'to', timeZone) : undefined,
  };
  if (period.from && period.to && period.to.getTime() <= period.from.getTime())
    throw AppError.field('to', 'must be after from');
  return period;
}
