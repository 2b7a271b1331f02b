import { CallHandler, ExecutionContext, StreamableFile } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { JsonBodyInterceptor } from './json-body.interceptor';

function fakeResponse(contentType?: string) {
  const headers = new Map<string, string>(contentType ? [['Content-Type', contentType]] : []);
  return {
    headersSent: false,
    req: { app: { get: () => (body: string) => `W/"${body.length.toString(16)}-fake"` } },
    getHeader: (name: string) => headers.get(name),
    setHeader: (name: string, value: string) => headers.set(name, value),
    type: (type: string) => headers.set('Content-Type', type === 'json' ? 'application/json; charset=utf-8' : type),
    headers,
  };
}

async function send(interceptor: JsonBodyInterceptor, body: unknown, response = fakeResponse()) {
  const context = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => response }),
  } as unknown as ExecutionContext;
  const handler: CallHandler = { handle: () => of(body) };
  return { sent: await lastValueFrom(interceptor.intercept(context, handler)), response };
}

describe('JsonBodyInterceptor', () => {
  it('serialises an answer object once, however often it is sent, with its ETag each time', async () => {
    const interceptor = new JsonBodyInterceptor();
    const answer = { items: [{ id: 'a', at: new Date('2026-01-02T03:04:05.000Z') }], total: 1 };
    const stringify = jest.spyOn(JSON, 'stringify');
    const first = await send(interceptor, answer);
    const second = await send(interceptor, answer);
    const calls = stringify.mock.calls.filter(([value]) => value === answer).length;
    stringify.mockRestore();
    expect(calls).toBe(1);
    expect(first.sent).toBe('{"items":[{"id":"a","at":"2026-01-02T03:04:05.000Z"}],"total":1}');
    expect(second.sent).toBe(first.sent);
    expect(second.response.headers.get('ETag')).toBe(first.response.headers.get('ETag'));
    expect(second.response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('serialises a different object anew, even when equal to an earlier one', async () => {
    const interceptor = new JsonBodyInterceptor();
    await send(interceptor, { total: 1 });
    expect((await send(interceptor, { total: 2 })).sent).toBe('{"total":2}');
  });

  it('leaves alone what is not a JSON answer', async () => {
    const interceptor = new JsonBodyInterceptor();
    const file = new StreamableFile(Buffer.from('x'));
    expect((await send(interceptor, file)).sent).toBe(file);
    expect((await send(interceptor, 'a,b\n1,2')).sent).toBe('a,b\n1,2');
    expect((await send(interceptor, undefined)).sent).toBeUndefined();
    const csvAnswer = { rows: [] };
    expect((await send(interceptor, csvAnswer, fakeResponse('text/csv; charset=utf-8'))).sent).toBe(csvAnswer);
  });
});
