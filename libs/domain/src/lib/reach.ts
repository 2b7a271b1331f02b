import { IntermediaryCredit, ReachFigures } from '@pathway/contracts';

/** One event held in the period, with the counts recorded on it. */
export interface ReachEventFact {
  type: string;
  campaignId: string | null;
  region: string | null;
  hostOrganisationId: string | null;
  youngPeople: number;
  educators: number;
  others: number;
  leafletsDistributed: number;
  leafletsTaken: number;
}

/** The event type that counts as a webinar. */
export const WEBINAR_TYPE = 'webinar';

/** Leaflets taken / distributed, 0–1 to three places; null when none were distributed. */
export function leafletTakeUp(taken: number, distributed: number): number | null {
  return distributed > 0 ? Math.round((taken / distributed) * 1000) / 1000 : null;
}

/**
 * What a set of events reached: sums of their counts, webinars, and leaflet take-up. `webinarPeople` is the number of
 * different people recorded at those webinars, counted by the database: someone at two webinars is one person, so it
 * cannot be added up from per-event figures.
 */
export function reachFigures(events: readonly ReachEventFact[], webinarPeople = 0): ReachFigures {
  const sum = (figure: (event: ReachEventFact) => number) => events.reduce((total, event) => total + figure(event), 0);
  const webinars = events.filter((event) => event.type === WEBINAR_TYPE);
  const leafletsDistributed = sum((event) => event.leafletsDistributed);
  const leafletsTaken = sum((event) => event.leafletsTaken);
  return {
    events: events.length,
    youngPeople: sum((event) => event.youngPeople),
    educators: sum((event) => event.educators),
    others: sum((event) => event.others),
    webinars: webinars.length,
    webinarAttendance: webinars.length ? webinarPeople : 0,
    leafletsDistributed,
    leafletsTaken,
    leafletTakeUp: leafletTakeUp(leafletsTaken, leafletsDistributed),
  };
}

/**
 * Reach per group (only groups with events), in the order `compare` gives, else in the order first met; each group's
 * people at webinars come from `webinarPeopleOf`.
 */
export function reachBy<K>(
  events: readonly ReachEventFact[],
  keyOf: (event: ReachEventFact) => K,
  compare?: (a: K, b: K) => number,
  webinarPeopleOf: (key: K) => number = () => 0,
): { key: K; figures: ReachFigures }[] {
  const groups = new Map<K, ReachEventFact[]>();
  for (const event of events) {
    const key = keyOf(event);
    const members = groups.get(key);
    if (members) members.push(event);
    else groups.set(key, [event]);
  }
  const keys = [...groups.keys()];
  if (compare) keys.sort(compare);
  return keys.map((key) => ({ key, figures: reachFigures(groups.get(key) ?? [], webinarPeopleOf(key)) }));
}

/**
 * Orders values as they come in a reference list (event types, regions…); values not in it follow, alphabetically,
 * and null comes last.
 */
export function inListOrder(list: readonly string[]): (a: string | null, b: string | null) => number {
  const rank = (value: string | null) =>
    value === null ? list.length + 1 : list.includes(value) ? list.indexOf(value) : list.length;
  return (a, b) => rank(a) - rank(b) || (a ?? '').localeCompare(b ?? '');
}

export interface OrganisationRef {
  organisationId: string;
  name: string;
  kind: string;
}

/** How many people an organisation is credited with, and how many of them reached `applied` or later. */
export interface CreditedPeople extends OrganisationRef {
  applicants: number;
  applications: number;
}

/**
 * Intermediary credit: organisations credited with people, joined with the events they hosted (one entry per event
 * hosted in the period), most applicants first, then most applications, then most events, then by name; at most
 * `limit` of them.
 */
export function intermediaryCredit(
  credited: readonly CreditedPeople[],
  hostedEvents: readonly OrganisationRef[],
  limit = 100,
): IntermediaryCredit[] {
  const organisations = new Map<string, IntermediaryCredit>();
  const entry = (organisation: OrganisationRef) => {
    const existing = organisations.get(organisation.organisationId);
    if (existing) return existing;
    const created: IntermediaryCredit = {
      organisationId: organisation.organisationId,
      name: organisation.name,
      kind: organisation.kind,
      applicants: 0,
      applications: 0,
      eventsHosted: 0,
    };
    organisations.set(organisation.organisationId, created);
    return created;
  };
  for (const organisation of credited) {
    const credit = entry(organisation);
    credit.applicants += organisation.applicants;
    credit.applications += organisation.applications;
  }
  for (const host of hostedEvents) entry(host).eventsHosted++;
  return [...organisations.values()]
    .sort(
      (a, b) =>
        b.applicants - a.applicants ||
        b.applications - a.applications ||
        b.eventsHosted - a.eventsHosted ||
        a.name.localeCompare(b.name) ||
        a.organisationId.localeCompare(b.organisationId),
    )
    .slice(0, Math.max(0, limit));
}
