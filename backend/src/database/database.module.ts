import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { dataSourceOptions, SQLITE_TUNING } from './data-source-options';
import { ReadCache } from './read-cache';
import { TransactionService } from './transaction.service';

/** Applies SQLITE_TUNING to TypeORM's one SQLite connection as soon as it is open. */
@Injectable()
class SqliteTuning implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (this.dataSource.options.type !== 'sqlite') return;
    for (const pragma of SQLITE_TUNING) await this.dataSource.query(pragma);
  }
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database, config.sqlTraceFile),
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [TransactionService, ReadCache, SqliteTuning],
  exports: [TransactionService, ReadCache],
})
export class DatabaseModule {}
