import { Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * One structured line per request. It logs the matched route pattern (`/api/v1/users/:id`), never the raw URL,
 * query string, body or headers, so no personal data, search term or token reaches the log.
 */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const route = request.route?.path ? `${request.baseUrl}${String(request.route.path)}` : undefined;
      this.logger.log({
        message: 'request',
        method: request.method,
        route: route ?? (request.originalUrl.startsWith('/api/') ? '(unmatched api route)' : '(app)'),
        status: response.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        userId: (request as Request & { user?: { id: string } }).user?.id,
      });
    });
    next();
  }
}
