import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConversationDto, ConversationLoggedDto, Page, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ConversationsService } from './conversations.service';
import { ConversationListQueryDto, CreateConversationDto, UpdateConversationDto } from './dto/conversation.dto';

@ApiTags('conversations')
@Controller()
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  @Get('applicants/:id/conversations')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: "An applicant's conversations, newest first" })
  forApplicant(@Param('id', ParseIdPipe) applicantId: string, @Query() query: ConversationListQueryDto): Promise<Page<ConversationDto>> {
    return this.conversations.list(Object.assign(query, { applicantId }));
  }

  @Post('applicants/:id/conversations')
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Log a conversation; `serious` is derived from the criteria and may move the applicant on and plan a follow-up' })
  log(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) applicantId: string, @Body() body: CreateConversationDto): Promise<ConversationLoggedDto> {
    return this.conversations.log(actor, applicantId, body);
  }

  @Get('conversations')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'Conversations, newest first (serious, from, to, officerId, applicantId)' })
  list(@Query() query: ConversationListQueryDto): Promise<Page<ConversationDto>> {
    return this.conversations.list(query);
  }

  @Get('conversations/:id')
  @RequirePermission(Permission.ApplicantsRead)
  get(@Param('id', ParseIdPipe) id: string): Promise<ConversationDto> {
    return this.conversations.get(id);
  }

  @Patch('conversations/:id')
  @RequirePermission(Permission.ConversationsEdit)
  @ApiOperation({ summary: 'Correct a conversation (its officer, a manager or an admin; a reason is needed once serious)' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateConversationDto): Promise<ConversationLoggedDto> {
    return this.conversations.update(actor, id, body);
  }

  @Delete('conversations/:id')
  @RequirePermission(Permission.ConversationsEdit)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a conversation logged by mistake (never a serious one)' })
  remove(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.conversations.remove(actor, id);
  }
}
