import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Permission, RetentionReviewDto, RetentionRunDto } from '@pathway/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { RetentionRunQueryDto } from './retention-run-query.dto';
import { RetentionService } from './retention.service';

@ApiTags('privacy')
@Controller('privacy/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  @RequirePermission(Permission.PeopleErase)
  @ApiOperation({ summary: 'Applicants with no activity for the retention period, for review' })
  review(): Promise<RetentionReviewDto> {
    return this.retention.review();
  }

  @Post('run')
  @HttpCode(200)
  @RequirePermission(Permission.PeopleErase)
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  @ApiOperation({ summary: 'Erase everyone past the retention period now (dryRun=true only counts them)' })
  run(@Query() query: RetentionRunQueryDto): Promise<RetentionRunDto> {
    return this.retention.run(query.dryRun !== false);
  }
}
