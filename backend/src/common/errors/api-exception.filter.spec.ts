import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toApiError } from './api-exception.filter';

describe('toApiError', () => {
  it('maps an AppError to its status and keeps the details', () => {
    expect(toApiError(AppError.field('email', 'is already in use'))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'email is already in use',
      code: 'validation_failed',
      details: [{ field: 'email', message: 'is already in use' }],
    });
    expect(toApiError(AppError.staleVersion('user'))).toMatchObject({ statusCode: 409, code: 'stale_version' });
  });

  it('maps framework exceptions by status', () => {
    expect(toApiError(new NotFoundException('Cannot GET /api/v1/x'))).toMatchObject({ statusCode: 404, code: 'not_found', message: 'Cannot GET /api/v1/x' });
    expect(toApiError(new BadRequestException())).toMatchObject({ statusCode: 400, code: 'validation_failed' });
  });

  it('answers a busy or unavailable database with 503', () => {
    const busy = new QueryFailedError('INSERT …', [], new Error('SQLITE_BUSY: database is locked'));
    expect(toApiError(busy)).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
  });

  it('never passes an unexpected error message or stack to the client', () => {
    const body = toApiError(new Error('secret internals at /srv/app/x.js:1'));
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side', code: 'internal_error' });
  });
});
