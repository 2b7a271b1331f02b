import { CallHandler, ExecutionContext, NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';

interface Serialized {
  text: string;
  etag: string | undefined;
}

type EtagFunction = (body: string, encoding: string) => string;

/**
 * Sends JSON answers serialised once per answer object. A reused read (see `ReadCache`) hands back the same object to
 * every request, so its text and ETag are kept beside it and later requests skip `JSON.stringify` and the hash: the
 * bytes sent are exactly what Express would have sent. Anything else passes untouched: no body, text (CSV), files,
 * buffers, and responses with a content type of their own or already written by the handler.
 */
export class JsonBodyInterceptor implements NestInterceptor {
  private readonly serialized = new WeakMap<object, Serialized>();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return next
      .handle()
      .pipe(map((body: unknown) => (isJsonAnswer(body, response) ? this.send(body, response) : body)));
  }

  private send(body: object, response: Response): string {
    let serialized = this.serialized.get(body);
    if (!serialized) {
      const text = JSON.stringify(body);
      const etagOf = response.req.app.get('etag fn') as EtagFunction | undefined;
      serialized = { text, etag: etagOf?.(text, 'utf8') };
      this.serialized.set(body, serialized);
    }
    response.type('json');
    if (serialized.etag) response.setHeader('ETag', serialized.etag);
    return serialized.text;
  }
}

function isJsonAnswer(body: unknown, response: Response): body is object {
  if (body === null || typeof body !== 'object' || response.headersSent) return false;
  if (body instanceof StreamableFile || Buffer.isBuffer(body) || ArrayBuffer.isView(body)) return false;
  const type = response.getHeader('Content-Type');
  return type === undefined || String(type).includes('json');
}
