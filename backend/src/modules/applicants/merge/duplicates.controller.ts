import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicantDto, DuplicatePairDto, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../../common/auth/authenticated-user';
import { MergeApplicantsDto } from './merge-applicants.dto';
import { MergeService } from './merge.service';

/** Registered before the applicants controller, so that `/applicants/duplicates` is not taken for an id. */
@ApiTags('applicants')
@Controller('applicants')
export class DuplicatesController {
  constructor(private readonly merges: MergeService) {}

  @Get('duplicates')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({
    summary: 'Pairs of records that look like the same person (same email, phone, or name and date of birth)',
  })
  duplicates(): Promise<DuplicatePairDto[]> {
    return this.merges.pairs();
  }

  @Post('merge')
  @HttpCode(200)
  @RequirePermission(Permission.ApplicantsMerge)
  @ApiOperation({ summary: 'Merge one record into another: its history moves over and it is removed' })
  merge(@CurrentUser() actor: AuthenticatedUser, @Body() body: MergeApplicantsDto): Promise<ApplicantDto> {
    return this.merges.merge(actor, body);
  }
}
