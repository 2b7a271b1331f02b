import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConcernDto, Page, Permission } from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ConcernsService } from './concerns.service';
import { ConcernListQueryDto, UpdateConcernDto } from './dto/concern.dto';

@ApiTags('feedback')
@Controller('concerns')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Get()
  @RequirePermission(Permission.StudentsRead)
  @ApiOperation({ summary: 'Concerns raised in placement feedback: unresolved first, overdue at the top' })
  list(@Query() query: ConcernListQueryDto): Promise<Page<ConcernDto>> {
    return this.concerns.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.StudentsRead)
  get(@Param('id', ParseIdPipe) id: string): Promise<ConcernDto> {
    return this.concerns.get(id);
  }

  @Patch(':id')
  @RequirePermission(Permission.StudentsWrite)
  @ApiOperation({ summary: 'Triage (tier, owner, due), investigate, resolve with a resolution and a "you said, we did" note' })
  update(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateConcernDto): Promise<ConcernDto> {
    return this.concerns.update(actor, id, body);
  }
}
