import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CampaignDetailDto, CampaignDto, CampaignProgress, Page } from '@pathway/contracts';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { updateIfVersion } from '../../database/optimistic-update';
import { TransactionService } from '../../database/transaction.service';
import { StageReachRepository } from '../applicants/stage-reach.repository';
import { AuditService } from '../audit/audit.service';
import { CampaignProgressRepository } from './campaign-progress.repository';
import { CampaignEntity } from './campaign.entity';
import { CampaignListQueryDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';
import { newId } from '../../database/new-id';

const AUDITED_FIELDS = ['name', 'description', 'startsOn', 'endsOn', 'budget', 'targetEvents', 'targetYoungPeople', 'targetEducators', 'targetSeriousConversations', 'targetApplications'] as const;
const EMPTY_PROGRESS: CampaignProgress = { events: 0, youngPeople: 0, educators: 0, seriousConversations: 0, applications: 0 };

function toDto(c: CampaignEntity, progress: CampaignProgress): CampaignDto {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    budget: c.budget,
    targets: { events: c.targetEvents, youngPeople: c.targetYoungPeople, educators: c.targetEducators, seriousConversations: c.targetSeriousConversations, applications: c.targetApplications },
    progress,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}

function columnsFrom(input: Partial<CreateCampaignDto>): Partial<CampaignEntity> {
  const targets = input.targets ?? {};
  const entries: [keyof CampaignEntity, unknown][] = [
    ['name', input.name],
    ['description', input.description],
    ['startsOn', input.startsOn],
    ['endsOn', input.endsOn],
    ['budget', input.budget],
    ['targetEvents', targets.events],
    ['targetYoungPeople', targets.youngPeople],
    ['targetEducators', targets.educators],
    ['targetSeriousConversations', targets.seriousConversations],
    ['targetApplications', targets.applications],
  ];
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Partial<CampaignEntity>;
}

@Injectable()
export class CampaignsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(CampaignEntity) private readonly campaigns: Repository<CampaignEntity>,
    private readonly progress: CampaignProgressRepository,
    private readonly reach: StageReachRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(query: CampaignListQueryDto): Promise<Page<CampaignDto>> {
    const page = paging(query);
    const builder = this.campaigns.createQueryBuilder('campaign');
    if (query.search) builder.andWhere('LOWER(campaign.name) LIKE :search', { search: `%${query.search.toLowerCase().replace(/[\\%_]/g, '')}%` });
    if (query.when) {
      // Today's date where the team works (en-CA formats as YYYY-MM-DD).
      const localToday = new Intl.DateTimeFormat('en-CA', { timeZone: this.config.timezone }).format(new Date());
      if (query.when === 'active') builder.andWhere('campaign.starts_on <= :today AND campaign.ends_on >= :today', { today: localToday });
      if (query.when === 'upcoming') builder.andWhere('campaign.starts_on > :today', { today: localToday });
      if (query.when === 'past') builder.andWhere('campaign.ends_on < :today', { today: localToday });
    }
    const [rows, total] = await builder.orderBy('campaign.startsOn', 'DESC').addOrderBy('campaign.id', 'ASC').skip(page.skip).take(page.pageSize).getManyAndCount();
    const progress = await this.progress.forCampaigns(rows.map((row) => row.id));
    return toPage(rows.map((row) => toDto(row, progress.get(row.id) ?? EMPTY_PROGRESS)), total, page);
  }

  async get(id: string): Promise<CampaignDetailDto> {
    const campaign = await this.campaigns.findOneBy({ id });
    if (!campaign) throw AppError.notFound('Campaign');
    const [progress, reachedStages] = await Promise.all([this.progress.forCampaigns([id]), this.reach.reached('SELECT a.id FROM applicants a WHERE a.campaign_id = $1', [id])]);
    return { ...toDto(campaign, progress.get(id) ?? EMPTY_PROGRESS), reachedStages };
  }

  async create(actor: AuthenticatedUser, input: CreateCampaignDto): Promise<CampaignDetailDto> {
    this.assertDates(input.startsOn, input.endsOn);
    const id = newId();
    await this.transactions.run(async (manager) => {
      const columns = columnsFrom(input);
      await manager.insert(CampaignEntity, { id, ...columns });
      await this.audit.record(manager, { actorId: actor.id, action: 'create', entity: 'campaign', entityId: id, changes: this.audit.changes(null, columns, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  async update(actor: AuthenticatedUser, id: string, input: UpdateCampaignDto): Promise<CampaignDetailDto> {
    await this.transactions.run(async (manager) => {
      const current = await manager.findOneBy(CampaignEntity, { id });
      if (!current) throw AppError.notFound('Campaign');
      if (current.version !== input.version) throw AppError.staleVersion('campaign');
      this.assertDates(input.startsOn ?? current.startsOn, input.endsOn ?? current.endsOn);
      const columns = columnsFrom(input);
      if (!(await updateIfVersion(manager, CampaignEntity, id, input.version, columns))) throw AppError.staleVersion('campaign');
      await this.audit.record(manager, { actorId: actor.id, action: 'update', entity: 'campaign', entityId: id, changes: this.audit.changes(current as unknown as Record<string, unknown>, columns, AUDITED_FIELDS) });
    });
    return this.get(id);
  }

  private assertDates(startsOn: string, endsOn: string): void {
    if (endsOn < startsOn) throw AppError.field('endsOn', 'must be on or after startsOn');
  }
}
