import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApplicantDto, ApplicantSummaryDto, BulkApplicantResponse, ConsentChangeDto, Page, Permission, WideningParticipation } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApplicantsService } from './applicants.service';
import { ApplicantListQueryDto } from './dto/applicant-list-query.dto';
import { BulkApplicantsDto } from './dto/bulk-applicants.dto';
import { CreateApplicantDto } from './dto/create-applicant.dto';
import { UpdateApplicantDto } from './dto/update-applicant.dto';

@ApiTags('applicants')
@Controller('applicants')
export class ApplicantsController {
  constructor(private readonly applicants: ApplicantsService) {}

  @Get()
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Search, filter, sort and page applicants' })
  list(@Query() query: ApplicantListQueryDto): Promise<Page<ApplicantSummaryDto>> {
    return this.applicants.list(query);
  }

  @Post()
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Add a prospective applicant (only first and last name are required)' })
  @ApiConflictResponse({ description: '`duplicate_applicant` with `candidates`, unless `allowDuplicate` is true' })
  create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateApplicantDto): Promise<ApplicantDto> {
    return this.applicants.create(actor, body);
  }

  @Post('bulk')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Assign an owner and/or add tags to many applicants at once' })
  bulk(@CurrentUser() actor: AuthenticatedUser, @Body() body: BulkApplicantsDto): Promise<BulkApplicantResponse> {
    return this.applicants.bulk(actor, body);
  }

  @Get(':id')
  @RequirePermission(Permission.ApplicantsRead)
  get(@Param('id', ParseIdPipe) id: string): Promise<ApplicantDto> {
    return this.applicants.get(id);
  }

  @Get(':id/consent-history')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Every consent decision, oldest first: given (source, notice version) or withdrawn' })
  consentHistory(@Param('id', ParseIdPipe) id: string): Promise<ConsentChangeDto[]> {
    return this.applicants.consentHistoryOf(id);
  }

  @Get(':id/widening-participation')
  @RequirePermission(Permission.SpecialCategoryRead)
  @ApiOperation({ summary: 'Widening-participation details (special-category data; every read is audited)' })
  wideningParticipation(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<WideningParticipation> {
    return this.applicants.wideningParticipation(actor, id);
  }

  @Patch(':id')
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Edit an applicant (send the version you read)' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateApplicantDto): Promise<ApplicantDto> {
    return this.applicants.update(actor, id, body);
  }

  @Delete(':id')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(204)
  @ApiOperation({ summary: 'Archive an applicant (restorable; erasure is separate)' })
  archive(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.applicants.archive(actor, id);
  }

  @Post(':id/restore')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Bring an archived applicant back' })
  restore(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<ApplicantDto> {
    return this.applicants.restore(actor, id);
  }
}
