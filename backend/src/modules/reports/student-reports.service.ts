import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  AtRiskReport,
  DomainScore,
  PlacementExperienceReport,
  RetentionReport,
  SiteExperience,
  STUDENT_STATUSES,
  StudentStatus,
  SURVEY_DOMAINS,
  SurveyAnswerValue,
  SurveyQuestion,
  WithdrawalReason,
} from '@pathway/contracts';
import { emptyStatusCounts, isAtRisk, retentionRate, suppress, suppressedMean, suppressedYesRate } from '@pathway/domain';
import { PlacementSiteEntity } from '../placements/placement.entity';
import { StudentEntity } from '../students/student.entity';
import { SurveyResponseEntity, SurveyTemplateEntity } from '../surveys/survey.entities';
import { StudentReportQueryDto } from './dto/report-query.dto';

/** The survey domains a placement's experience is scored on: every one but free-text comments. */
const SCORED_DOMAINS = SURVEY_DOMAINS.filter((domain) => domain !== 'comments');

/** Retention, placement experience and the at-risk list. Every aggregate over fewer than five people is suppressed. */
@Injectable()
export class StudentReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async retention(query: StudentReportQueryDto): Promise<RetentionReport> {
    const builder = this.dataSource.manager
      .createQueryBuilder(StudentEntity, 's')
      .select('s.cohort', 'cohort')
      .addSelect('s.profession', 'profession')
      .addSelect('s.status', 'status')
      .addSelect('s.withdrawal_reason', 'reason')
      .addSelect('COUNT(*)', 'total')
      .groupBy('s.cohort')
      .addGroupBy('s.profession')
      .addGroupBy('s.status')
      .addGroupBy('s.withdrawal_reason');
    if (query.cohort) builder.andWhere('s.cohort = :cohort', { cohort: query.cohort });
    if (query.profession) builder.andWhere('s.profession = :profession', { profession: query.profession });
    const rows = await builder.getRawMany<{ cohort: number | string; profession: string; status: StudentStatus; reason: WithdrawalReason | null; total: number | string }>();
    const groups = new Map<string, { cohort: number; profession: string; counts: ReturnType<typeof emptyStatusCounts>; reasons: Map<WithdrawalReason, number> }>();
    for (const row of rows) {
      const key = `${row.cohort}|${row.profession}`;
      const group = groups.get(key) ?? { cohort: Number(row.cohort), profession: row.profession, counts: emptyStatusCounts(), reasons: new Map() };
      group.counts[row.status] += Number(row.total);
      if (row.reason) group.reasons.set(row.reason, (group.reasons.get(row.reason) ?? 0) + Number(row.total));
      groups.set(key, group);
    }
    return {
      rows: [...groups.values()]
        .sort((a, b) => b.cohort - a.cohort || a.profession.localeCompare(b.profession))
        .map(({ cohort, profession, counts, reasons }) => {
          const enrolled = STUDENT_STATUSES.reduce((sum, status) => sum + counts[status], 0);
          // Everything about a group is hidden when the group itself is small, not just its smaller cells.
          const shown = <T>(value: T) => suppress(value, enrolled);
          return {
            cohort,
            profession,
            enrolled: shown(enrolled),
            byStatus: Object.fromEntries(STUDENT_STATUSES.map((status) => [status, shown(counts[status])])) as RetentionReport['rows'][number]['byStatus'],
            retentionRate: enrolled ? shown(retentionRate(counts) ?? 0) : suppress(0, 0),
            withdrawalReasons: Object.fromEntries([...reasons.entries()].map(([reason, count]) => [reason, shown(count)])),
          };
        }),
    };
  }

  async placementExperience(query: StudentReportQueryDto): Promise<PlacementExperienceReport> {
    const where = { ...(query.siteId ? { siteId: query.siteId } : {}), ...(query.cohort ? { cohort: query.cohort } : {}), ...(query.profession ? { profession: query.profession } : {}) };
    const responses = await this.dataSource.manager.find(SurveyResponseEntity, { where, select: { id: true, siteId: true, templateId: true, answers: true } });
    const templates = await this.dataSource.manager.find(SurveyTemplateEntity, { where: { id: In([...new Set(responses.map((response) => response.templateId))]) } });
    // Each template's questions sorted into the scored domains once, rather than once per response and domain.
    const questions = new Map(templates.map((template) => [template.id, SCORED_DOMAINS.map((domain) => template.questions.filter((question) => question.domain === domain))]));
    const bySite = new Map<string, SurveyResponseEntity[]>();
    for (const response of responses) {
      const siteResponses = bySite.get(response.siteId);
      if (siteResponses) siteResponses.push(response);
      else bySite.set(response.siteId, [response]);
    }
    const sites = await this.dataSource.manager.find(PlacementSiteEntity, { where: { id: In([...bySite.keys()]) }, order: { name: 'ASC' } });
    return {
      overall: this.experience(null, 'All sites', responses, questions),
      sites: sites.map((site) => this.experience(site.id, site.name, bySite.get(site.id) ?? [], questions)),
    };
  }

  /** Students whose latest response (given with consent to contact) scored overall 2 or less, or raised a concern. */
  async atRisk(query: StudentReportQueryDto): Promise<AtRiskReport> {
    const responses = await this.dataSource.manager
      .createQueryBuilder(SurveyResponseEntity, 'r')
      .leftJoin(StudentEntity, 'student', 'student.id = r.student_id AND r.consent_to_contact = :consented', { consented: true })
      .innerJoin(PlacementSiteEntity, 'site', 'site.id = r.site_id')
      .addSelect('student.first_name', 'first_name')
      .addSelect('student.last_name', 'last_name')
      .addSelect('site.name', 'site_name')
      .where(query.cohort ? 'r.cohort = :cohort' : '1=1', { cohort: query.cohort })
      .andWhere(query.profession ? 'r.profession = :profession' : '1=1', { profession: query.profession })
      .orderBy('r.submittedOn', 'DESC')
      .getRawAndEntities<{ first_name: string | null; last_name: string | null; site_name: string }>();
    const seen = new Set<string>();
    const report: AtRiskReport = { students: [], unidentifiedResponses: 0 };
    responses.entities.forEach((response, index) => {
      const overall = typeof response.answers['overall'] === 'number' ? (response.answers['overall'] as number) : null;
      if (response.studentId && seen.has(response.studentId)) return;
      if (response.studentId) seen.add(response.studentId);
      if (!isAtRisk(overall, response.concernRaised)) return;
      const raw = responses.raw[index];
      if (!response.studentId || !raw.first_name) {
        report.unidentifiedResponses++;
        return;
      }
      report.students.push({
        studentId: response.studentId,
        name: `${raw.first_name} ${raw.last_name}`,
        profession: response.profession,
        cohort: response.cohort,
        siteName: raw.site_name,
        submittedOn: response.submittedOn,
        overallScore: overall,
        concernRaised: response.concernRaised,
      });
    });
    return report;
  }

  /** Scores, yes rates and answer counts per scored domain; `questions` holds each template's, per SCORED_DOMAINS. */
  private experience(siteId: string | null, siteName: string, responses: SurveyResponseEntity[], questions: Map<string, SurveyQuestion[][]>): SiteExperience {
    const tallies = SCORED_DOMAINS.map(() => ({ scores: [] as number[], yesNo: [] as boolean[], distribution: {} as Record<string, number>, answered: 0 }));
    for (const response of responses) {
      const byDomain = questions.get(response.templateId);
      if (!byDomain) continue;
      byDomain.forEach((domainQuestions, index) => {
        const tally = tallies[index];
        for (const question of domainQuestions) {
          const value: SurveyAnswerValue | undefined = response.answers[question.key];
          if (value === undefined || value === null) continue;
          tally.answered++;
          const label = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
          tally.distribution[label] = (tally.distribution[label] ?? 0) + 1;
          if (typeof value === 'number') tally.scores.push(value);
          if (typeof value === 'boolean') tally.yesNo.push(value);
        }
      });
    }
    const domains: DomainScore[] = SCORED_DOMAINS.map((domain, index) => {
      const { scores, yesNo, distribution, answered } = tallies[index];
      return { domain, mean: suppressedMean(scores), yesRate: suppressedYesRate(yesNo), distribution: suppress(distribution, answered) };
    });
    return { siteId, siteName, responses: suppress(responses.length, responses.length), domains };
  }
}
