import { Controller, Get, Inject, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthResponse } from '@pathway/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/access.decorators';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const VERSION = process.env['npm_package_version'] ?? '0.1.0';

@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness only: answers without touching the database (for load balancers)' })
  live(): Pick<HealthResponse, 'status'> {
    return { status: 'ok' };
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database check (503 when the database does not answer)' })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    let database: HealthResponse['database'] = 'up';
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database = 'down';
    }
    response.status(database === 'up' ? 200 : 503);
    return {
      status: database === 'up' ? 'ok' : 'error',
      database,
      engine: this.config.database.engine,
      version: VERSION,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
