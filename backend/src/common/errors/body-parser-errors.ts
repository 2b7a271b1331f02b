import type { NextFunction, Request, Response } from 'express';
import { ApiError } from '@pathway/contracts';
import { httpReason } from './api-exception.filter';

/**
 * Express error middleware placed right after the body parsers: a malformed JSON body or one over the limit
 * gets the same error shape as everything else, before any route runs.
 */
export function bodyParserErrorHandler(error: unknown, _request: Request, response: Response, next: NextFunction): void {
  const type = (error as { type?: string }).type;
  let body: ApiError | null = null;
  if (type === 'entity.parse.failed') {
    body = { statusCode: 400, error: httpReason(400), message: 'The request body is not valid JSON', code: 'malformed_json' };
  } else if (type === 'entity.too.large') {
    body = { statusCode: 413, error: httpReason(413), message: 'The request body is too large', code: 'payload_too_large' };
  } else if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    body = { statusCode: 415, error: httpReason(415), message: 'Unsupported body encoding', code: 'validation_failed' };
  }
  if (!body) {
    next(error);
    return;
  }
  response.status(body.statusCode).json(body);
}
