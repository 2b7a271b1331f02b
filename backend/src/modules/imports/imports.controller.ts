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
import { AttendeeImportQueryDto, ImportQueryDto, ImportRequestDto, PreviewRequestDto } from './dto/import-request.dto';
import { ImportsService, UploadedCsv } from './imports.service';

/** Files are held in memory (20 MB at most) and never written to disk. */
const upload = () => FileInterceptor('file', { limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } });
const PREVIEW = "A CSV's headers, the guessed column mapping and its first rows (nothing is stored)";

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get()
  @RequirePermission(Permission.ImportsRun)
  @ApiOperation({ summary: 'Recent imports of the kinds you may run: who, when, which file and the counts' })
  list(@CurrentUser() actor: AuthenticatedUser): Promise<ImportSummaryDto[]> {
    return this.imports.list(actor);
  }

  @Post('applicants/preview')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: PREVIEW })
  previewApplicants(@UploadedFile() file: UploadedCsv | undefined, @Body() _body: PreviewRequestDto): ImportPreviewDto {
    return this.imports.preview(file, 'applicants');
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
    return this.imports.run(actor, 'applicants', file, body, { dryRun: query.dryRun === true });
  }

  @Post('attendees/preview')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: PREVIEW })
  previewAttendees(@UploadedFile() file: UploadedCsv | undefined, @Body() _body: PreviewRequestDto): ImportPreviewDto {
    return this.imports.preview(file, 'attendees');
  }

  @Post('attendees')
  @RequirePermission(Permission.ApplicantsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiPayloadTooLargeResponse({ description: 'The file is over 20 MB' })
  @ApiOperation({
    summary:
      "Import an event's attendees (a ticketing export): people are matched or created, and registered for the event",
  })
  importAttendees(
    @CurrentUser() actor: AuthenticatedUser,
    @UploadedFile() file: UploadedCsv | undefined,
    @Body() body: ImportRequestDto,
    @Query() query: AttendeeImportQueryDto,
  ): Promise<ImportReportDto> {
    return this.imports.run(actor, 'attendees', file, body, { dryRun: query.dryRun === true, eventId: query.eventId });
  }

  @Post('students/preview')
  @RequirePermission(Permission.StudentsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: PREVIEW })
  previewStudents(@UploadedFile() file: UploadedCsv | undefined, @Body() _body: PreviewRequestDto): ImportPreviewDto {
    return this.imports.preview(file, 'students');
  }

  @Post('students')
  @RequirePermission(Permission.StudentsWrite)
  @HttpCode(200)
  @UseInterceptors(upload())
  @ApiConsumes('multipart/form-data')
  @ApiPayloadTooLargeResponse({ description: 'The file is over 20 MB' })
  @ApiOperation({ summary: "Import students from a university's enrolment list (`?dryRun=true` reports only)" })
  importStudents(
    @CurrentUser() actor: AuthenticatedUser,
    @UploadedFile() file: UploadedCsv | undefined,
    @Body() body: ImportRequestDto,
    @Query() query: ImportQueryDto,
  ): Promise<ImportReportDto> {
    return this.imports.run(actor, 'students', file, body, { dryRun: query.dryRun === true });
  }

  @Get(':id/rejected.csv')
  @RequirePermission(Permission.ImportsRun)
  @ApiOperation({ summary: "An import's rejected rows as they were, with an errors column" })
  async rejected(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { fileName, header, rows } = await this.imports.rejected(actor, id);
    return sendCsv(response, fileName, header, rows);
  }

  @Post(':id/undo')
  @RequirePermission(Permission.ImportsRun)
  @HttpCode(200)
  @ApiConflictResponse({
    description: 'Some of the records it created were changed or used since (the count is in the message)',
  })
  @ApiOperation({ summary: 'Remove what an import created, while nobody has touched it since' })
  undo(@CurrentUser() actor: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<ImportUndoDto> {
    return this.imports.undo(actor, id);
  }
}
