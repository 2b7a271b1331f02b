/** Every API path is relative to this prefix. */
export const API_PREFIX = '/api/v1';
export const OPENAPI_JSON_PATH = '/api/docs-json';
export const HEALTH_PATH = '/api/health';
