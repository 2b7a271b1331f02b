import { Inject, Injectable } from '@nestjs/common';
import { EVENT_TYPES, ReachReport, REGIONS } from '@pathway/contracts';
import { inListOrder, intermediaryCredit, OrganisationRef, reachBy, reachFigures, WEBINAR_TYPE } from '@pathway/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReachQueryDto } from './dto/reach-query.dto';
import { ReachRepository } from './reach.repository';
import { reportPeriod } from './report-period';

export const NO_CAMPAIGN = 'No campaign';

/** What events reached (per type, campaign and region), and the organisations that brought people in. */
@Injectable()
export class ReachService {
  constructor(
    private readonly repository: ReachRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async report(query: ReachQueryDto): Promise<ReachReport> {
    const period = reportPeriod(query, this.config.timezone);
    const [events, credited, webinarPeople] = await Promise.all([
      this.repository.events(query, period),
      this.repository.credited(query, period),
      this.repository.webinarPeople(query, period),
    ]);
    const campaignNames = new Map(events.map((event) => [event.campaignId, event.campaignName ?? NO_CAMPAIGN]));
    const byCampaignName = (a: string | null, b: string | null) =>
      a === null || b === null
        ? Number(a === null) - Number(b === null)
        : (campaignNames.get(a) ?? '').localeCompare(campaignNames.get(b) ?? '') || a.localeCompare(b);
    return {
      total: reachFigures(events, webinarPeople.total),
      byType: reachBy(events, (event) => event.type, inListOrder(EVENT_TYPES), (type) =>
        type === WEBINAR_TYPE ? webinarPeople.total : 0,
      ).map(({ key, figures }) => ({
        type: key,
        ...figures,
      })),
      byCampaign: reachBy(events, (event) => event.campaignId, byCampaignName, (campaignId) =>
        webinarPeople.byCampaign.get(campaignId) ?? 0,
      ).map(({ key, figures }) => ({
        campaignId: key,
        campaignName: campaignNames.get(key) ?? NO_CAMPAIGN,
        ...figures,
      })),
      byRegion: reachBy(events, (event) => event.region, inListOrder(REGIONS), (region) =>
        webinarPeople.byRegion.get(region) ?? 0,
      ).map(({ key, figures }) => ({
        region: key,
        ...figures,
      })),
      intermediaries: intermediaryCredit(
        credited,
        events.map((event) => event.host).filter((host): host is OrganisationRef => host !== null),
      ),
    };
  }
}
