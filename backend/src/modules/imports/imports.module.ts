import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { StudentsModule } from '../students/students.module';
import { ApplicantImporter } from './applicant-importer';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { StudentImporter } from './student-importer';

@Module({
  imports: [ApplicantsModule, StudentsModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportsRepository, ApplicantImporter, StudentImporter],
})
export class ImportsModule {}
