import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RequestLoggerMiddleware } from './common/logging/request-logger.middleware';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { SeedModule } from './database/seed/seed.module';
import { ApplicantsModule } from './modules/applicants/applicants.module';
import { DomainEventsModule } from './common/events/domain-events';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { ConcernsModule } from './modules/concerns/concerns.module';
import { ConversationsModule } from './modules/conversations/conversations.module';
import { EventsModule } from './modules/events/events.module';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PipelineModule } from './modules/pipeline/pipeline.module';
import { PlacementsModule } from './modules/placements/placements.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { PublicRegistrationModule } from './modules/public-registration/public-registration.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { ReportsModule } from './modules/reports/reports.module';
import { StudentsModule } from './modules/students/students.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { UsersModule } from './modules/users/users.module';

/** Where the built frontend sits beside the built server (dist/frontend/browser next to dist/backend). */
export const FRONTEND_DIR = join(__dirname, '..', 'frontend', 'browser');

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    const frontend = existsSync(join(FRONTEND_DIR, 'index.html'))
      ? [
          ServeStaticModule.forRoot({
            rootPath: FRONTEND_DIR,
            // API paths never fall back to the app: an unknown API route stays a JSON 404.
            exclude: ['/api/{*path}'],
            serveStaticOptions: { index: false, maxAge: '1h', setHeaders: noCacheForIndex },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // Used only by the /public routes (a school hall shares one address, so the limit is generous). Named
        // `default` because the guard suffixes the headers of any other name (`Retry-After-public`), which clients ignore.
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.publicRateLimit }]),
        DatabaseModule,
        DomainEventsModule,
        AuditModule,
        UsersModule,
        AuthModule,
        ReferenceModule,
        OrganisationsModule,
        ApplicantsModule,
        PipelineModule,
        FollowUpsModule,
        ConversationsModule,
        TimelineModule,
        PrivacyModule,
        ImportsModule,
        CampaignsModule,
        EventsModule,
        PublicRegistrationModule,
        StudentsModule,
        PlacementsModule,
        ConcernsModule,
        SurveysModule,
        ReportsModule,
        DashboardModule,
        HealthModule,
        SeedModule,
        ...frontend,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('{*path}');
  }
}

function noCacheForIndex(response: { setHeader(name: string, value: string): void }, path: string): void {
  if (path.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
}
