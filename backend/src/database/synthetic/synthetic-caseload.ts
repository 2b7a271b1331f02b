import { ApplicantProgressRepository } from '../../modules/applicants/applicant-progress.repository';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AUDIENCES, CHANNELS, CLOSE_REASONS, EVENT_TYPES, FOLLOW_UP_TYPES, PROGRESS_STAGES, REGIONS, SOURCES, Stage, WITHDRAWAL_REASONS } from '@pathway/contracts';
import { assessConversation, foldText, nameAndBirthKey, normalisePhone, POSITION_STEP, searchTerms } from '@pathway/domain';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { ApplicantProfessionEntity, ApplicantTagEntity, StageChangeEntity } from '../../modules/applicants/applicant-links.entity';
import { ApplicantSearchDocument, ApplicantSearchIndex } from '../../modules/applicants/applicant-search-index';
import { ConsentChangeEntity } from '../../modules/applicants/consent-change.entity';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { ConcernEntity } from '../../modules/concerns/concern.entity';
import { ConversationEntity } from '../../modules/conversations/conversation.entity';
import { EventAttendanceEntity, EventEntity, EventProfessionEntity } from '../../modules/events/event.entity';
import { FollowUpEntity } from '../../modules/follow-ups/follow-up.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { PlacementEntity, PlacementSiteEntity, PlacementSiteProfessionEntity } from '../../modules/placements/placement.entity';
import { StudentEntity, StudentStatusChangeEntity } from '../../modules/students/student.entity';
import { SurveyResponseEntity } from '../../modules/surveys/survey.entities';
import { insertMany } from '../bulk-insert';
import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES, DEMO_TOWNS } from '../seed/demo-names';

const DAY_MS = 86_400_000;
const SHORTAGE = ['therapeutic_radiography', 'diagnostic_radiography', 'orthoptics', 'prosthetics_orthotics', 'podiatry'];
const TAGS = ['year-12', 'year-13', 'open-day', 'mature', 'access-course', 'callback', 'parent-contact', 'apprenticeship'];
/** Where people end up, as an outreach funnel narrows (same shape as the demo caseload). */
const STAGE_WEIGHTS: [Stage, number][] = [['enquiry', 40], ['engaged', 20], ['serious_conversation', 13], ['applied', 8], ['offer', 5], ['enrolled', 4], ['closed', 10]];
const BATCH = 2_000;

/** A small seeded generator (mulberry32): the same seed gives the same caseload, and it is far cheaper than faker. */
export class SyntheticRandom {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(pairs: readonly [T, number][]): T {
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }
}

export interface SyntheticCounts {
  applicants: number;
  stageChanges: number;
  conversations: number;
  followUps: number;
  events: number;
  attendances: number;
  students: number;
  placements: number;
  responses: number;
}

interface Outreach {
  organisations: OrganisationEntity[];
  events: EventEntity[];
}

