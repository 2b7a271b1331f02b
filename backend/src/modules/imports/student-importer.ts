import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { StudentImportDefaults } from '@pathway/contracts';
import { foldText } from '@pathway/domain';
import { CreateStudentDto } from '../students/dto/student.dto';
import { StudentEntity } from '../students/student.entity';
import { StudentsService } from '../students/students.service';
import { StudentImportDefaultsDto } from './dto/student-import-defaults.dto';
import { checkMapping } from './import-mapping-check';
import { emptyBatch, ImportRequestContext, PreparedImport } from './importer';
import { ImportsRepository } from './imports.repository';
import { professionLookup, studentLineCheck } from './student-rows';
import { checkedDefaults } from './validate-plain';

/** A student is the same person as one already in Pathway with the same email, or the same name, profession and cohort. */
function keysOf(student: Pick<StudentEntity, 'email' | 'firstName' | 'lastName' | 'profession' | 'cohort'>): string[] {
  const name = `n:${foldText(student.firstName).trim()}|${foldText(student.lastName).trim()}|${student.profession}|${student.cohort}`;
  return student.email ? [`e:${student.email.toLowerCase()}`, name] : [name];
}

/**
 * Student imports (a university's enrolment list): each valid row is matched to a student already in Pathway (and
 * left as it is) or created, linked to the applicant with the same email when there is one who is not yet a student.
 */
@Injectable()
export class StudentImporter {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly students: StudentsService,
  ) {}

  async prepare(request: ImportRequestContext): Promise<PreparedImport<CreateStudentDto>> {
    const professions = await this.imports.professions();
    const lookup = professionLookup(professions);
    const defaults = this.checkDefaults(request.defaults, new Set(professions.map(({ code }) => code)));
    const columns = checkMapping(request.file, request.mapping, 'students', defaults);
    const actorId = request.actor.id;
    return {
      lines: request.file.lines,
      check: studentLineCheck(columns, defaults, lookup),
      eventId: null,
      plan: async (batch, seen) => {
        const result = emptyBatch();
        const existing = await this.existingKeys(this.imports.manager, batch);
        for (const input of batch) {
          const keys = keysOf({ email: input.email ?? null, ...input });
          if (keys.some((key) => seen.has(key) || existing.has(key))) result.duplicates++;
          else result.created++;
          keys.forEach((key) => seen.add(key));
        }
        return result;
      },
      write: async (manager, batch, seen) => {
        const result = emptyBatch();
        const existing = await this.existingKeys(manager, batch);
        const applicants = await this.imports.applicantsToLink(
          manager,
          batch.flatMap((input) => (input.email ? [input.email.toLowerCase()] : [])),
        );
        for (const input of batch) {
          const keys = keysOf({ email: input.email ?? null, ...input });
          if (keys.some((key) => seen.has(key) || existing.has(key))) result.duplicates++;
          else {
            const applicantId = input.email ? applicants.get(input.email.toLowerCase()) : undefined;
            if (applicantId) applicants.delete(input.email?.toLowerCase() ?? '');
            result.createdIds.push(await this.students.insertStudent(manager, actorId, { ...input, applicantId }));
            result.created++;
          }
          keys.forEach((key) => seen.add(key));
        }
        return result;
      },
    };
  }

  private async existingKeys(manager: EntityManager, batch: CreateStudentDto[]): Promise<Set<string>> {
    const found = await this.imports.matchingStudents(
      manager,
      batch.flatMap((input) => (input.email ? [input.email.toLowerCase()] : [])),
      batch,
    );
    return new Set(found.flatMap((student) => keysOf(student)));
  }

  private checkDefaults(value: unknown, codes: Set<string>): StudentImportDefaults {
    const defaults = checkedDefaults(StudentImportDefaultsDto, value, (checked, errors) => {
      if (checked.profession && !errors.some((error) => error.field === 'profession') && !codes.has(checked.profession))
        errors.push({ field: 'profession', message: 'is not a known profession' });
    });
    return Object.fromEntries(Object.entries(defaults).filter(([, entry]) => entry !== undefined));
  }
}
