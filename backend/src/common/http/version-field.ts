import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** The `version` every PATCH must send: the one the client read; a stale one gets 409 `stale_version`. */
export function VersionField() {
  return applyDecorators(ApiProperty({ description: 'The version you read; a stale one gets 409 stale_version', minimum: 1 }), IsInt({ message: 'must be the version you read' }), Min(1));
}
