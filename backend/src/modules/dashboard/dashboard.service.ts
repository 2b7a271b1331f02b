import { Inject, Injectable } from '@nestjs/common';
import { DashboardDto, Kpi, PROGRESS_STAGES, Role, STAGE_LABELS } from '@pathway/contracts';
import {
  dayIn,
  dueBoundaries,
  MonthWindow,
  monthlyTotals,
  monthWindows,
  overallRetention,
  rate,
  startOfYearIn,
} from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { FunnelService } from '../reports/funnel.service';
import { SeriousConversationsService } from '../reports/serious-conversations.service';
import { StudentReportsService } from '../reports/student-reports.service';
import { DashboardRepository, Dated } from './dashboard.repository';

const APPLIED_INDEX = PROGRESS_STAGES.indexOf('applied');

/** Each role's home page: the handful of figures that role starts the day with. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly funnels: FunnelService,
    private readonly students: StudentReportsService,
    private readonly seriousConversations: SeriousConversationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async forUser(user: AuthenticatedUser, now = new Date()): Promise<DashboardDto> {
    const kpis = await this.kpisFor(user, now);
    return { role: user.role, kpis };
  }

  private kpisFor(user: AuthenticatedUser, now: Date): Promise<Kpi[]> {
    const role: Role = user.role;
    switch (role) {
      case 'admin':
      case 'manager':
        return this.manager(now);
      case 'officer':
        return this.officer(user.id, now);
      case 'coordinator':
        return this.coordinator(now);
    }
  }

  /** Conversion, serious conversations against target, reach, retention and concerns. */
  private async manager(now: Date): Promise<Kpi[]> {
    const months = monthWindows(now, this.config.timezone);
    const { from } = span(months);
    const yearStart = startOfYearIn(now, this.config.timezone);
    const thisMonth = months[months.length - 1];
    const [contacts, applications, enrolments, serious, target, funnel, events, retention, concerns] =
      await Promise.all([
        this.repository.firstContacts(months),
        this.repository.firstReached('applied', months),
        this.repository.firstReached('enrolled', months),
        this.repository.seriousConversations(months),
        this.seriousConversations.target(thisMonth),
        this.funnels.report({ from: from.toISOString() }),
        this.repository.events(from < yearStart ? from : yearStart, now),
        this.students.retention({}),
        this.repository.concerns(now),
      ]);
    const thisYear = events.filter((event) => event.at >= yearStart);
    return [
      monthly('new_applicants', 'New applicants this month', contacts, months, '/reports/funnel'),
      {
        ...monthly(
          'serious_conversations',
          'Serious conversations this month',
          serious,
          months,
          `/reports/serious-conversations?from=${this.day(thisMonth.from)}&to=${this.day(new Date(thisMonth.to.getTime() - 1))}`,
        ),
        target,
      },
      monthly('applications', 'Applications this month', applications, months, '/reports/funnel'),
      monthly('enrolments', 'Enrolments this month', enrolments, months, '/reports/funnel'),
      {
        key: 'enquiry_to_applied',
        label: 'Enquiry to applied (first contact in the last 12 months)',
        value: funnel.stages[APPLIED_INDEX]?.cumulativeConversion ?? null,
        unit: 'rate',
        link: '/reports/funnel',
      },
      {
        key: 'events_held',
        label: 'Events held this year',
        value: thisYear.length,
        unit: 'count',
        trend: monthlyTotals(events, months),
        link: '/reports/reach',
      },
      {
        key: 'young_people_reached',
        label: 'Young people reached this year',
        value: thisYear.reduce((sum, event) => sum + event.youngPeople, 0),
        unit: 'count',
        trend: monthlyTotals(
          events.map((event) => ({ at: event.at, value: event.youngPeople })),
          months,
        ),
        link: '/reports/reach',
      },
      {
        key: 'retention',
        label: 'Students retained',
        value: overallRetention(retention.rows),
        unit: 'rate',
        link: '/reports/retention',
      },
      { key: 'open_concerns', label: 'Open concerns', value: concerns.open, unit: 'count', link: '/feedback' },
    ];
  }

  /** My follow-ups due, my applicants along the pipeline, my serious conversations. */
  private async officer(userId: string, now: Date): Promise<Kpi[]> {
    const months = monthWindows(now, this.config.timezone);
    const boundaries = dueBoundaries(now, this.config.timezone);
    const [overdue, today, stages, serious] = await Promise.all([
      this.repository.followUpsDue(userId, undefined, boundaries.now),
      this.repository.followUpsDue(userId, boundaries.now, boundaries.startOfTomorrow),
      this.repository.ownedByStage(userId),
      this.repository.seriousConversations(months, userId),
    ]);
    return [
      {
        key: 'follow_ups_overdue',
        label: 'My follow-ups overdue',
        value: overdue,
        unit: 'count',
        link: '/follow-ups',
      },
      {
        key: 'follow_ups_today',
        label: 'My follow-ups due today',
        value: today,
        unit: 'count',
        link: '/follow-ups',
      },
      monthly(
        'my_serious_conversations',
        'My serious conversations this month',
        serious,
        months,
        '/reports/serious-conversations',
      ),
      ...PROGRESS_STAGES.map((stage): Kpi => ({
        key: `my_stage_${stage}`,
        label: `My applicants: ${STAGE_LABELS[stage]}`,
        value: stages[stage],
        unit: 'count',
        link: '/pipeline',
      })),
    ];
  }

  /** Feedback to review, concerns to act on, students at risk, and how many students answer. */
  private async coordinator(now: Date): Promise<Kpi[]> {
    const months = monthWindows(now, this.config.timezone);
    const { from, to } = span(months);
    const [awaiting, concerns, atRisk, traffic] = await Promise.all([
      this.repository.responsesAwaitingReview(),
      this.repository.concerns(now),
      this.students.atRisk({}),
      this.repository.surveyTraffic(from, to, this.day(from), this.day(to)),
    ]);
    return [
      {
        key: 'responses_awaiting_review',
        label: 'Responses awaiting review',
        value: awaiting,
        unit: 'count',
        link: '/feedback/review',
      },
      { key: 'open_concerns', label: 'Open concerns', value: concerns.open, unit: 'count', link: '/feedback/concerns' },
      {
        key: 'overdue_concerns',
        label: 'Overdue concerns',
        value: concerns.overdue,
        unit: 'count',
        link: '/feedback/concerns',
      },
      {
        key: 'at_risk_students',
        label: 'Students at risk',
        value: atRisk.students.length,
        unit: 'count',
        link: '/feedback/retention',
      },
      {
        key: 'survey_response_rate',
        label: 'Survey response rate (last 12 months)',
        value: rate(traffic.responses, traffic.invitations),
        unit: 'rate',
        link: '/placements',
      },
    ];
  }

  /** The calendar day an instant falls on in Pathway's time zone. */
  private day(at: Date): string {
    return dayIn(at, this.config.timezone);
  }
}

function span(months: readonly MonthWindow[]): { from: Date; to: Date } {
  return { from: months[0].from, to: months[months.length - 1].to };
}

/** A count for the current month with the last twelve as its trend. */
function monthly(
  key: string,
  label: string,
  items: readonly Dated[],
  months: readonly MonthWindow[],
  link: string,
): Kpi {
  const trend = monthlyTotals(items, months);
  return { key, label, value: trend[trend.length - 1].value, unit: 'count', trend, link };
}
