import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, ProfessionDto, RegionDto } from '@pathway/contracts';
import { RequirePermission } from '../../common/auth/access.decorators';
import { ReferenceService } from './reference.service';

@ApiTags('reference data')
@Controller()
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('professions')
  @RequirePermission(Permission.ReferenceRead)
  @ApiOperation({ summary: 'Allied health professions, shortage professions first' })
  professions(): Promise<ProfessionDto[]> {
    return this.reference.listProfessions();
  }

  @Get('regions')
  @RequirePermission(Permission.ReferenceRead)
  @ApiOperation({ summary: 'UK regions and nations' })
  regions(): RegionDto[] {
    return this.reference.listRegions();
  }
}
