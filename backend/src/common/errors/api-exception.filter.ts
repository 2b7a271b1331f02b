import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError, ErrorCode } from '@pathway/contracts';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppError, ERROR_STATUS, RetryLaterError } from './app-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function isDatabaseUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN)|database is locked|ECONNREFUSED|too many clients|Connection terminated/i.test(message);
}

export function toApiError(exception: unknown): ApiError {
  if (exception instanceof AppError) {
    const statusCode = ERROR_STATUS[exception.code];
    return {
      statusCode,
      error: httpReason(statusCode),
      message: exception.message,
      code: exception.code,
      ...(exception.details ? { details: exception.details } : {}),
      ...(exception.candidates ? { candidates: exception.candidates } : {}),
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'string'
        ? body
        : typeof (body as { message?: unknown }).message === 'string'
          ? (body as { message: string }).message
          : exception.message;
    return { statusCode, error: httpReason(statusCode), message, code: CODE_BY_STATUS[statusCode] ?? 'internal_error' };
  }
  if (isDatabaseUnavailable(exception) || (exception instanceof QueryFailedError && isDatabaseUnavailable(exception.driverError))) {
    return { statusCode: 503, error: httpReason(503), message: 'The database is busy or unavailable; try again shortly', code: 'service_unavailable' };
  }
  return { statusCode: 500, error: httpReason(500), message: 'Something went wrong on our side', code: 'internal_error' };
}

export function httpReason(statusCode: number): string {
  const name = HttpStatus[statusCode];
  return name ? name.toLowerCase().split('_').map((word) => word[0].toUpperCase() + word.slice(1)).join(' ') : 'Error';
}

/** The one error shape for every failure; stack traces stay in the server log. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toApiError(exception);
    if (body.statusCode >= 500) {
      const route = request.route?.path ? `${request.baseUrl}${request.route.path}` : '(unmatched route)';
      this.logger.error(
        { message: 'request failed', method: request.method, route, code: body.code },
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (!response.headersSent) {
      // The throttler guard sets its own Retry-After before it throws; refusals of ours carry theirs.
      if (exception instanceof RetryLaterError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      response.status(body.statusCode).json(body);
    }
  }
}
