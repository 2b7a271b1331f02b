export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  engine: 'sqlite' | 'postgres';
  version: string;
  uptimeSeconds: number;
}
