import { ParamMap } from '@angular/router';
import { DEFAULT_PAGE_SIZE, REVIEW_STATUSES, ReviewStatus, SurveyResponseListQuery } from '@pathway/contracts';
import { pageFromParam, pageSizeFromParam } from '../../core/list/paged-list';

/** The review queue's state as it lives in the URL (`?siteId=&reviewStatus=&concern=true&page=&pageSize=`). */
export interface ReviewFilters {
  siteId: string;
  reviewStatus: ReviewStatus | '';
  /** Only responses that raised a concern. */
  concern: boolean;
  page: number;
  pageSize: number;
}

export const DEFAULT_REVIEW_FILTERS: ReviewFilters = {
  siteId: '',
  reviewStatus: '',
  concern: false,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function reviewFiltersFrom(params: ParamMap): ReviewFilters {
  const siteId = params.get('siteId') ?? '';
  const reviewStatus = params.get('reviewStatus');
  return {
    siteId: UUID.test(siteId) ? siteId : '',
    reviewStatus: (REVIEW_STATUSES as readonly (string | null)[]).includes(reviewStatus)
      ? (reviewStatus as ReviewStatus)
      : '',
    concern: params.get('concern') === 'true',
    page: pageFromParam(params.get('page')),
    pageSize: pageSizeFromParam(params.get('pageSize')),
  };
}

export function toReviewQuery({
  siteId,
  reviewStatus,
  concern,
  page,
  pageSize,
}: ReviewFilters): SurveyResponseListQuery {
  return {
    ...(siteId ? { siteId } : {}),
    ...(reviewStatus ? { reviewStatus } : {}),
    ...(concern ? { concernRaised: true } : {}),
    page,
    pageSize,
  };
}