/** Campaigns over three years, events in proportion to the caseload (one per 200 people), their hosts and sites. */
async function insertOutreach(manager: EntityManager, random: SyntheticRandom, applicants: number, now: Date): Promise<Outreach> {
  const organisations = Array.from({ length: Math.max(60, Math.round(applicants / 400)) }, (_, index) => {
    const kind = random.weighted<OrganisationEntity['kind']>([['school', 55], ['college', 25], ['gp_surgery', 15], ['nhs_trust', 5]]);
    const name = `${random.pick(DEMO_TOWNS)} ${kind === 'gp_surgery' ? 'Medical Practice' : kind === 'nhs_trust' ? 'NHS Foundation Trust' : kind === 'college' ? 'College' : 'Academy'} ${index + 1}`;
    return Object.assign(new OrganisationEntity(), { id: randomUUID(), name, nameKey: foldText(name), kind, region: random.pick(REGIONS) });
  });
  await insertMany(manager, OrganisationEntity, organisations);
  const campaigns = Array.from({ length: 6 }, (_, index) => {
    const startsOn = new Date(now.getTime() - (3 - index / 2) * 365 * DAY_MS);
    return Object.assign(new CampaignEntity(), {
      id: randomUUID(),
      name: `Outreach campaign ${index + 1}`,
      description: 'Talks, fairs, webinars and waiting-room leaflets for the shortage professions.',
      startsOn: startsOn.toISOString().slice(0, 10),
      endsOn: new Date(startsOn.getTime() + 540 * DAY_MS).toISOString().slice(0, 10),
      budget: 250_000,
      targetEvents: Math.round(applicants / 1200),
      targetYoungPeople: Math.round(applicants / 4),
      targetEducators: Math.round(applicants / 60),
      targetSeriousConversations: Math.round(applicants / 50),
      targetApplications: Math.round(applicants / 80),
      version: 1,
    });
  });
  await insertMany(manager, CampaignEntity, campaigns);
  const events = Array.from({ length: Math.max(50, Math.round(applicants / 200)) }, (_, index) => {
    const type = random.pick(EVENT_TYPES);
    const host = random.pick(organisations);
    const startsAt = new Date(now.getTime() - random.int(2, 1_000) * DAY_MS);
    return Object.assign(new EventEntity(), {
      id: randomUUID(),
      title: `${type.replace(/_/g, ' ')} ${index + 1}`,
      type,
      format: type === 'webinar' || type === 'virtual_event' ? 'virtual' : 'in_person',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      region: host.region,
      venue: host.name,
      hostOrganisationId: host.id,
      campaignId: random.pick(campaigns).id,
      youngPeople: random.int(20, 150),
      educators: random.int(0, 8),
      others: random.int(0, 20),
      leafletsDistributed: type === 'gp_waiting_room' ? 1_700 : 150,
      leafletsTaken: type === 'gp_waiting_room' ? random.int(1_400, 1_650) : random.int(40, 150),
      registrationOpen: false,
      capacity: null,
      slug: `event-${index + 1}-${randomUUID().slice(0, 8)}`,
      createdById: null,
      version: 1,
    });
  });
  await insertMany(manager, EventEntity, events);
  await insertMany(manager, EventProfessionEntity, events.map((event) => ({ eventId: event.id, professionCode: random.pick(SHORTAGE) })));
  return { organisations, events };
}

/**
 * A national campaign's caseload, generated straight into the database for `npm run bench`: applicants across
 * the stages with a consistent stage history, about five conversations and one follow-up each, events and their
 * attendances, and the enrolled as students with placements and survey responses. Each batch of applicants is
 * written in its own transaction with multi-row inserts, so memory stays flat whatever the size.
 */
