import { ApplicantProgressRepository } from '../../modules/applicants/applicant-progress.repository';
import { randomUUID } from 'node:crypto';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { EntityManager } from 'typeorm';
import { AUDIENCES, CHANNELS, CLOSE_REASONS, FOLLOW_UP_TYPES, OrganisationKind, PROGRESS_STAGES, Region, REGIONS, SOURCES, Stage } from '@pathway/contracts';
import { assessConversation, foldText, nameAndBirthKey, normalisePhone, normalisePostcode, POSITION_STEP, searchTerms } from '@pathway/domain';
import { ApplicantEntity } from '../../modules/applicants/applicant.entity';
import { ApplicantProfessionEntity, ApplicantTagEntity, StageChangeEntity } from '../../modules/applicants/applicant-links.entity';
import { ApplicantSearchDocument, ApplicantSearchIndex } from '../../modules/applicants/applicant-search-index';
import { ConsentChangeEntity } from '../../modules/applicants/consent-change.entity';
import { ConversationEntity } from '../../modules/conversations/conversation.entity';
import { FollowUpEntity } from '../../modules/follow-ups/follow-up.entity';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { EventAttendanceEntity, EventEntity, EventProfessionEntity } from '../../modules/events/event.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { demoOutreach } from './demo-events';
import { DEMO_FIRST_NAMES, DEMO_LAST_NAMES, DEMO_TOWNS } from './demo-names';

const DAY_MS = 86_400_000;
const SHORTAGE = ['therapeutic_radiography', 'diagnostic_radiography', 'orthoptics', 'prosthetics_orthotics', 'podiatry'];
const OTHER = ['physiotherapy', 'occupational_therapy', 'paramedicine', 'dietetics', 'speech_language_therapy'];
const TAGS = ['year-12', 'year-13', 'open-day', 'mature', 'access-course', 'callback', 'parent-contact', 'apprenticeship'];
/** Where people end up, roughly as an outreach funnel narrows. */
const STAGE_WEIGHTS: [Stage, number][] = [
  ['enquiry', 40],
  ['engaged', 20],
  ['serious_conversation', 13],
  ['applied', 8],
  ['offer', 5],
  ['enrolled', 4],
  ['closed', 10],
];

function weighted<T>(pairs: [T, number][]): T {
  return faker.helpers.weightedArrayElement(pairs.map(([value, weight]) => ({ value, weight })));
}

/** Inserts rows in chunks small enough for either engine's limit on bound parameters. */
async function insertChunked<T extends object>(manager: EntityManager, target: new () => T, rows: T[], chunk = 200): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    await manager.createQueryBuilder().insert().into(target).values(rows.slice(start, start + chunk) as never).execute();
  }
}

export interface DemoApplicantsResult {
  applicants: number;
  organisations: number;
  conversations: number;
  followUps: number;
  campaigns: number;
  events: number;
  attendances: number;
}

const NEXT_STEPS = ['Book an open-day place', 'Send the course leaflet', 'Arrange a placement taster day', 'Talk to the admissions tutor', 'Check funding with Student Finance'];
const BARRIERS = ['Worried about tuition fees', 'Needs a science A level', 'Travel distance', 'Unsure about working with patients', null, null, null];
const SUMMARIES = [
  'Talked through what a typical day looks like and where the course can lead.',
  'Asked about entry requirements and the apprenticeship route.',
  'Interested after the careers talk; wants to know about placements.',
  'Parent joined the conversation; questions about funding and travel.',
  'Followed up from the webinar; keen to visit an open day.',
];

