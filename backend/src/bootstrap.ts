import { ConsoleLogger, ConsoleLoggerOptions, INestApplication, LogLevel, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import { bodyParserErrorHandler } from './common/errors/body-parser-errors';
import { createValidationPipe } from './common/errors/validation';
import { JsonBodyInterceptor } from './common/http/json-body.interceptor';
import { AppConfig } from './config/app-config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export const JSON_BODY_LIMIT = '1mb';

/** Nest's start-up chatter (one line per module and route) is only worth reading when debugging. */
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'LegacyRouteConverter']);

class PathwayLogger extends ConsoleLogger {
  constructor(
    options: ConsoleLoggerOptions,
    private readonly quietStartUp: boolean,
  ) {
    super(options);
  }

  override log(message: unknown, ...rest: unknown[]): void {
    if (this.quietStartUp && START_UP_CONTEXTS.has(String(rest[rest.length - 1]))) return;
    super.log(message, ...rest);
  }
}

export function createLogger(config: AppConfig): ConsoleLogger {
  const logLevels = LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
  const quiet = !['debug', 'verbose'].includes(config.logLevel);
  return new PathwayLogger({ json: config.logFormat === 'json', colors: config.logFormat === 'pretty', logLevels }, quiet);
}

/** Builds the fully configured application; `main.ts` and the API tests share it, so tests exercise the real thing. */
export async function createApp(config: AppConfig, logger: ConsoleLogger | false = createLogger(config)): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    logger: logger === false ? false : logger,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(bodyParserErrorHandler);

  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());
  app.useGlobalInterceptors(new JsonBodyInterceptor());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pathway API')
      .setDescription('Health-careers outreach CRM. Every path below is under /api/v1 unless shown otherwise.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  return app;
}
