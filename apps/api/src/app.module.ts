import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdministrationModule } from './administration/administration.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AreaModule } from './areas/area.module';
import { AuditModule } from './audit/audit.module';
import { AuditTrailModule } from './audit-trail/audit-trail.module';
import { AgreedApproachesModule } from './agreed-approaches/agreed-approaches.module';
import { AuthModule } from './auth/auth.module';
import { BreakGlassModule } from './break-glass/break-glass.module';
import { CaseClosingModule } from './case-closing/case-closing.module';
import { LifeDomainScoresModule } from './life-domain-scores/life-domain-scores.module';
import { RegionSettingsModule } from './region-settings/region-settings.module';
import { CaseEventsModule } from './case-events/case-events.module';
import { CasesModule } from './cases/cases.module';
import { ConsentsModule } from './consents/consents.module';
import { CovenantModule } from './covenant/covenant.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { DataSubjectRequestsModule } from './data-subject-requests/data-subject-requests.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { OutcomeReportModule } from './outcome-report/outcome-report.module';
import { DemoModule } from './demo/demo.module';
import { ENTITIES } from './entities';
import { AppErrorFilter } from './graphql/app-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthModule } from './health/health.module';
import { InformationModule } from './information/information.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { MeetingsModule } from './meetings/meetings.module';
import { Metrics } from './metrics/metrics';
import { metricsPlugin } from './metrics/metrics-graphql.plugin';
import { MetricsModule } from './metrics/metrics.module';
import type { JsonLogger } from './observability/json-logger';
import { ParticipantsModule } from './participants/participants.module';
import { NotificationsModule } from './notifications/notifications.module';
import { NotificationMailModule } from './notification-mail/notification-mail.module';
import { PersonsModule } from './persons/persons.module';
import { PlansModule } from './plans/plans.module';
import { PrivacyOfficeModule } from './privacy-office/privacy-office.module';
import { ReferralsModule } from './referrals/referrals.module';
import { RetentionModule } from './retention/retention.module';
import { SearchModule } from './search/search.module';
import { SsoModule } from './sso/sso.module';
import { VolunteerCouplingsModule } from './volunteer-couplings/volunteer-couplings.module';
import { SupervisionModule } from './supervision/supervision.module';
import { TransparencyModule } from './transparency/transparency.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    const metrics = config.observability.metricsPort === null ? null : new Metrics();
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, logger, config.databaseAppRole, {
            pooled: config.databasePooled,
            namedStatements: config.databasePreparedStatements,
          }),
          entities: ENTITIES,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        GraphQLModule.forRoot(
          graphqlOptions(config, logger, metrics ? [metricsPlugin(metrics)] : []),
        ),
        MetricsModule.forRoot(metrics),
        JobsModule,
        MailModule,
        AuthModule,
        HealthModule,
        DemoModule,
        AgenciesModule,
        PersonsModule,
        ReferralsModule,
        CasesModule,
        SearchModule,
        ParticipantsModule,
        InformationModule,
        ConsentsModule,
        CovenantModule,
        BreakGlassModule,
        NotificationsModule,
        CaseEventsModule,
        AuditModule,
        AuditTrailModule,
        PlansModule,
        AgreedApproachesModule,
        CaseClosingModule,
        LifeDomainScoresModule,
        DashboardModule,
        OutcomeReportModule,
        MeetingsModule,
        PrivacyOfficeModule,
        DataSubjectRequestsModule,
        RetentionModule,
        NotificationMailModule,
        AdministrationModule,
        RegionSettingsModule,
        AreaModule,
        SsoModule,
        SupervisionModule,
        TransparencyModule,
        VolunteerCouplingsModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AppErrorFilter }],
    };
  }
}
