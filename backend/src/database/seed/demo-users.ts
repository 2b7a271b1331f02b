import { Role } from '@pathway/contracts';

export const DEMO_PASSWORD = 'Pathway-demo-2026';

/** One sign-in per role, printed at start-up. */
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.pathway.test', name: 'Alex Morgan', role: 'admin' },
  { email: 'manager@demo.pathway.test', name: 'Priya Shah', role: 'manager' },
  { email: 'officer@demo.pathway.test', name: 'Jordan Ellis', role: 'officer' },
  { email: 'coordinator@demo.pathway.test', name: 'Sam Okafor', role: 'coordinator' },
];

/** More of the team, so that owners, filters and reports look like a real outreach team's. */
export const DEMO_COLLEAGUES: { email: string; name: string; role: Role }[] = [
  { email: 'aisha.khan@demo.pathway.test', name: 'Aisha Khan', role: 'officer' },
  { email: 'tom.reilly@demo.pathway.test', name: 'Tom Reilly', role: 'officer' },
  { email: 'megan.price@demo.pathway.test', name: 'Megan Price', role: 'officer' },
];
