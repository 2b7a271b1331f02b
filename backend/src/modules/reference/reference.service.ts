import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProfessionDto, REGION_LABELS, RegionDto, REGIONS } from '@pathway/contracts';
import { TransactionService } from '../../database/transaction.service';
import { ProfessionEntity } from './profession.entity';
import { PROFESSION_SEED } from './professions';

@Injectable()
export class ReferenceService {
  constructor(
    @InjectRepository(ProfessionEntity) private readonly professions: Repository<ProfessionEntity>,
    private readonly transactions: TransactionService,
  ) {}

  async listProfessions(): Promise<ProfessionDto[]> {
    const rows = await this.professions.find({ order: { sortOrder: 'ASC', name: 'ASC' } });
    return rows.map(({ code, name, shortage, active }) => ({ code, name, shortage, active }));
  }

  listRegions(): RegionDto[] {
    return REGIONS.map((code) => ({ code, name: REGION_LABELS[code] }));
  }

  /** Adds any seeded profession that is missing; never overwrites an admin's edits. Returns how many were added. */
  async seedProfessions(): Promise<number> {
    return this.transactions.run(async (manager) => {
      const existing = new Set((await manager.find(ProfessionEntity, { select: { code: true } })).map(({ code }) => code));
      const missing = PROFESSION_SEED.map((profession, index) => ({ ...profession, active: true, sortOrder: index })).filter(
        ({ code }) => !existing.has(code),
      );
      if (missing.length > 0) await manager.insert(ProfessionEntity, missing);
      return missing.length;
    });
  }
}
