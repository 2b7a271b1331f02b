import { ReadCache, readKey } from '../../database/read-cache';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApplicantDto, BOARD_PAGE_SIZE, BoardCardDto, BoardColumnPageDto, BoardDto, Stage, STAGES } from '@pathway/contracts';
import { checkMove, classifyMove, POSITION_STEP, positionBetween } from '@pathway/domain';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { TransactionService } from '../../database/transaction.service';
import { ApplicantsRepository } from '../applicants/applicants.repository';
import { ApplicantsService } from '../applicants/applicants.service';
import { StageHistoryRepository } from '../applicants/stage-history.repository';
import { DomainEvents } from '../../common/events/domain-events';
import { AuditService } from '../audit/audit.service';
import { FollowUpsRepository } from '../follow-ups/follow-ups.repository';
import { BoardCursor, BoardFilter, BoardRepository, BoardRow } from './board.repository';
import { BoardColumnQueryDto, BoardMoveDto, BoardQueryDto, StageMoveDto } from './dto/pipeline.dto';

const DAY_MS = 86_400_000;

function encodeCursor(cursor: BoardCursor): string {
  return Buffer.from(`${cursor.position}|${cursor.id}`).toString('base64url');
}

function decodeCursor(value: string): BoardCursor {
  const [position, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || !Number.isFinite(Number(position))) throw AppError.field('cursor', 'is not a cursor from this board');
  return { position: Number(position), id };
}

export interface Placement {
  stage: Stage;
  reason?: string;
  /** The profession enrolled on, for someone interested in several. */
  profession?: string;
  beforeId?: string;
  afterId?: string;
}

@Injectable()
export class PipelineService {
  constructor(
    private readonly board: BoardRepository,
    private readonly applicants: ApplicantsRepository,
    private readonly applicantsService: ApplicantsService,
    private readonly history: StageHistoryRepository,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly followUps: FollowUpsRepository,
    private readonly events: DomainEvents,
    private readonly cache: ReadCache,
  ) {}

  async getBoard(actor: AuthenticatedUser, query: BoardQueryDto): Promise<BoardDto> {
    const filter = this.filterFor(actor, query);
    const limit = query.pageSize ?? BOARD_PAGE_SIZE;
    return this.cache.get(readKey('board', { ...filter, limit }), () => this.boardOf(filter, limit));
  }

  private async boardOf(filter: BoardFilter, limit: number): Promise<BoardDto> {
    const totals = await this.board.totals(filter);
    const pages = await Promise.all(STAGES.map((stage) => this.board.page(stage, filter, limit + 1)));
    const cards = await this.toCards(pages.flatMap((rows) => rows.slice(0, limit)));
    return {
      columns: STAGES.map((stage, index) => ({
        stage,
        total: totals.get(stage) ?? 0,
        items: cards.filter((card) => card.stage === stage),
        nextCursor: pages[index].length > limit ? encodeCursor(pages[index][limit - 1].applicant) : null,
      })),
    };
  }

  async getColumn(actor: AuthenticatedUser, stage: Stage, query: BoardColumnQueryDto): Promise<BoardColumnPageDto> {
    const limit = query.pageSize ?? BOARD_PAGE_SIZE;
    const filter = this.filterFor(actor, query);
    return this.cache.get(readKey('board column', { ...filter, stage, limit, cursor: query.cursor }), async () => {
      const rows = await this.board.page(stage, filter, limit + 1, query.cursor ? decodeCursor(query.cursor) : undefined);
      return {
        items: await this.toCards(rows.slice(0, limit)),
        nextCursor: rows.length > limit ? encodeCursor(rows[limit - 1].applicant) : null,
      };
    });
  }

  /** `POST /applicants/:id/stage`: the card goes to the top of its new column. */
  async moveStage(actor: AuthenticatedUser, id: string, input: StageMoveDto): Promise<ApplicantDto> {
    await this.transactions.run((manager) => this.place(manager, actor, id, input, false));
    return this.applicantsService.get(id);
  }

  /** `POST /pipeline/move`: to a stage and a place between two neighbours (or within the same column). */
  async move(actor: AuthenticatedUser, input: BoardMoveDto): Promise<BoardCardDto> {
    await this.transactions.run((manager) => this.place(manager, actor, input.applicantId, input, true));
    const row = await this.applicants.findRow(input.applicantId);
    if (!row) throw AppError.notFound('Applicant');
    return (await this.toCards([row]))[0];
  }

