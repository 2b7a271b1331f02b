import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConflictResponse, ApiConsumes, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  IMPORT_MAX_BYTES,
  ImportPreviewDto,
  ImportReportDto,
  ImportSummaryDto,
  ImportUndoDto,
  Permission,
} from '@pathway/contracts';
import { CurrentUser, RequirePermission } from '../../common/auth/access.decorators';
import { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { sendCsv } from '../../common/http/csv';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ImportQueryDto, ImportRequestDto, PreviewRequestDto } from './dto/import-request.dto';
import { ImportsService, UploadedCsv } from './imports.service';

/** Files are held in memory (20 MB at most) and never written to disk. */
const upload = () => FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: 'Recent imports: who, when, which file and the counts' })
  list(): Promise<ImportSummaryDto[]> {
    return this.imports.list();
  }

  @Post('applicants/preview')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: "A CSV's headers, the guessed column mapping and its first rows (nothing is stored)" })
  preview(@UploadedFile() file: UploadedCsv | undefined, @Body() _body: PreviewRequestDto): ImportPreviewDto {
    return this.imports.preview(file);
  }

  @Post('applicants')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiPayloadTooLargeResponse({ description: 'The file is over 20 MB' })
  @ApiOperation({ summary: 'Import applicants from a CSV (`?dryRun=true` reports without writing)' })
  importApplicants(
    @CurrentUser() actor: AuthenticatedUser,
    @UploadedFile() file: UploadedCsv | undefined,
    @Body() body: ImportRequestDto,
    @Query() query: ImportQueryDto,
  ): Promise<ImportReportDto> {
    return this.imports.importApplicants(actor, file, body, query.dryRun === true);
  }

  @Get(':id/rejected.csv')
  @RequirePermission(Permission.ApplicantsWrite)
  @ApiOperation({ summary: "An import's rejected rows as they were, with an errors column" })
  async rejected(
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { fileName, header, rows } = await this.imports.rejected(id);
    return sendCsv(response, fileName, header, rows);
  }

  @Post(':id/undo')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @ApiConflictResponse({
    description: 'Some of the people it created were changed or contacted since (the count is in the message)',
  })
  @ApiOperation({ summary: 'Remove what an import created, while nobody has touched it since' })
  undo(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<ImportUndoDto> {
    return this.imports.undo(actor, id);
  }
}
