import { hasPermission, Permission, ROLES } from '@pathway/contracts';
import { bearer, startTestApp, TestApp } from './support/test-app';

/**
 * The permission table of DESIGN.md, route by route. Every route in the OpenAPI document must be listed here, so a
 * new route without a decision fails the build; each role is then checked against it (401 without a token, 403
 * without the permission, anything else with it).
 */
const ROUTES: Record<string, Permission | 'public'> = {
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': Permission.OwnAccount,
  'GET /api/v1/auth/me': Permission.OwnAccount,
  'POST /api/v1/auth/password': Permission.OwnAccount,
  'GET /api/v1/users': Permission.UsersRead,
  'POST /api/v1/users': Permission.UsersWrite,
  'GET /api/v1/users/directory': Permission.DirectoryRead,
  'GET /api/v1/users/{id}': Permission.UsersRead,
  'PATCH /api/v1/users/{id}': Permission.UsersWrite,
  'GET /api/v1/audit': Permission.AuditRead,
  'GET /api/v1/dashboard': Permission.DashboardRead,
  'GET /api/v1/professions': Permission.ReferenceRead,
  'GET /api/v1/regions': Permission.ReferenceRead,
  'GET /api/v1/organisations': Permission.ReferenceRead,
  'POST /api/v1/organisations': Permission.ApplicantsWrite,
  'GET /api/v1/applicants': Permission.ApplicantsRead,
  'POST /api/v1/applicants': Permission.ApplicantsWrite,
  'POST /api/v1/applicants/bulk': Permission.ApplicantsWrite,
  'GET /api/v1/applicants/{id}': Permission.ApplicantsRead,
  'PATCH /api/v1/applicants/{id}': Permission.ApplicantsWrite,
  'DELETE /api/v1/applicants/{id}': Permission.ApplicantsWrite,
  'POST /api/v1/applicants/{id}/restore': Permission.ApplicantsWrite,
  'GET /api/v1/applicants/{id}/widening-participation': Permission.SpecialCategoryRead,
  'GET /api/v1/applicants/{id}/timeline': Permission.ApplicantsRead,
  'GET /api/v1/applicants/{id}/consent-history': Permission.ApplicantsRead,
  'GET /api/v1/applicants/duplicates': Permission.ApplicantsRead,
  'POST /api/v1/applicants/merge': Permission.ApplicantsMerge,
  'GET /api/v1/imports': Permission.ImportsRun,
  'POST /api/v1/imports/applicants': Permission.ApplicantsWrite,
  'POST /api/v1/imports/applicants/preview': Permission.ApplicantsWrite,
  'POST /api/v1/imports/attendees': Permission.ApplicantsWrite,
  'POST /api/v1/imports/attendees/preview': Permission.ApplicantsWrite,
  'POST /api/v1/imports/students': Permission.StudentsWrite,
  'POST /api/v1/imports/students/preview': Permission.StudentsWrite,
  'GET /api/v1/imports/{id}/rejected.csv': Permission.ImportsRun,
  'POST /api/v1/imports/{id}/undo': Permission.ImportsRun,
  'GET /api/v1/applicants/{id}/export': Permission.PeopleExport,
  'GET /api/v1/privacy/retention': Permission.PeopleErase,
  'POST /api/v1/privacy/retention/run': Permission.PeopleErase,
  'POST /api/v1/applicants/{id}/erase': Permission.PeopleErase,
  'POST /api/v1/applicants/{id}/stage': Permission.ApplicantsWrite,
  'GET /api/v1/applicants/{id}/conversations': Permission.ApplicantsRead,
  'POST /api/v1/applicants/{id}/conversations': Permission.ApplicantsWrite,
  'GET /api/v1/pipeline/board': Permission.ApplicantsRead,
  'GET /api/v1/pipeline/board/{stage}': Permission.ApplicantsRead,
  'POST /api/v1/pipeline/move': Permission.ApplicantsWrite,
  'GET /api/v1/conversations': Permission.ApplicantsRead,
  'GET /api/v1/conversations/{id}': Permission.ApplicantsRead,
  'PATCH /api/v1/conversations/{id}': Permission.ConversationsEdit,
  'DELETE /api/v1/conversations/{id}': Permission.ConversationsEdit,
  'GET /api/v1/follow-ups': Permission.ApplicantsRead,
  'GET /api/v1/follow-ups/summary': Permission.ApplicantsRead,
  'GET /api/v1/follow-ups/calendar.ics': Permission.ApplicantsRead,
  'POST /api/v1/follow-ups/calendar-feed': Permission.ApplicantsRead,
  'DELETE /api/v1/follow-ups/calendar-feed': Permission.ApplicantsRead,
  'POST /api/v1/follow-ups': Permission.ApplicantsWrite,
  'PATCH /api/v1/follow-ups/{id}': Permission.ApplicantsWrite,
  'GET /api/v1/public/calendar/{feed}': 'public',
  'GET /api/v1/campaigns': Permission.CampaignsRead,
  'POST /api/v1/campaigns': Permission.CampaignsWrite,
  'GET /api/v1/campaigns/{id}': Permission.CampaignsRead,
  'PATCH /api/v1/campaigns/{id}': Permission.CampaignsWrite,
  'GET /api/v1/events': Permission.ApplicantsRead,
  'POST /api/v1/events': Permission.ApplicantsWrite,
  'GET /api/v1/events/{id}': Permission.ApplicantsRead,
  'PATCH /api/v1/events/{id}': Permission.ApplicantsWrite,
  'GET /api/v1/events/{id}/attendees': Permission.ApplicantsRead,
  'POST /api/v1/events/{id}/attendees': Permission.ApplicantsWrite,
  'POST /api/v1/events/{id}/attendees/check-in': Permission.ApplicantsWrite,
  'POST /api/v1/events/{id}/attendees/{applicantId}/check-in': Permission.ApplicantsWrite,
  'DELETE /api/v1/events/{id}/attendees/{applicantId}': Permission.ApplicantsWrite,
  'GET /api/v1/public/events/{slug}': 'public',
  'POST /api/v1/public/events/{slug}/register': 'public',
  'GET /api/v1/students': Permission.StudentsRead,
  'POST /api/v1/students': Permission.StudentsWrite,
  'GET /api/v1/students/at-risk': Permission.StudentsRead,
  'GET /api/v1/students/{id}': Permission.StudentsRead,
  'PATCH /api/v1/students/{id}': Permission.StudentsWrite,
  'GET /api/v1/placement-sites': Permission.StudentsRead,
  'POST /api/v1/placement-sites': Permission.StudentsWrite,
  'GET /api/v1/placements': Permission.StudentsRead,
  'POST /api/v1/placements': Permission.StudentsWrite,
  'GET /api/v1/survey-templates': Permission.SurveyTemplatesRead,
  'POST /api/v1/survey-templates': Permission.SurveyTemplatesWrite,
  'PATCH /api/v1/survey-templates/{id}': Permission.SurveyTemplatesWrite,
  'POST /api/v1/placements/{id}/survey-invitation': Permission.StudentsWrite,
  'POST /api/v1/survey-invitations/bulk': Permission.StudentsWrite,
  'GET /api/v1/survey-responses': Permission.StudentsRead,
  'PATCH /api/v1/survey-responses/{id}': Permission.StudentsWrite,
  'GET /api/v1/public/surveys/{token}': 'public',
  'POST /api/v1/public/surveys/{token}': 'public',
  'GET /api/v1/concerns': Permission.StudentsRead,
  'GET /api/v1/concerns/{id}': Permission.StudentsRead,
  'PATCH /api/v1/concerns/{id}': Permission.StudentsWrite,
  'GET /api/v1/reports/funnel': Permission.ReportsFunnel,
  'GET /api/v1/reports/serious-conversations': Permission.ReportsSeriousConversations,
  'GET /api/v1/reports/reach': Permission.ReportsReach,
  'GET /api/v1/reports/retention': Permission.ReportsRetention,
  'GET /api/v1/reports/placement-experience': Permission.ReportsPlacementExperience,
};

