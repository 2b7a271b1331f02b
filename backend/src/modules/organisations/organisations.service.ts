import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository } from 'typeorm';
import { OrganisationDto, Page } from '@pathway/contracts';
import { foldText } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { paging, toPage } from '../../common/http/page-query.dto';
import { TransactionService } from '../../database/transaction.service';
import { AuditService } from '../audit/audit.service';
import { CreateOrganisationDto, OrganisationListQueryDto } from './dto/organisation.dto';
import { OrganisationEntity } from './organisation.entity';
import { newId } from '../../database/new-id';

const toDto = ({ id, name, kind, region }: OrganisationEntity): OrganisationDto => ({ id, name, kind, region });
const nameKey = (name: string) => foldText(name).replace(/\s+/g, ' ').trim();
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(query: OrganisationListQueryDto): Promise<Page<OrganisationDto>> {
    const page = paging(query);
    const builder = this.organisations.createQueryBuilder('org');
    if (query.search) {
      const term = escapeLike(nameKey(query.search));
      builder.andWhere(
        new Brackets((where) =>
          where.where("org.name_key LIKE :prefix ESCAPE '\\'", { prefix: `${term}%` }).orWhere("org.name_key LIKE :word ESCAPE '\\'", { word: `% ${term}%` }),
        ),
      );
    }
    if (query.kind) builder.andWhere('org.kind = :kind', { kind: query.kind });
    const [rows, total] = await builder.orderBy('org.name_key', 'ASC').addOrderBy('org.id', 'ASC').skip(page.skip).take(page.pageSize).getManyAndCount();
    return toPage(rows.map(toDto), total, page);
  }

  /** Creates an organisation, or answers the existing one of the same name and kind (creatable inline, never twice). */
  async create(actor: AuthenticatedUser, input: CreateOrganisationDto): Promise<{ organisation: OrganisationDto; created: boolean }> {
    return this.transactions.run(async (manager) => {
      const key = nameKey(input.name);
      const existing = await manager.findOneBy(OrganisationEntity, { nameKey: key, kind: input.kind });
      if (existing) return { organisation: toDto(existing), created: false };
      const organisation = Object.assign(new OrganisationEntity(), { id: newId(), name: input.name, nameKey: key, kind: input.kind, region: input.region ?? null });
      await manager.insert(OrganisationEntity, organisation);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'create',
        entity: 'organisation',
        entityId: organisation.id,
        changes: this.audit.changes(null, { ...input }, ['name', 'kind', 'region']),
      });
      return { organisation: toDto(organisation), created: true };
    });
  }

  async assertExists(manager: EntityManager, id: string): Promise<void> {
    if (!(await manager.existsBy(OrganisationEntity, { id }))) throw AppError.field('organisationId', 'is not a known organisation');
  }
}
