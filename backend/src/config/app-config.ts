import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { MIN_PASSWORD_LENGTH } from '@pathway/contracts';
import { passwordProblem } from '@pathway/domain';
import { fieldMessage } from '../common/errors/validation';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const blankToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** The environment Pathway reads, checked once at boot. `.env.example` documents each variable. */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  HOST?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, { message: 'must be sqlite:<file> or postgres://user:password@host:port/database' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  PATHWAY_DEMO?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(200_000)
  PATHWAY_DEMO_APPLICANTS?: number;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsEmail({}, { message: 'must be an email address' })
  PATHWAY_ADMIN_EMAIL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(256)
  PATHWAY_ADMIN_PASSWORD?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'must be an http(s) URL' })
  PATHWAY_PUBLIC_URL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  PATHWAY_TIMEZONE?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of hours' })
  @Min(1)
  @Max(720)
  PATHWAY_TOKEN_TTL_HOURS?: number;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  PATHWAY_LOG_LEVEL?: string;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsIn(['json', 'pretty'])
  PATHWAY_LOG_FORMAT?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  PATHWAY_TRUST_PROXY?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number' })
  @Min(120, { message: 'must be at least 120 (a school hall shares one address)' })
  @Max(100_000)
  PATHWAY_PUBLIC_RATE_LIMIT?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of months' })
  @Min(6)
  @Max(240)
  PATHWAY_RETENTION_MONTHS?: number;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  PATHWAY_RETENTION_ENFORCE?: boolean;

  @IsOptional()
  @Transform(blankToUndefined)
  @IsString()
  PATHWAY_SQL_TRACE?: string;
}

export type DatabaseEngine = 'sqlite' | 'postgres';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string };
  demo: boolean;
  /** How many applicants demo mode creates in an empty database. */
  demoApplicants: number;
  initialAdmin: { email: string; password: string } | null;
  publicUrl: string;
  timezone: string;
  tokenTtlHours: number;
  logLevel: LogLevel;
  logFormat: 'json' | 'pretty';
  trustProxy: boolean;
  /** Requests a minute from one address to the public (no sign-in) routes. */
  publicRateLimit: number;
  /** Applicants with no activity for this long are listed for review, and erased daily when `enforce` is on. */
  retention: { months: number; enforce: boolean };
  /** When set, every SQL statement and its parameters are appended to this file (benchmarking only). */
  sqlTraceFile: string | null;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates the environment. Throws a ConfigError naming every bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const variables = plainToInstance(EnvironmentVariables, { ...environment }, { excludeExtraneousValues: false });
  const problems = validateSync(variables).flatMap((error) => {
    const message = fieldMessage(error);
    if (message === null) return [];
    return [message.startsWith(error.property) ? message : `${error.property} ${message}`];
  });
  const timezone = variables.PATHWAY_TIMEZONE ?? 'Europe/London';
  if (!isTimeZone(timezone)) {
    problems.push(`PATHWAY_TIMEZONE must be an IANA time zone such as Europe/London (got "${timezone}")`);
  }
  if (Boolean(variables.PATHWAY_ADMIN_EMAIL) !== Boolean(variables.PATHWAY_ADMIN_PASSWORD)) {
    problems.push('PATHWAY_ADMIN_EMAIL and PATHWAY_ADMIN_PASSWORD must be set together');
  }
  // The same rule as any new password, checked here so that a weak one stops start-up before the database is touched.
  const adminPasswordProblem =
    variables.PATHWAY_ADMIN_EMAIL && variables.PATHWAY_ADMIN_PASSWORD && !problems.some((problem) => problem.startsWith('PATHWAY_ADMIN'))
      ? passwordProblem(variables.PATHWAY_ADMIN_PASSWORD, { email: variables.PATHWAY_ADMIN_EMAIL })
      : null;
  if (adminPasswordProblem) problems.push(`PATHWAY_ADMIN_PASSWORD ${adminPasswordProblem}`);
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }

  const port = variables.PORT ?? 3000;
  const databaseUrl = variables.DATABASE_URL ?? 'sqlite:data/pathway.sqlite';
  const env = (variables.NODE_ENV as AppConfig['env'] | undefined) ?? 'production';
  return {
    env,
    port,
    host: variables.HOST ?? '0.0.0.0',
    database: databaseUrl.startsWith('sqlite:')
      ? { engine: 'sqlite', file: databaseUrl.slice('sqlite:'.length) }
      : { engine: 'postgres', url: databaseUrl },
    demo: variables.PATHWAY_DEMO ?? false,
    demoApplicants: variables.PATHWAY_DEMO_APPLICANTS ?? 2400,
    initialAdmin:
      variables.PATHWAY_ADMIN_EMAIL && variables.PATHWAY_ADMIN_PASSWORD
        ? { email: variables.PATHWAY_ADMIN_EMAIL.toLowerCase(), password: variables.PATHWAY_ADMIN_PASSWORD }
        : null,
    publicUrl: (variables.PATHWAY_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    timezone,
    tokenTtlHours: variables.PATHWAY_TOKEN_TTL_HOURS ?? 12,
    logLevel: (variables.PATHWAY_LOG_LEVEL as LogLevel | undefined) ?? 'log',
    logFormat: (variables.PATHWAY_LOG_FORMAT as 'json' | 'pretty' | undefined) ?? (env === 'development' ? 'pretty' : 'json'),
    trustProxy: variables.PATHWAY_TRUST_PROXY ?? false,
    publicRateLimit: variables.PATHWAY_PUBLIC_RATE_LIMIT ?? 120,
    retention: { months: variables.PATHWAY_RETENTION_MONTHS ?? 36, enforce: variables.PATHWAY_RETENTION_ENFORCE ?? false },
    sqlTraceFile: variables.PATHWAY_SQL_TRACE ?? null,
  };
}