export async function insertSyntheticCaseload(
  transaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  options: { applicants: number; officerIds: string[]; templateId: string; seed?: number; now?: Date; onProgress?: (done: number) => void },
): Promise<SyntheticCounts> {
  const random = new SyntheticRandom(options.seed ?? 2026);
  const now = options.now ?? new Date();
  const { organisations, events } = await transaction((manager) => insertOutreach(manager, random, options.applicants, now));
  const schools = organisations.filter((organisation) => organisation.kind === 'school' || organisation.kind === 'college');
  const counts: SyntheticCounts = { applicants: 0, stageChanges: 0, conversations: 0, followUps: 0, events: events.length, attendances: 0, students: 0, placements: 0, responses: 0 };
  const nextPosition = new Map<Stage, number>();
  const enrolled: { id: string; firstName: string; lastName: string; email: string | null; profession: string; cohort: number }[] = [];

  for (let start = 0; start < options.applicants; start += BATCH) {
    const rows = {
      applicants: [] as ApplicantEntity[],
      professions: [] as ApplicantProfessionEntity[],
      tags: [] as ApplicantTagEntity[],
      searchDocuments: [] as ApplicantSearchDocument[],
      consents: [] as ConsentChangeEntity[],
      changes: [] as StageChangeEntity[],
      conversations: [] as ConversationEntity[],
      followUps: [] as FollowUpEntity[],
      attendances: [] as EventAttendanceEntity[],
    };
    for (let index = start; index < Math.min(options.applicants, start + BATCH); index++) {
      const id = randomUUID();
      const firstName = random.pick(DEMO_FIRST_NAMES);
      const lastName = random.pick(DEMO_LAST_NAMES);
      const email = random.chance(0.85) ? `${foldText(firstName)}.${foldText(lastName).replace(/[^a-z]/g, '')}${index}@example.org` : null;
      const phone = random.chance(0.6) ? `07700 ${String(900_000 + (index % 100_000)).padStart(6, '0')}` : null;
      const audience = random.weighted<(typeof AUDIENCES)[number]>([['school_student', 45], ['college_student', 25], ['mature_learner', 10], ['career_changer', 12], ['parent', 6], ['educator', 2]]);
      const young = audience === 'school_student' || audience === 'college_student';
      const dateOfBirth = random.chance(0.5) ? new Date(now.getTime() - (young ? random.int(15, 18) : random.int(22, 50)) * 365 * DAY_MS).toISOString().slice(0, 10) : null;
      const stage = random.weighted(STAGE_WEIGHTS);
      const source = random.pick(SOURCES);
      const metAt = source === 'event' || source === 'school_visit' || source === 'webinar' ? random.pick(events) : null;
      const firstContactAt = metAt ? new Date(metAt.startsAt.getTime() + random.int(10, 100) * 60_000) : new Date(now.getTime() - random.int(1, 1_000) * DAY_MS);
      const ownerId = random.pick(options.officerIds);
      if (metAt) {
        rows.attendances.push(Object.assign(new EventAttendanceEntity(), { id: randomUUID(), eventId: metAt.id, applicantId: id, registeredAt: metAt.startsAt, checkedInAt: random.chance(0.85) ? metAt.startsAt : null, how: 'added_by_officer' }));
      }

      // Forward through the stages to the current one; a few step back once or close and reopen on the way.
      const path: Stage[] = stage === 'closed' ? [...PROGRESS_STAGES.slice(0, random.int(1, 4)), 'closed'] : PROGRESS_STAGES.slice(0, PROGRESS_STAGES.indexOf(stage) + 1);
      if (path.length > 2 && stage !== 'closed' && random.chance(0.05)) path.splice(path.length - 1, 0, path[path.length - 3], path[path.length - 2]);
      const room = now.getTime() - 3_600_000 - firstContactAt.getTime();
      const step = Math.max(60_000, Math.floor(Math.min(30 * DAY_MS, room / path.length)));
      let at = firstContactAt;
      path.forEach((to, position) => {
        if (position > 0) at = new Date(at.getTime() + step);
        rows.changes.push(Object.assign(new StageChangeEntity(), { id: randomUUID(), applicantId: id, fromStage: position === 0 ? null : path[position - 1], toStage: to, at, byId: ownerId, reason: to === 'closed' ? random.pick(CLOSE_REASONS) : null }));
      });
      const conversationCount = random.int(2, 8);
      for (let number = 0; number < conversationCount; number++) {
        const criteria = { twoWay: random.chance(0.7), professionDiscussed: random.chance(0.6), routesDiscussed: random.chance(0.3), fundingDiscussed: random.chance(0.3), placementsDiscussed: random.chance(0.3), nextStepAgreed: random.chance(0.35) };
        const occurredAt = new Date(firstContactAt.getTime() + Math.floor(random.next() * Math.max(1, at.getTime() - firstContactAt.getTime())));
        rows.conversations.push(Object.assign(new ConversationEntity(), {
          id: randomUUID(), applicantId: id, officerId: ownerId, occurredAt, channel: random.pick(CHANNELS), summary: 'Talked through the course, entry routes and what placements are like.',
          ...criteria, nextStep: criteria.nextStepAgreed ? 'Book an open-day place' : null, barrier: null, serious: assessConversation(criteria).serious, eventId: null, createdAt: occurredAt, updatedAt: occurredAt, version: 1,
        }));
      }
      const open = stage !== 'closed' && stage !== 'enrolled' && random.chance(0.7);
      const dueAt = new Date(open ? now.getTime() + random.int(-10, 20) * DAY_MS : at.getTime() + 3 * DAY_MS);
      rows.followUps.push(Object.assign(new FollowUpEntity(), {
        id: randomUUID(), applicantId: id, conversationId: null, assigneeId: ownerId, createdById: ownerId, dueAt, type: random.pick(FOLLOW_UP_TYPES), notes: 'Send the course leaflet',
        status: open ? 'open' : 'done', outcome: open ? null : 'Sent', completedAt: open ? null : dueAt, createdAt: at, updatedAt: at, version: 1,
      }));
      const position = (nextPosition.get(stage) ?? 0) + POSITION_STEP;
      nextPosition.set(stage, position);
      const consent = random.chance(0.8);
      const region = random.pick(REGIONS);
      const postcode = random.chance(0.7) ? `${random.pick(['LS', 'M', 'B', 'NE', 'BS', 'CF', 'EH', 'BT', 'SW', 'N'])}${random.int(1, 20)} ${random.int(1, 9)}${random.pick(['AB', 'XY', 'QT', 'HN'])}` : null;
      rows.applicants.push(Object.assign(new ApplicantEntity(), {
        id, firstName, lastName, email, phone, phoneNormalised: normalisePhone(phone), audience, region, postcode,
        organisationId: young && random.chance(0.8) ? random.pick(schools).id : null,
        dateOfBirth, ageBand: young ? '16_18' : '25_plus', nameDobKey: nameAndBirthKey(firstName, lastName, dateOfBirth), source, firstContactAt,
        campaignId: metAt?.campaignId ?? null, eventId: metAt?.id ?? null, ownerId, stage, position, stageChangedAt: at,
        closeReason: stage === 'closed' ? rows.changes[rows.changes.length - 1].reason : null,
        consentGiven: consent, consentGivenAt: consent ? firstContactAt : null, consentSource: consent ? 'recorded_by_staff' : null, consentWordingVersion: consent ? '2026-09' : null,
        consentWithdrawnAt: null, wpFirstInFamily: random.pick([true, false, null]), wpCareExperienced: null, wpDisability: null, wpEthnicity: null,
        createdById: ownerId, archivedAt: null, createdAt: firstContactAt, updatedAt: at, version: path.length,
      }));
      const profession = random.pick(SHORTAGE);
      rows.professions.push({ applicantId: id, professionCode: profession });
      if (random.chance(0.4)) rows.tags.push({ applicantId: id, tag: random.pick(TAGS) });
      rows.searchDocuments.push({ applicantId: id, terms: searchTerms({ firstName, lastName, email, phone, postcode }) });
      if (consent) rows.consents.push({ id: randomUUID(), applicantId: id, given: true, at: firstContactAt, source: 'recorded_by_staff', wordingVersion: '2026-09', byId: ownerId });
      if (stage === 'enrolled') enrolled.push({ id, firstName, lastName, email, profession, cohort: at.getUTCFullYear() });
    }
    const progress = new ApplicantProgressRepository();
    const searchIndex = new ApplicantSearchIndex();
    await transaction(async (manager) => {
      await insertMany(manager, ApplicantEntity, rows.applicants);
      await insertMany(manager, ApplicantProfessionEntity, rows.professions);
      await insertMany(manager, ApplicantTagEntity, rows.tags);
      await searchIndex.insertMany(manager, rows.searchDocuments);
      await insertMany(manager, ConsentChangeEntity, rows.consents);
      await insertMany(manager, StageChangeEntity, rows.changes);
      await progress.refreshRows(manager, rows.applicants.map((applicant) => applicant.id));
      await insertMany(manager, ConversationEntity, rows.conversations);
      await insertMany(manager, FollowUpEntity, rows.followUps);
      await insertMany(manager, EventAttendanceEntity, rows.attendances);
    });
    counts.applicants += rows.applicants.length;
    counts.stageChanges += rows.changes.length;
    counts.conversations += rows.conversations.length;
    counts.followUps += rows.followUps.length;
    counts.attendances += rows.attendances.length;
    options.onProgress?.(counts.applicants);
  }

  Object.assign(counts, await transaction((manager) => insertStudents(manager, random, enrolled, options.templateId, now)));
  // The funnel's cells are counted once from every progress row, rather than batch by batch.
  await transaction((manager) => new ApplicantProgressRepository().rebuildCells(manager));
  return counts;
}

