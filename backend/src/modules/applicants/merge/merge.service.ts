import { Injectable } from '@nestjs/common';
import { ApplicantDto, DuplicatePairDto, DuplicateReason } from '@pathway/contracts';
import { mergedChanges, nameAndBirthKey, normalisePhone, searchTerms } from '@pathway/domain';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { AppError } from '../../../common/errors/app-error';
import { TransactionService } from '../../../database/transaction.service';
import { AuditService } from '../../audit/audit.service';
import { toCandidate } from '../applicant-mapper';
import { ApplicantEntity } from '../applicant.entity';
import { ApplicantProgressRepository } from '../applicant-progress.repository';
import { ApplicantsRepository } from '../applicants.repository';
import { ApplicantsService } from '../applicants.service';
import { MergeApplicantsDto } from './merge-applicants.dto';
import { DuplicatesRepository } from './duplicates.repository';

const MAX_PAIRS = 100;

/** Likely duplicates, and merging two records of one person into one. */
@Injectable()
export class MergeService {
  constructor(
    private readonly duplicates: DuplicatesRepository,
    private readonly applicants: ApplicantsRepository,
    private readonly applicantsService: ApplicantsService,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
    private readonly progress: ApplicantProgressRepository,
  ) {}

  /** Pairs of current records sharing an email, a phone, or a name and birth date; the older record first. */
  async pairs(): Promise<DuplicatePairDto[]> {
    const byPair = new Map<string, { first: string; second: string; matchedOn: DuplicateReason[] }>();
    for (const { reason, ids } of await this.duplicates.sharedKeys(MAX_PAIRS)) {
      // The oldest record pairs with each later one: that is the one people usually keep.
      for (const other of ids.slice(1)) {
        const key = `${ids[0]}|${other}`;
        const pair = byPair.get(key) ?? { first: ids[0], second: other, matchedOn: [] };
        pair.matchedOn.push(reason);
        byPair.set(key, pair);
      }
    }
    const pairs = [...byPair.values()].slice(0, MAX_PAIRS);
    const rows = new Map(
      (await this.applicants.rowsByIds([...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))])).map((row) => [
        row.applicant.id,
        row,
      ]),
    );
    return pairs.flatMap(({ first, second, matchedOn }) => {
      const a = rows.get(first);
      const b = rows.get(second);
      return a && b ? [{ first: toCandidate(a, matchedOn), second: toCandidate(b, matchedOn), matchedOn }] : [];
    });
  }

  /**
   * Merges `mergeId` into `keepId` in one transaction: empty fields filled, the earlier first contact, the latest
   * consent decision and the furthest stage kept (see `mergedChanges`); conversations, follow-ups, attendances, stage
   * history, professions, tags and a student record move over; then the merged record is removed. Audited on both.
   */
  async merge(actor: AuthenticatedUser, input: MergeApplicantsDto): Promise<ApplicantDto> {
    if (input.keepId === input.mergeId) throw AppError.field('mergeId', 'must be a different applicant from keepId');
    await this.transactions.run(async (manager) => {
      const [keep, merge] = await Promise.all([
        this.applicants.findById(input.keepId, manager),
        this.applicants.findById(input.mergeId, manager),
      ]);
      if (!keep || !merge) throw AppError.notFound('Applicant');
      for (const record of [keep, merge]) {
        if (record.erasedAt) throw new AppError('conflict', 'An erased record cannot be merged');
        if (record.archivedAt)
          throw new AppError(
            'conflict',
            `${record.firstName} ${record.lastName} is archived; restore them before merging`,
          );
      }
      const changes = mergedChanges(keep, merge) as Partial<ApplicantEntity>;
      const merged = { ...keep, ...changes };
      const contactKeys = {
        phoneNormalised: normalisePhone(merged.phone),
        nameDobKey: nameAndBirthKey(merged.firstName, merged.lastName, merged.dateOfBirth),
      };
      await this.duplicates.moveEverything(manager, keep.id, merge.id);
      if (!(await this.applicants.updateIfVersion(manager, keep.id, keep.version, { ...changes, ...contactKeys })))
        throw AppError.staleVersion('applicant');
      await this.applicants.replaceSearchTerms(manager, keep.id, searchTerms(merged));
      // Counted again under what the kept record now says (its source, campaign, professions…).
      await this.progress.refresh(manager, [keep.id]);
      const filled = Object.keys(changes).map((field) => ({ field, redacted: true }));
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'merge',
        entity: 'applicant',
        entityId: keep.id,
        changes: [{ field: 'mergedFrom', to: merge.id }, ...filled],
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'merge',
        entity: 'applicant',
        entityId: merge.id,
        changes: [{ field: 'mergedInto', to: keep.id }],
      });
    });
    return this.applicantsService.get(input.keepId);
  }
}
