import {
  CreditedPeople,
  inListOrder,
  intermediaryCredit,
  leafletTakeUp,
  reachBy,
  ReachEventFact,
  reachFigures,
} from './reach';

const event = (fields: Partial<ReachEventFact> = {}): ReachEventFact => ({
  type: 'school_visit',
  campaignId: null,
  region: null,
  hostOrganisationId: null,
  youngPeople: 0,
  educators: 0,
  others: 0,
  leafletsDistributed: 0,
  leafletsTaken: 0,
  ...fields,
});

describe('leafletTakeUp', () => {
  it('is taken over distributed, to three places, and null when none were distributed', () => {
    expect(leafletTakeUp(9250, 10000)).toBe(0.925);
    expect(leafletTakeUp(2, 3)).toBe(0.667);
    expect(leafletTakeUp(0, 50)).toBe(0);
    expect(leafletTakeUp(50, 50)).toBe(1);
    expect(leafletTakeUp(0, 0)).toBeNull();
  });
});

describe('reachFigures', () => {
  it('adds up the counts and webinars, takes the people at webinars as given, and works out leaflet take-up', () => {
    const events = [
      event({
        youngPeople: 120,
        educators: 6,
        others: 2,
        leafletsDistributed: 200,
        leafletsTaken: 150,
      }),
      event({ type: 'webinar', youngPeople: 30, educators: 1 }),
      event({ type: 'webinar' }),
      event({ type: 'gp_waiting_room', leafletsDistributed: 800, leafletsTaken: 600 }),
    ];
    expect(reachFigures(events, 28)).toEqual({
      events: 4,
      youngPeople: 150,
      educators: 7,
      others: 2,
      webinars: 2,
      webinarAttendance: 28,
      leafletsDistributed: 1000,
      leafletsTaken: 750,
      leafletTakeUp: 0.75,
    });
  });

  it('counts nobody at webinars when the events include none', () => {
    expect(reachFigures([event()], 12).webinarAttendance).toBe(0);
  });

  it('gives zeros and no take-up for no events', () => {
    expect(reachFigures([])).toEqual({
      events: 0,
      youngPeople: 0,
      educators: 0,
      others: 0,
      webinars: 0,
      webinarAttendance: 0,
      leafletsDistributed: 0,
      leafletsTaken: 0,
      leafletTakeUp: null,
    });
  });
});

describe('reachBy', () => {
  const events = [
    event({ type: 'webinar', region: 'london', campaignId: 'c1', youngPeople: 10 }),
    event({ type: 'careers_fair', region: null, campaignId: null, youngPeople: 100 }),
    event({ type: 'webinar', region: 'north_east', campaignId: 'c1', youngPeople: 5 }),
    event({ type: 'school_visit', region: 'london', campaignId: 'c2', youngPeople: 60 }),
  ];

  it('gives each group that has events its figures, in the order first met', () => {
    const byCampaign = reachBy(events, (e) => e.campaignId);
    expect(byCampaign.map((group) => [group.key, group.figures.events, group.figures.youngPeople])).toEqual([
      ['c1', 2, 15],
      [null, 1, 100],
      ['c2', 1, 60],
    ]);
  });

  it('orders groups with a comparison when given one', () => {
    const byRegion = reachBy(events, (e) => e.region, inListOrder(['north_east', 'london']));
    expect(byRegion.map((group) => group.key)).toEqual(['north_east', 'london', null]);
    expect(byRegion[1].figures).toMatchObject({ events: 2, youngPeople: 70, webinars: 1 });
  });

  it('gives each group the people at its webinars, counted for that group', () => {
    const people = new Map<string | null, number>([
      ['london', 7],
      ['north_east', 3],
    ]);
    const byRegion = reachBy(
      events,
      (e) => e.region,
      undefined,
      (region) => people.get(region) ?? 0,
    );
    expect(byRegion.map((group) => [group.key, group.figures.webinarAttendance])).toEqual([
      ['london', 7],
      [null, 0],
      ['north_east', 3],
    ]);
  });

  it('adds up to the total across groups', () => {
    const byType = reachBy(events, (e) => e.type);
    expect(byType.reduce((sum, group) => sum + group.figures.youngPeople, 0)).toBe(reachFigures(events).youngPeople);
  });
});

describe('inListOrder', () => {
  it('follows the list, then other values alphabetically, then null', () => {
    const values = [null, 'zebra', 'webinar', 'apple', 'school_visit'];
    expect([...values].sort(inListOrder(['school_visit', 'webinar']))).toEqual([
      'school_visit',
      'webinar',
      'apple',
      'zebra',
      null,
    ]);
  });
});

describe('intermediaryCredit', () => {
  const school = { organisationId: 'o-school', name: 'Northfield Academy', kind: 'school' };
  const college = { organisationId: 'o-college', name: 'Riverside College', kind: 'college' };
  const surgery = { organisationId: 'o-gp', name: 'Elm Street Surgery', kind: 'gp_surgery' };
  const trust = { organisationId: 'o-trust', name: 'Alder Trust', kind: 'nhs_trust' };

  it('joins credited people with events hosted, including hosts credited with nobody', () => {
    const credited: CreditedPeople[] = [
      { ...school, applicants: 3, applications: 1 },
      { ...college, applicants: 3, applications: 2 },
    ];
    expect(intermediaryCredit(credited, [school, surgery, school])).toEqual([
      { ...college, applicants: 3, applications: 2, eventsHosted: 0 },
      { ...school, applicants: 3, applications: 1, eventsHosted: 2 },
      { ...surgery, applicants: 0, applications: 0, eventsHosted: 1 },
    ]);
  });

  it('breaks ties by events hosted, then by name', () => {
    expect(intermediaryCredit([], [trust, surgery, surgery]).map((credit) => credit.name)).toEqual([
      'Elm Street Surgery',
      'Alder Trust',
    ]);
    expect(intermediaryCredit([], [surgery, trust]).map((credit) => credit.name)).toEqual([
      'Alder Trust',
      'Elm Street Surgery',
    ]);
  });

  it('keeps at most the limit, the best first', () => {
    const many = Array.from({ length: 120 }, (_, index) => ({
      organisationId: `o-${index}`,
      name: `School ${index}`,
      kind: 'school',
      applicants: index,
      applications: 0,
    }));
    const top = intermediaryCredit(many, []);
    expect(top).toHaveLength(100);
    expect(top[0].applicants).toBe(119);
    expect(top[99].applicants).toBe(20);
    expect(intermediaryCredit(many, [], 2).map((credit) => credit.applicants)).toEqual([119, 118]);
    expect(intermediaryCredit(many, [], 0)).toEqual([]);
  });

  it('is empty with nothing to credit', () => {
    expect(intermediaryCredit([], [])).toEqual([]);
  });
});
