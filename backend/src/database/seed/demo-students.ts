import { randomUUID } from 'node:crypto';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { EntityManager } from 'typeorm';
import { REGIONS, StudentStatus, SurveyAnswerValue, SurveyQuestion, WITHDRAWAL_REASONS } from '@pathway/contracts';
import { ConcernEntity } from '../../modules/concerns/concern.entity';
import { PlacementEntity, PlacementSiteEntity, PlacementSiteProfessionEntity } from '../../modules/placements/placement.entity';
import { StudentEntity, StudentStatusChangeEntity } from '../../modules/students/student.entity';
import { SurveyInvitationEntity, SurveyResponseEntity, SurveyTemplateEntity } from '../../modules/surveys/survey.entities';
import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES, DEMO_TOWNS } from './demo-names';

const DAY_MS = 86_400_000;
const PROFESSIONS = ['therapeutic_radiography', 'diagnostic_radiography', 'orthoptics', 'prosthetics_orthotics', 'podiatry'];
const PROVIDERS = ['University of Northshire', 'Eastgate University', 'Riverside Health Sciences College', 'City University of Westbridge'];
const SITE_DEPARTMENTS: Record<string, string> = {
  therapeutic_radiography: 'Radiotherapy department',
  diagnostic_radiography: 'Imaging department',
  orthoptics: 'Eye clinic',
  prosthetics_orthotics: 'Limb fitting centre',
  podiatry: 'Podiatry service',
};

export interface EnrolledApplicant {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  profession: string | null;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function insertChunked<T extends object>(manager: EntityManager, target: new () => T, rows: T[], chunk = 150): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(start, start + chunk) as never).execute();
  }
}

function answer(question: SurveyQuestion, mood: number): SurveyAnswerValue | undefined {
  const jitter = () => faker.number.int({ min: -1, max: 1 });
  switch (question.type) {
    case 'likert5':
      return Math.min(5, Math.max(1, mood + jitter()));
    case 'nps':
      return Math.min(10, Math.max(0, mood * 2 + jitter()));
    case 'yes_no':
      return mood >= 3 || faker.datatype.boolean(0.4);
    case 'choice':
      return faker.helpers.arrayElement(question.options ?? ['']);
    case 'text':
      return faker.datatype.boolean(0.5) ? faker.helpers.arrayElement(mood >= 4 ? ['Supportive educators and lots of hands-on time', 'A friendly team who included me', 'Varied caseload'] : ['More time with my educator', 'Clearer induction on the first day', 'Somewhere to study during breaks']) : undefined;
  }
}

/**
 * Students across cohorts and the five shortage professions (the demo's enrolled applicants among them), placement
 * sites with their placements, and a few hundred anonymous survey responses, with some sites above and some below
 * the five-response suppression threshold, and a few concerns.
 */