/** Conversations for one applicant along their history: a serious one where they reached that stage. */
function demoConversations(applicantId: string, officerId: string, changes: StageChangeEntity[], now: Date): ConversationEntity[] {
  const reachedSerious = changes.find((change) => change.toStage === 'serious_conversation');
  const count = changes.length === 1 ? faker.number.int({ min: 0, max: 1 }) : faker.number.int({ min: 1, max: 3 });
  const conversations: ConversationEntity[] = [];
  for (let index = 0; index < count; index++) {
    const anchor = faker.helpers.arrayElement(changes).at;
    const makeSerious = reachedSerious !== undefined && index === 0;
    const occurredAt = makeSerious ? reachedSerious.at : new Date(Math.min(now.getTime() - 3_600_000, anchor.getTime() + faker.number.int({ min: 0, max: 5 }) * 86_400_000));
    const criteria = makeSerious
      ? { twoWay: true, professionDiscussed: true, routesDiscussed: faker.datatype.boolean(), fundingDiscussed: true, placementsDiscussed: faker.datatype.boolean(), nextStepAgreed: true }
      : { twoWay: faker.datatype.boolean(0.7), professionDiscussed: faker.datatype.boolean(0.6), routesDiscussed: faker.datatype.boolean(0.3), fundingDiscussed: faker.datatype.boolean(0.2), placementsDiscussed: faker.datatype.boolean(0.3), nextStepAgreed: faker.datatype.boolean(0.3) };
    conversations.push(Object.assign(new ConversationEntity(), {
      id: randomUUID(),
      applicantId,
      officerId,
      occurredAt,
      channel: faker.helpers.arrayElement(CHANNELS),
      summary: faker.helpers.arrayElement(SUMMARIES),
      ...criteria,
      nextStep: criteria.nextStepAgreed ? faker.helpers.arrayElement(NEXT_STEPS) : null,
      barrier: faker.helpers.arrayElement(BARRIERS),
      serious: assessConversation(criteria).serious,
      createdAt: occurredAt,
      updatedAt: occurredAt,
      version: 1,
    }));
  }
  return conversations;
}

/** Follow-ups for someone still in play: usually one open (some overdue), sometimes an earlier one done. */
function demoFollowUps(applicantId: string, officerId: string, stage: Stage, lastMove: Date, now: Date): FollowUpEntity[] {
  if (stage === 'closed' || stage === 'enrolled' || !faker.datatype.boolean(0.55)) return [];
  const followUps: FollowUpEntity[] = [];
  const base = { applicantId, conversationId: null, assigneeId: officerId, createdById: officerId, version: 1 };
  if (faker.datatype.boolean(0.4)) {
    const dueAt = new Date(Math.min(now.getTime() - 86_400_000, lastMove.getTime() + 3 * 86_400_000));
    followUps.push(Object.assign(new FollowUpEntity(), { ...base, id: randomUUID(), dueAt, type: 'email', notes: 'Send course information', status: 'done', outcome: 'Sent the course leaflet and open-day dates', completedAt: dueAt, createdAt: lastMove, updatedAt: dueAt }));
  }
  const dueAt = new Date(now.getTime() + faker.number.int({ min: -10 * 24, max: 20 * 24 }) * 3_600_000);
  followUps.push(Object.assign(new FollowUpEntity(), { ...base, id: randomUUID(), dueAt, type: faker.helpers.arrayElement(FOLLOW_UP_TYPES.filter((type) => type !== 'other')), notes: faker.helpers.arrayElement(NEXT_STEPS), status: 'open', outcome: null, completedAt: null, createdAt: new Date(Math.min(lastMove.getTime(), dueAt.getTime())), updatedAt: lastMove }));
  return followUps;
}

/**
 * A believable outreach caseload: organisations, and `count` applicants spread over stages, professions, regions,
 * sources and owners, each with a consistent stage history. Deterministic for a given seed.
 */
