import { HttpTestingController } from '@angular/common/http/testing';

/** Empty answers, in the right shape, for the reference data a form or list loads beside what a test is about. */
const EMPTY_PAGE = { items: [], total: 0, page: 1, pageSize: 100 };

/**
 * Answers every pending request that `isAboutTest` does not claim: paged lists (campaigns, events) with an empty page,
 * anything else (professions, the user directory) with an empty list.
 */
export function flushReferenceData(backend: HttpTestingController, isAboutTest: (url: string) => boolean = () => false): void {
  for (const request of backend.match((candidate) => candidate.method === 'GET' && !isAboutTest(candidate.url))) {
    request.flush(/\/api\/v1\/(campaigns|events)$/.test(request.request.url) ? EMPTY_PAGE : []);
  }
}
