import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

/** Documents a route's 429 in the OpenAPI document, with the `Retry-After` header that every 429 carries. */
export const ApiRateLimited = (description: string) =>
  ApiTooManyRequestsResponse({
    description,
    headers: { 'Retry-After': { description: 'Whole seconds until a new attempt can succeed', schema: { type: 'integer' } } },
  });