export async function insertDemoApplicants(manager: EntityManager, ownerIds: string[], count: number, seed = 2026, now = new Date()): Promise<DemoApplicantsResult> {
  faker.seed(seed);
  const organisations: OrganisationEntity[] = [];
  const kinds: [OrganisationKind, number][] = [['school', 50], ['college', 20], ['gp_surgery', 15], ['nhs_trust', 8], ['university', 5], ['other', 2]];
  const suffix: Record<OrganisationKind, () => string> = {
    school: () => faker.helpers.arrayElement(['Academy', 'High School', 'School', 'Community School', 'Grammar School']),
    college: () => faker.helpers.arrayElement(['College', 'Sixth Form College', 'College of Further Education']),
    gp_surgery: () => faker.helpers.arrayElement(['Medical Practice', 'Surgery', 'Health Centre']),
    nhs_trust: () => 'NHS Foundation Trust',
    university: () => 'University',
    other: () => faker.helpers.arrayElement(['Youth Hub', 'Careers Service']),
  };
  const seen = new Set<string>();
  while (organisations.length < 60) {
    const kind = weighted(kinds);
    const name = kind === 'university' ? `University of ${faker.helpers.arrayElement(DEMO_TOWNS)}` : `${faker.helpers.arrayElement(DEMO_TOWNS)} ${suffix[kind]()}`;
    const key = foldText(name);
    if (seen.has(`${key}|${kind}`)) continue;
    seen.add(`${key}|${kind}`);
    organisations.push(Object.assign(new OrganisationEntity(), { id: randomUUID(), name, nameKey: key, kind, region: faker.helpers.arrayElement(REGIONS) as Region }));
  }
  await insertChunked(manager, OrganisationEntity, organisations);
  const outreach = demoOutreach(organisations, now);
  await insertChunked(manager, CampaignEntity, outreach.campaigns);
  await insertChunked(manager, EventEntity, outreach.events, 50);
  const eventProfessions = outreach.events.flatMap((event) => faker.helpers.arrayElements(SHORTAGE, { min: 1, max: 3 }).map((professionCode) => ({ eventId: event.id, professionCode })));
  await insertChunked(manager, EventProfessionEntity, eventProfessions, 500);
  const attendances: EventAttendanceEntity[] = [];
  const learningPlaces = organisations.filter((organisation) => organisation.kind === 'school' || organisation.kind === 'college');

  const applicants: ApplicantEntity[] = [];
  const professions: ApplicantProfessionEntity[] = [];
  const tags: ApplicantTagEntity[] = [];
  const searchDocuments: ApplicantSearchDocument[] = [];
  const consents: ConsentChangeEntity[] = [];
  const changes: StageChangeEntity[] = [];
  const conversations: ConversationEntity[] = [];
  const followUps: FollowUpEntity[] = [];
  const nextPosition = new Map<Stage, number>();

  for (let index = 0; index < count; index++) {
    const id = randomUUID();
    const firstName = faker.helpers.arrayElement(DEMO_FIRST_NAMES);
    const lastName = faker.helpers.arrayElement(DEMO_LAST_NAMES);
    const audience = weighted<(typeof AUDIENCES)[number]>([['school_student', 45], ['college_student', 25], ['mature_learner', 10], ['career_changer', 12], ['parent', 6], ['educator', 2]]);
    const young = audience === 'school_student' || audience === 'college_student';
    const birth = young ? faker.date.birthdate({ mode: 'age', min: 15, max: 18, refDate: now }) : faker.date.birthdate({ mode: 'age', min: 22, max: 50, refDate: now });
    const email = faker.datatype.boolean(0.85) ? faker.internet.email({ firstName: foldText(firstName), lastName: foldText(lastName).replace(/[^a-z]/g, ''), provider: faker.helpers.arrayElement(['example.org', 'example.com', 'example.net']) }).toLowerCase() : null;
    const phone = faker.datatype.boolean(0.6) ? `07700 9${faker.string.numeric(5)}` : null;
    const postcode = faker.datatype.boolean(0.7) ? normalisePostcode(faker.location.zipCode()) : null;
    const stage = weighted(STAGE_WEIGHTS);
    const source = weighted<(typeof SOURCES)[number]>([['event', 30], ['school_visit', 25], ['webinar', 12], ['gp_campaign', 6], ['website', 12], ['social_media', 8], ['referral', 5], ['other', 2]]);
    // People met at an event were first contacted there, and attended it.
    const candidates = source in outreach.eventsBySource ? outreach.eventsBySource[source as keyof typeof outreach.eventsBySource] : [];
    const metAt = candidates.length ? faker.helpers.arrayElement(candidates) : null;
    const firstContactAt = metAt
      ? new Date(metAt.startsAt.getTime() + faker.number.int({ min: 10, max: 100 }) * 60_000)
      : faker.date.between({ from: new Date(now.getTime() - 540 * DAY_MS), to: new Date(now.getTime() - DAY_MS) });
    if (metAt) {
      const selfRegistered = faker.datatype.boolean(0.4);
      attendances.push(Object.assign(new EventAttendanceEntity(), {
        id: randomUUID(),
        eventId: metAt.id,
        applicantId: id,
        registeredAt: selfRegistered ? new Date(metAt.startsAt.getTime() - faker.number.int({ min: 1, max: 20 }) * DAY_MS) : metAt.startsAt,
        checkedInAt: faker.datatype.boolean(0.85) ? metAt.startsAt : null,
        how: selfRegistered ? 'self_registered' : 'added_by_officer',
      }));
    }
    const dateOfBirth = faker.datatype.boolean(0.5) ? birth.toISOString().slice(0, 10) : null;

    // Walk the history forward from first contact to the current stage.
    const path: Stage[] = stage === 'closed' ? [...PROGRESS_STAGES.slice(0, faker.number.int({ min: 1, max: 4 })), 'closed'] : PROGRESS_STAGES.slice(0, PROGRESS_STAGES.indexOf(stage) + 1);
    // Gaps between moves, squeezed if needed so the last move is still in the past; times strictly increase.
    const gaps = path.slice(1).map(() => faker.number.int({ min: 2, max: 45 }) * DAY_MS);
    const room = now.getTime() - 3_600_000 - firstContactAt.getTime();
    const scale = Math.min(1, room / Math.max(1, gaps.reduce((sum, gap) => sum + gap, 0)));
    let at = firstContactAt;
    const ownerId = faker.helpers.arrayElement(ownerIds);
    path.forEach((to, step) => {
      if (step > 0) at = new Date(at.getTime() + Math.max(60_000, Math.floor(gaps[step - 1] * scale)));
      changes.push(Object.assign(new StageChangeEntity(), {
        id: randomUUID(),
        applicantId: id,
        fromStage: step === 0 ? null : path[step - 1],
        toStage: to,
        at,
        byId: ownerId,
        reason: to === 'closed' ? faker.helpers.arrayElement(CLOSE_REASONS) : null,
      }));
    });
    const history = changes.slice(changes.length - path.length);
    conversations.push(...demoConversations(id, ownerId, history, now));
    followUps.push(...demoFollowUps(id, ownerId, stage, at, now));
    const position = (nextPosition.get(stage) ?? 0) + POSITION_STEP;
    nextPosition.set(stage, position);

    const consent = faker.datatype.boolean(0.8);
    applicants.push(Object.assign(new ApplicantEntity(), {
      id,
      firstName,
      lastName,
      email,
      phone,
      phoneNormalised: normalisePhone(phone),
      audience,
      region: faker.helpers.arrayElement(REGIONS),
      postcode,
      organisationId: young && faker.datatype.boolean(0.8) ? faker.helpers.arrayElement(learningPlaces).id : null,
      dateOfBirth,
      ageBand: young ? '16_18' : '25_plus',
      nameDobKey: nameAndBirthKey(firstName, lastName, dateOfBirth),
      source,
      firstContactAt,
      campaignId: metAt?.campaignId ?? null,
      eventId: metAt?.id ?? null,
      ownerId,
      stage,
      position,
      stageChangedAt: at,
      closeReason: stage === 'closed' ? changes[changes.length - 1].reason : null,
      consentGiven: consent,
      consentGivenAt: consent ? firstContactAt : null,
      consentSource: consent ? 'recorded_by_staff' : null,
      consentWordingVersion: consent ? '2026-09' : null,
      consentWithdrawnAt: null,
      wpFirstInFamily: faker.helpers.arrayElement([true, false, null]),
      wpCareExperienced: faker.datatype.boolean(0.05) ? true : null,
      wpDisability: faker.datatype.boolean(0.1) ? true : null,
      wpEthnicity: null,
      createdById: ownerId,
      archivedAt: null,
      createdAt: firstContactAt,
      updatedAt: at,
      version: path.length,
    }));
    const interests = faker.helpers.arrayElements(faker.datatype.boolean(0.8) ? SHORTAGE : [...SHORTAGE, ...OTHER], { min: 1, max: 2 });
    for (const professionCode of interests) professions.push({ applicantId: id, professionCode });
    for (const tag of faker.helpers.arrayElements(TAGS, { min: 0, max: 2 })) tags.push({ applicantId: id, tag });
    searchDocuments.push({ applicantId: id, terms: searchTerms({ firstName, lastName, email, phone, postcode }) });
    if (consent) consents.push({ id: randomUUID(), applicantId: id, given: true, at: firstContactAt, source: 'recorded_by_staff', wordingVersion: '2026-09', byId: ownerId });
  }

  await insertChunked(manager, ApplicantEntity, applicants, 100);
  await insertChunked(manager, ApplicantProfessionEntity, professions, 500);
  await insertChunked(manager, ApplicantTagEntity, tags, 500);
  await new ApplicantSearchIndex().insertMany(manager, searchDocuments);
  await insertChunked(manager, StageChangeEntity, changes, 200);
  await new ApplicantProgressRepository().refresh(
    manager,
    applicants.map((applicant) => applicant.id),
  );
  await insertChunked(manager, ConsentChangeEntity, consents, 200);
  await insertChunked(manager, ConversationEntity, conversations, 100);
  await insertChunked(manager, FollowUpEntity, followUps, 150);
  await insertChunked(manager, EventAttendanceEntity, attendances, 300);
  return {
    applicants: applicants.length,
    organisations: organisations.length,
    conversations: conversations.length,
    followUps: followUps.length,
    campaigns: outreach.campaigns.length,
    events: outreach.events.length,
    attendances: attendances.length,
  };
}