  /** Moves and places a card inside the caller's transaction (also used when a serious conversation moves someone on). */
  async place(manager: EntityManager, actor: Pick<AuthenticatedUser, 'id'>, id: string, placement: Placement, allowSame: boolean): Promise<void> {
    const applicant = await this.applicants.findById(id, manager);
    if (!applicant) throw AppError.notFound('Applicant');
    if (applicant.archivedAt) throw new AppError('conflict', 'This applicant is archived; restore them first');
    const problem = checkMove(applicant.stage, placement.stage, placement.reason, { allowSame });
    if (problem) throw AppError.field(problem.field, problem.message);

    await this.applicants.lockColumn(manager, placement.stage);
    const position = await this.positionFor(manager, placement, id);
    const kind = classifyMove(applicant.stage, placement.stage);
    const now = new Date();
    if (kind === 'same') {
      await this.applicants.update(manager, id, { position, version: () => 'version' });
      return;
    }
    await this.applicants.update(manager, id, {
      stage: placement.stage,
      position,
      stageChangedAt: now,
      closeReason: kind === 'close' ? (placement.reason ?? null) : null,
    });
    const reason = placement.reason?.trim() || null;
    await this.history.record(manager, { applicantId: id, from: applicant.stage, to: placement.stage, at: now, byId: actor.id, reason });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'update',
      entity: 'applicant',
      entityId: id,
      changes: [{ field: 'stage', from: applicant.stage, to: placement.stage }],
    });
    if (placement.stage === 'enrolled') {
      await this.events.emit(manager, 'applicant.enrolled', { applicantId: id, actorId: actor.id, profession: placement.profession });
    }
  }

  private async positionFor(manager: EntityManager, placement: Placement, movingId: string): Promise<number> {
    const neighbours = [placement.beforeId, placement.afterId].filter((neighbour): neighbour is string => Boolean(neighbour) && neighbour !== movingId);
    if (neighbours.length === 0) {
      const lowest = await this.applicants.lowestPosition(manager, placement.stage);
      return lowest === null ? POSITION_STEP : lowest - POSITION_STEP;
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const positions = await this.board.positionsIn(manager, placement.stage, neighbours);
      let above = placement.beforeId ? positions.get(placement.beforeId) : undefined;
      let below = placement.afterId ? positions.get(placement.afterId) : undefined;
      if (placement.beforeId && above === undefined) throw AppError.field('beforeId', 'is not a card in that column');
      if (placement.afterId && below === undefined) throw AppError.field('afterId', 'is not a card in that column');
      // One neighbour given: the other is whichever card is next to it now, so the new place is strictly between.
      if (above !== undefined && !placement.afterId) below = await this.board.nextPosition(manager, placement.stage, above, 1, movingId);
      if (below !== undefined && !placement.beforeId) above = await this.board.nextPosition(manager, placement.stage, below, -1, movingId);
      if (above !== undefined && below !== undefined && above >= below) throw AppError.field('afterId', 'must be below beforeId');
      const position = positionBetween(above ?? null, below ?? null);
      if (position !== null) return position;
      await this.board.renumber(manager, placement.stage, POSITION_STEP);
    }
    throw new AppError('conflict', 'The column changed while moving; try again');
  }

  private filterFor(actor: AuthenticatedUser, query: BoardQueryDto): BoardFilter {
    return { profession: query.profession, campaignId: query.campaignId, ownerId: query.mine ? actor.id : query.ownerId };
  }

  private async toCards(rows: BoardRow[]): Promise<BoardCardDto[]> {
    const ids = rows.map((row) => row.applicant.id);
    const [links, nextDue] = await Promise.all([this.applicants.links(ids), this.followUps.nextDue(ids)]);
    const now = Date.now();
    return rows.map(({ applicant: a, ownerName }) => ({
      id: a.id,
      firstName: a.firstName,
      lastName: a.lastName,
      professionsOfInterest: links.professions.get(a.id) ?? [],
      ownerId: a.ownerId,
      ownerName,
      stage: a.stage,
      position: Number(a.position),
      daysInStage: Math.max(0, Math.floor((now - a.stageChangedAt.getTime()) / DAY_MS)),
      nextFollowUpDueAt: nextDue.get(a.id)?.toISOString() ?? null,
      version: a.version,
    }));
  }
}