const SAMPLE_PARAMS: Record<string, string> = { stage: 'enquiry', slug: 'no-such-event', token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', feed: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' };

describe('authorisation matrix (API)', () => {
  let t: TestApp;
  let routes: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const { body } = await t.http.get('/api/docs-json').expect(200);
    routes = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
  });
  afterAll(() => t.close());

  it('has a decision for every route in the OpenAPI document, and no stale entries', () => {
    expect(routes.filter((route) => !(route in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers every route for each role and without a token as the permission table says', async () => {
    let checks = 0;
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE_PARAMS[name] ?? '00000000-0000-4000-8000-000000000000');
      const call = (token?: string) => {
        const request = t.http[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path);
        return token ? request.set(bearer(token)) : request;
      };
      const decision = ROUTES[route];
      const anonymous = await call();
      if (decision === 'public') {
        expect({ route, status: anonymous.status }).not.toEqual({ route, status: 401 });
        checks++;
        continue;
      }
      expect({ route, status: anonymous.status }).toEqual({ route, status: 401 });
      checks++;
      for (const role of ROLES) {
        // Logging out would end the shared session: it is checked in the auth suite.
        if (route === 'POST /api/v1/auth/logout') continue;
        const response = await call(await t.tokenFor(role));
        const allowed = hasPermission(role, decision);
        expect({ route, role, forbidden: response.status === 403, unauthenticated: response.status === 401 }).toEqual({ route, role, forbidden: !allowed, unauthenticated: false });
        expect(response.status).toBeLessThan(500);
        checks++;
      }
    }
    expect(checks).toBeGreaterThan(300);
  }, 120_000);
});