export async function insertDemoStudents(manager: EntityManager, enrolled: EnrolledApplicant[], now: Date): Promise<{ students: number; placements: number; responses: number }> {
  faker.seed(4242);
  const template = await manager.findOneOrFail(SurveyTemplateEntity, { where: { active: true }, order: { createdAt: 'ASC' } });
  const thisYear = now.getUTCFullYear();

  const sites: PlacementSiteEntity[] = [];
  const siteProfessions: PlacementSiteProfessionEntity[] = [];
  for (const [index, profession] of PROFESSIONS.entries()) {
    for (let copy = 0; copy < (index < 2 ? 3 : 2); copy++) {
      const town = faker.helpers.arrayElement(DEMO_TOWNS);
      const site = Object.assign(new PlacementSiteEntity(), {
        id: randomUUID(),
        name: `${SITE_DEPARTMENTS[profession]}, ${town} ${faker.helpers.arrayElement(['General Hospital', 'Community Hospital', 'Health Centre'])}`,
        organisation: `${town} NHS Foundation Trust`,
        department: SITE_DEPARTMENTS[profession],
        region: faker.helpers.arrayElement(REGIONS),
      });
      sites.push(site);
      siteProfessions.push({ siteId: site.id, professionCode: profession });
    }
  }

  const students: StudentEntity[] = [];
  const history: StudentStatusChangeEntity[] = [];
  const add = (fields: Partial<StudentEntity>) => {
    const cohort = fields.cohort as number;
    const years = thisYear - cohort;
    const status: StudentStatus =
      years >= 3 ? weightedStatus([['completed', 80], ['withdrawn', 12], ['interrupted', 8]]) : years === 0 ? weightedStatus([['active', 97], ['withdrawn', 3]]) : weightedStatus([['active', 85], ['withdrawn', 8], ['interrupted', 7]]);
    const student = Object.assign(new StudentEntity(), {
      id: randomUUID(),
      route: faker.helpers.weightedArrayElement([{ value: 'bsc' as const, weight: 7 }, { value: 'degree_apprenticeship' as const, weight: 2 }, { value: 'msc_pre_registration' as const, weight: 1 }]),
      educationProvider: faker.helpers.arrayElement(PROVIDERS),
      status,
      withdrawalReason: status === 'withdrawn' ? faker.helpers.arrayElement(WITHDRAWAL_REASONS) : null,
      statusChangedAt: new Date(Date.UTC(cohort, 8, 20)),
      applicantId: null,
      ...fields,
    });
    students.push(student);
    history.push(Object.assign(new StudentStatusChangeEntity(), { id: randomUUID(), studentId: student.id, fromStatus: null, toStatus: 'active', at: new Date(Date.UTC(cohort, 8, 20)), byId: null, withdrawalReason: null, note: null }));
    if (status !== 'active') {
      const at = new Date(Math.min(now.getTime() - DAY_MS, Date.UTC(cohort + faker.number.int({ min: 1, max: 3 }), faker.number.int({ min: 0, max: 11 }), 10)));
      student.statusChangedAt = at;
      history.push(Object.assign(new StudentStatusChangeEntity(), { id: randomUUID(), studentId: student.id, fromStatus: 'active', toStatus: status, at, byId: null, withdrawalReason: student.withdrawalReason, note: null }));
    }
  };
  for (const applicant of enrolled) {
    add({ applicantId: applicant.id, firstName: applicant.firstName, lastName: applicant.lastName, email: applicant.email, profession: applicant.profession ?? faker.helpers.arrayElement(PROFESSIONS), cohort: thisYear });
  }
  for (const cohort of [thisYear - 3, thisYear - 2, thisYear - 1]) {
    for (const profession of PROFESSIONS) {
      for (let index = 0; index < faker.number.int({ min: 6, max: 14 }); index++) {
        const firstName = faker.helpers.arrayElement(DEMO_FIRST_NAMES);
        const lastName = faker.helpers.arrayElement(DEMO_LAST_NAMES);
        add({ firstName, lastName, email: `${firstName}.${lastName}.${index}@students.example.org`.toLowerCase().replace(/[^a-z0-9.@]/g, ''), profession, cohort });
      }
    }
  }

  const placements: PlacementEntity[] = [];
  const invitations: SurveyInvitationEntity[] = [];
  const responses: SurveyResponseEntity[] = [];
  const concerns: ConcernEntity[] = [];
  const placementsFor = students.filter((candidate) => candidate.cohort < thisYear).flatMap((student) => Array.from({ length: Math.min(3, thisYear - student.cohort) }, (_, index) => ({ student, year: index + 1 })));
  for (const { student, year } of placementsFor) {
    const options = sites.filter((site) => siteProfessions.some((link) => link.siteId === site.id && link.professionCode === student.profession));
    // Some sites take far fewer students, so their figures stay under the suppression threshold.
    const site = faker.helpers.weightedArrayElement(options.map((candidate, index) => ({ value: candidate, weight: index === options.length - 1 ? 1 : 12 })));
    const endsOn = new Date(Math.min(now.getTime() + 20 * DAY_MS, Date.UTC(student.cohort + year, faker.number.int({ min: 0, max: 5 }), faker.number.int({ min: 1, max: 27 }))));
    const placement = Object.assign(new PlacementEntity(), {
      id: randomUUID(),
      studentId: student.id,
      siteId: site.id,
      startsOn: isoDay(new Date(endsOn.getTime() - 42 * DAY_MS)),
      endsOn: isoDay(endsOn),
      yearOfStudy: year,
      practiceEducator: `${faker.helpers.arrayElement(DEMO_FIRST_NAMES)} ${faker.helpers.arrayElement(DEMO_LAST_NAMES)}`,
    });
    placements.push(placement);
    if (endsOn.getTime() > now.getTime() || !faker.datatype.boolean(0.7)) continue;
    // Answered a few days after the placement ended, but never after today.
    const answeredOn = isoDay(new Date(Math.min(now.getTime(), endsOn.getTime() + faker.number.int({ min: 1, max: 10 }) * DAY_MS)));
    invitations.push(Object.assign(new SurveyInvitationEntity(), { id: randomUUID(), placementId: placement.id, templateId: template.id, tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), expiresAt: new Date(endsOn.getTime() + 28 * DAY_MS), answeredOn }));
    const mood = faker.helpers.weightedArrayElement([{ value: 5, weight: 3 }, { value: 4, weight: 4 }, { value: 3, weight: 2 }, { value: 2, weight: 1 }]);
    const consent = faker.datatype.boolean(0.25);
    const concernRaised = mood <= 2 && faker.datatype.boolean(0.6);
    const answers = Object.fromEntries(template.questions.map((question) => [question.key, answer(question, mood)]).filter(([, value]) => value !== undefined));
    const response = Object.assign(new SurveyResponseEntity(), {
      id: randomUUID(),
      templateId: template.id,
      siteId: site.id,
      profession: student.profession,
      yearOfStudy: year,
      cohort: student.cohort,
      submittedOn: answeredOn,
      answers,
      concernRaised,
      concernText: concernRaised ? faker.helpers.arrayElement(['My educator was often away and I was left without supervision.', 'I did not feel safe raising a problem with the team.', 'I was asked to do things I had not been trained for.']) : null,
      consentToContact: consent,
      studentId: consent ? student.id : null,
      reviewStatus: faker.helpers.arrayElement(['new', 'new', 'reviewed', 'action_planned', 'closed'] as const),
      reviewNote: null,
      version: 1,
    });
    responses.push(response);
    if (concernRaised) {
      const day = new Date(`${answeredOn}T00:00:00.000Z`);
      concerns.push(Object.assign(new ConcernEntity(), { id: randomUUID(), responseId: response.id, siteId: site.id, tier: faker.helpers.arrayElement(['1_local', '2_programme', '3_urgent'] as const), status: faker.helpers.arrayElement(['open', 'investigating', 'resolved'] as const), ownerId: null, dueAt: new Date(day.getTime() + 7 * DAY_MS), resolution: null, youSaidWeDid: null, createdAt: day, updatedAt: day, version: 1 }));
    }
  }
  for (const concern of concerns.filter((candidate) => candidate.status === 'resolved')) {
    Object.assign(concern, { resolution: 'Met the site lead; supervision rota changed.', youSaidWeDid: 'You said supervision was patchy; every student now has a named educator for each shift.' });
  }

  await insertChunked(manager, PlacementSiteEntity, sites);
  await insertChunked(manager, PlacementSiteProfessionEntity, siteProfessions);
  await insertChunked(manager, StudentEntity, students, 100);
  await insertChunked(manager, StudentStatusChangeEntity, history);
  await insertChunked(manager, PlacementEntity, placements);
  await insertChunked(manager, SurveyInvitationEntity, invitations);
  await insertChunked(manager, SurveyResponseEntity, responses, 100);
  await insertChunked(manager, ConcernEntity, concerns);
  return { students: students.length, placements: placements.length, responses: responses.length };
}

function weightedStatus(pairs: [StudentStatus, number][]): StudentStatus {
  return faker.helpers.weightedArrayElement(pairs.map(([value, weight]) => ({ value, weight })));
}