/** The enrolled become students; each has placements, and most placements an anonymous survey response. */
async function insertStudents(
  manager: EntityManager,
  random: SyntheticRandom,
  enrolled: { id: string; firstName: string; lastName: string; email: string | null; profession: string; cohort: number }[],
  templateId: string,
  now: Date,
): Promise<Pick<SyntheticCounts, 'students' | 'placements' | 'responses'>> {
  const sites = Array.from({ length: 50 }, (_, index) => Object.assign(new PlacementSiteEntity(), { id: randomUUID(), name: `${random.pick(DEMO_TOWNS)} Hospital ${index + 1}`, organisation: 'NHS Foundation Trust', department: 'Imaging', region: random.pick(REGIONS) }));
  await insertMany(manager, PlacementSiteEntity, sites);
  await insertMany(manager, PlacementSiteProfessionEntity, sites.map((site, index) => ({ siteId: site.id, professionCode: SHORTAGE[index % SHORTAGE.length] })));
  const students: StudentEntity[] = [];
  const history: StudentStatusChangeEntity[] = [];
  const placements: PlacementEntity[] = [];
  const responses: SurveyResponseEntity[] = [];
  const concerns: ConcernEntity[] = [];
  for (const person of enrolled) {
    const status = random.weighted<StudentEntity['status']>([['active', 85], ['withdrawn', 8], ['interrupted', 4], ['completed', 3]]);
    const statusChangedAt = new Date(Date.UTC(person.cohort, 8, 20));
    const student = Object.assign(new StudentEntity(), {
      id: randomUUID(), applicantId: person.id, firstName: person.firstName, lastName: person.lastName, email: person.email, profession: person.profession, route: 'bsc', cohort: person.cohort,
      educationProvider: 'University of Northshire', status, statusChangedAt, withdrawalReason: status === 'withdrawn' ? random.pick(WITHDRAWAL_REASONS) : null, version: 1,
    });
    students.push(student);
    history.push(Object.assign(new StudentStatusChangeEntity(), { id: randomUUID(), studentId: student.id, fromStatus: null, toStatus: status, at: statusChangedAt, byId: null, withdrawalReason: student.withdrawalReason, note: null }));
    for (let year = 1; year <= random.int(1, 3); year++) {
      const site = random.pick(sites.filter((_, index) => SHORTAGE[index % SHORTAGE.length] === person.profession));
      const endsOn = new Date(Math.min(now.getTime() - DAY_MS, statusChangedAt.getTime() + year * 120 * DAY_MS));
      const placement = Object.assign(new PlacementEntity(), { id: randomUUID(), studentId: student.id, siteId: site.id, startsOn: new Date(endsOn.getTime() - 42 * DAY_MS).toISOString().slice(0, 10), endsOn: endsOn.toISOString().slice(0, 10), yearOfStudy: year, practiceEducator: 'Sam Taylor' });
      placements.push(placement);
      if (!random.chance(0.7)) continue;
      const mood = random.int(1, 5);
      const concernRaised = mood <= 2 && random.chance(0.5);
      const response = Object.assign(new SurveyResponseEntity(), {
        id: randomUUID(), templateId, siteId: site.id, profession: person.profession, yearOfStudy: year, cohort: person.cohort, submittedOn: endsOn.toISOString().slice(0, 10),
        answers: { induction: mood, supervision: mood, learning: mood, team: mood, facilities: mood, raising_concerns: mood >= 3, overall: mood, recommend: mood * 2 },
        concernRaised, concernText: concernRaised ? 'I was often left without supervision.' : null, consentToContact: false, studentId: null, reviewStatus: random.pick(['new', 'reviewed', 'closed'] as const), reviewNote: null, version: 1,
      });
      responses.push(response);
      if (concernRaised) {
        concerns.push(Object.assign(new ConcernEntity(), { id: randomUUID(), responseId: response.id, siteId: site.id, tier: '1_local', status: 'open', ownerId: null, dueAt: new Date(endsOn.getTime() + 7 * DAY_MS), resolution: null, youSaidWeDid: null, createdAt: endsOn, updatedAt: endsOn, version: 1 }));
      }
    }
  }
  await insertMany(manager, StudentEntity, students);
  await insertMany(manager, StudentStatusChangeEntity, history);
  await insertMany(manager, PlacementEntity, placements);
  await insertMany(manager, SurveyResponseEntity, responses);
  await insertMany(manager, ConcernEntity, concerns);
  return { students: students.length, placements: placements.length, responses: responses.length };
}
