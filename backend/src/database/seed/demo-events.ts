import { randomUUID } from 'node:crypto';
import { fakerEN_GB as faker } from '@faker-js/faker';
import { EventType, REGIONS } from '@pathway/contracts';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { EventEntity } from '../../modules/events/event.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { slugFor } from '../../modules/events/events.service';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface DemoOutreach {
  campaigns: CampaignEntity[];
  events: EventEntity[];
  /** Events people can have first met us at, by the applicant source they explain. */
  eventsBySource: Record<'event' | 'school_visit' | 'webinar' | 'gp_campaign', EventEntity[]>;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Three campaigns modelled on "I See the Difference": school and college outreach, a webinar series, and a GP
 * waiting-room leaflet campaign; about 60 events between them with believable reach counts.
 */
export function demoOutreach(organisations: OrganisationEntity[], now: Date): DemoOutreach {
  const start = new Date(now.getTime() - 520 * DAY_MS);
  const campaign = (name: string, description: string, months: number, budget: number, targets: Partial<CampaignEntity>) =>
    Object.assign(new CampaignEntity(), {
      id: randomUUID(),
      name,
      description,
      startsOn: isoDay(start),
      endsOn: isoDay(new Date(start.getTime() + months * 30 * DAY_MS)),
      budget,
      targetEvents: null,
      targetYoungPeople: null,
      targetEducators: null,
      targetSeriousConversations: null,
      targetApplications: null,
      ...targets,
      version: 1,
    });
  const schools = campaign('Schools and colleges outreach', 'Talks, careers fairs and open days in schools and colleges, focused on the shortage professions.', 20, 420000, {
    targetEvents: 50, targetYoungPeople: 4500, targetEducators: 200, targetSeriousConversations: 800, targetApplications: 350,
  });
  const webinars = campaign('Webinar series: a day in the life', 'Evening webinars with practitioners and students from each profession.', 18, 60000, {
    targetEvents: 15, targetYoungPeople: 600, targetSeriousConversations: 200, targetApplications: 90,
  });
  const gp = campaign('GP waiting-room leaflets', 'A 12-week leaflet campaign in GP surgery waiting rooms for career changers and parents.', 3, 35000, {
    targetEvents: 6, targetSeriousConversations: 90, targetApplications: 45,
  });

  const hosts = (kinds: string[]) => organisations.filter((organisation) => kinds.includes(organisation.kind));
  const event = (owner: CampaignEntity, type: EventType, title: string, at: Date, host: OrganisationEntity | null, reach: Partial<EventEntity>) =>
    Object.assign(new EventEntity(), {
      id: randomUUID(),
      title,
      type,
      format: type === 'webinar' ? 'virtual' : 'in_person',
      startsAt: at,
      endsAt: new Date(at.getTime() + (type === 'gp_waiting_room' ? 84 * DAY_MS : 2 * HOUR_MS)),
      region: host?.region ?? faker.helpers.arrayElement(REGIONS),
      venue: host ? host.name : null,
      hostOrganisationId: host?.id ?? null,
      campaignId: owner.id,
      youngPeople: 0,
      educators: 0,
      others: 0,
      leafletsDistributed: 0,
      leafletsTaken: 0,
      registrationOpen: at.getTime() > now.getTime(),
      capacity: type === 'webinar' ? 300 : null,
      slug: slugFor(title),
      createdById: null,
      ...reach,
      version: 1,
    });
  const spread = (count: number, from: Date, days: number) =>
    Array.from({ length: count }, (_, index) => new Date(from.getTime() + Math.floor(((index + faker.number.float({ min: 0, max: 0.9 })) * days * DAY_MS) / count)));

  const schoolEvents = spread(42, start, 600).map((at, index) => {
    const host = faker.helpers.arrayElement(hosts(['school', 'college']));
    const type = faker.helpers.weightedArrayElement<EventType>([{ value: 'school_visit', weight: 5 }, { value: 'careers_fair', weight: 3 }, { value: 'open_day', weight: 1 }]);
    const label = type === 'school_visit' ? 'Careers talk' : type === 'careers_fair' ? 'Careers fair stand' : 'Open day';
    return event(schools, type, `${label} at ${host.name}${index % 7 === 0 ? ' (sixth form)' : ''}`, at, host, {
      youngPeople: faker.number.int({ min: 30, max: 180 }),
      educators: faker.number.int({ min: 1, max: 8 }),
      others: faker.number.int({ min: 0, max: 10 }),
      leafletsDistributed: 150,
      leafletsTaken: faker.number.int({ min: 40, max: 150 }),
    });
  });
  const topics = ['Therapeutic radiography', 'Diagnostic radiography', 'Orthoptics', 'Prosthetics and orthotics', 'Podiatry'];
  const webinarEvents = spread(12, new Date(start.getTime() + 20 * DAY_MS), 560).map((at, index) =>
    event(webinars, 'webinar', `A day in the life: ${topics[index % topics.length]}`, new Date(at.setUTCHours(18, 30, 0, 0)), null, {
      youngPeople: faker.number.int({ min: 15, max: 60 }),
      educators: faker.number.int({ min: 0, max: 4 }),
      others: faker.number.int({ min: 2, max: 15 }),
    }),
  );
  const gpEvents = hosts(['gp_surgery']).slice(0, 6).map((host, index) =>
    event(gp, 'gp_waiting_room', `Waiting-room leaflets at ${host.name}`, new Date(start.getTime() + (10 + index) * DAY_MS), host, {
      others: faker.number.int({ min: 200, max: 900 }),
      leafletsDistributed: 1700,
      leafletsTaken: faker.number.int({ min: 1450, max: 1650 }),
    }),
  );
  const events = [...schoolEvents, ...webinarEvents, ...gpEvents];
  // Events still to come have planned capacity but no reach yet.
  for (const upcoming of events.filter((item) => item.startsAt.getTime() > now.getTime())) {
    Object.assign(upcoming, { youngPeople: 0, educators: 0, others: 0, leafletsDistributed: 0, leafletsTaken: 0 });
  }
  const past = (list: EventEntity[]) => list.filter((item) => item.startsAt.getTime() < now.getTime() - DAY_MS);
  return {
    campaigns: [schools, webinars, gp],
    events,
    eventsBySource: {
      event: past(schoolEvents.filter((item) => item.type !== 'school_visit')),
      school_visit: past(schoolEvents.filter((item) => item.type === 'school_visit')),
      webinar: past(webinarEvents),
      gp_campaign: past(gpEvents),
    },
  };
}
