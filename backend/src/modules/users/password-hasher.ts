import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
@Injectable()
export class PasswordHasher {
  /** A real hash of a random password, verified against when no account matches, so timing reveals nothing. */
  private readonly decoy = hash(`decoy-${Math.random()}-${Date.now()}`);

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
