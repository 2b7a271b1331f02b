import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { BulkInvitationResponse, Page, Permission, PublicSurveyDto, SurveyInvitationDto, SurveyResponseDto, SurveyTemplateDto } from '@pathway/contracts';
import { CurrentUser, Public, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiRateLimited } from '../../common/http/rate-limited.decorator';
import { BulkInvitationDto, SurveyResponseListQueryDto, SurveySubmissionDto, SurveyTemplateDtoIn, UpdateSurveyResponseDto } from './dto/survey.dto';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyResponsesService } from './survey-responses.service';
import { SurveyTemplatesService } from './survey-templates.service';

@ApiTags('feedback')
@Controller()
export class SurveysController {
  constructor(
    private readonly templates: SurveyTemplatesService,
    private readonly invitations: SurveyInvitationsService,
    private readonly responses: SurveyResponsesService,
  ) {}

  @Get('survey-templates')
  @RequirePermission(Permission.SurveyTemplatesRead)
  @ApiOperation({ summary: 'Survey templates, every version' })
  listTemplates(): Promise<SurveyTemplateDto[]> {
    return this.templates.list();
  }

  @Post('survey-templates')
  @RequirePermission(Permission.SurveyTemplatesWrite)
  createTemplate(@CurrentUser() actor: AuthenticatedUser, @Body() body: SurveyTemplateDtoIn): Promise<SurveyTemplateDto> {
    return this.templates.create(actor, body);
  }

  @Patch('survey-templates/:id')
  @RequirePermission(Permission.SurveyTemplatesWrite)
  @ApiOperation({ summary: 'Edit a template; one that already has responses gets a new version instead' })
  updateTemplate(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: SurveyTemplateDtoIn): Promise<SurveyTemplateDto> {
    return this.templates.update(actor, id, body);
  }

  @Post('placements/:id/survey-invitation')
  @RequirePermission(Permission.StudentsWrite)
  @ApiOperation({ summary: 'A single-use survey link for a placement (an earlier unanswered link stops working)' })
  invite(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<SurveyInvitationDto> {
    return this.invitations.invite(actor, id);
  }

  @Post('survey-invitations/bulk')
  @RequirePermission(Permission.StudentsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Links for every unanswered placement ending in a date range' })
  inviteEnding(@CurrentUser() actor: AuthenticatedUser, @Body() body: BulkInvitationDto): Promise<BulkInvitationResponse> {
    return this.invitations.inviteEnding(actor, body);
  }

  @Get('survey-responses')
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Individual responses for review (coordinators; identity only with consent; managers get aggregates only)' })
  listResponses(@Query() query: SurveyResponseListQueryDto): Promise<Page<SurveyResponseDto>> {
    return this.responses.list(query);
  }

  @Patch('survey-responses/:id')
  @RequirePermission(Permission.StudentsWrite)
  @ApiOperation({ summary: 'Move a response through review: new → reviewed → action planned → closed, with a note' })
  reviewResponse(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateSurveyResponseDto): Promise<SurveyResponseDto> {
    return this.responses.update(actor, id, body);
  }
}

@ApiTags('public')
@Controller('public/surveys')
@UseGuards(ThrottlerGuard)
@ApiRateLimited('Too many requests from this address in a minute')
export class PublicSurveysController {
  constructor(private readonly invitations: SurveyInvitationsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'The questions behind a survey link (404 unknown, 409 answered, 410 expired)' })
  survey(@Param('token') token: string): Promise<PublicSurveyDto> {
    return this.invitations.publicSurvey(token);
  }

  @Post(':token')
  @Public()
  @ApiOperation({ summary: 'Answer a survey (single use; anonymous unless you consent to be contacted)' })
  submit(@Param('token') token: string, @Body() body: SurveySubmissionDto): Promise<{ message: string }> {
    return this.invitations.submit(token, body);
  }
}
