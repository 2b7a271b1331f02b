import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApplicantDto, BoardCardDto, BoardColumnPageDto, BoardDto, Permission, Stage, STAGES } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError } from '../../common/errors/app-error';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { BoardColumnQueryDto, BoardMoveDto, BoardQueryDto, StageMoveDto } from './dto/pipeline.dto';
import { PipelineService } from './pipeline.service';

const stagePipe = new ParseEnumPipe(Object.fromEntries(STAGES.map((stage) => [stage, stage])), {
  exceptionFactory: () => AppError.field('stage', `must be one of ${STAGES.join(', ')}`),
});

@ApiTags('pipeline')
@Controller()
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  @Post('applicants/:id/stage')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an applicant to a stage (backward moves and closing need a reason)' })
  moveStage(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: StageMoveDto): Promise<ApplicantDto> {
    return this.pipeline.moveStage(actor, id, body);
  }

  @Get('pipeline/board')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiOperation({ summary: 'One column per stage: its total and first page of cards' })
  board(@CurrentUser() actor: AuthenticatedUser, @Query() query: BoardQueryDto): Promise<BoardDto> {
    return this.pipeline.getBoard(actor, query);
  }

  @Get('pipeline/board/:stage')
  @RequirePermission(Permission.ApplicantsRead)
  @ApiParam({ name: 'stage', enum: STAGES })
  @ApiOperation({ summary: 'The next page of one column (keyset cursor)' })
  column(@CurrentUser() actor: AuthenticatedUser, @Param('stage', stagePipe) stage: Stage, @Query() query: BoardColumnQueryDto): Promise<BoardColumnPageDto> {
    return this.pipeline.getColumn(actor, stage, query);
  }

  @Post('pipeline/move')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a card to a stage and a place between two neighbours' })
  move(@CurrentUser() actor: AuthenticatedUser, @Body() body: BoardMoveDto): Promise<BoardCardDto> {
    return this.pipeline.move(actor, body);
  }
}
