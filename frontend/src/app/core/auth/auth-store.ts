import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import { LoginRequest, LoginResponse, Permission, SessionUser } from '@pathway/contracts';
import { firstValueFrom, map, Observable, tap } from 'rxjs';
import { AuthApi } from './auth-api';

export const SESSION_STORAGE_KEY = 'pathway.session';

interface StoredSession {
  accessToken: string;
  expiresAt: string;
}

/** The signed-in session. The token survives a reload in localStorage; the user is always fetched fresh. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);

  private readonly session = signal<StoredSession | null>(readStoredSession());
  private readonly signedInUser = signal<SessionUser | null>(null);

  readonly user = this.signedInUser.asReadonly();
  readonly token = computed(() => this.session()?.accessToken ?? null);
  readonly signedIn = computed(() => this.signedInUser() !== null);
  readonly permissions = computed<readonly Permission[]>(() => this.signedInUser()?.permissions ?? []);

  can(permission: Permission): boolean {
    return this.permissions().includes(permission);
  }

  /** Called once at start-up: turns a stored token back into a signed-in user, or forgets a token that has ended. */
  async restore(): Promise<void> {
    const session = this.session();
    if (!session) {
      return;
    }
    if (Date.parse(session.expiresAt) <= Date.now()) {
      this.clear();
      return;
    }
    try {
      this.signedInUser.set(await firstValueFrom(this.api.me()));
    } catch (error) {
      // A 401 means the token was revoked or expired. Anything else (offline, server down) keeps the token for
      // the next try; the guards send the person to the sign-in page meanwhile.
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.clear();
      }
    }
  }

  signIn(credentials: LoginRequest): Observable<SessionUser> {
    return this.api.login(credentials).pipe(
      tap((response) => this.startSession(response)),
      map((response) => response.user),
    );
  }

  startSession({ accessToken, expiresAt, user }: LoginResponse): void {
    const session: StoredSession = { accessToken, expiresAt };
    writeStoredSession(session);
    this.session.set(session);
    this.signedInUser.set(user);
  }

  /** Ends the session on the server (best effort: the local session ends either way) and goes to the sign-in page. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } catch {
      // Already signed out on the server, or unreachable: forgetting the token locally is what matters.
    }
    this.clear();
    await this.router.navigateByUrl('/login');
  }

  clear(): void {
    writeStoredSession(null);
    this.session.set(null);
    this.signedInUser.set(null);
  }
}

function readStoredSession(): StoredSession | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
    if (typeof value === 'object' && value !== null && 'accessToken' in value && 'expiresAt' in value) {
      const { accessToken, expiresAt } = value;
      if (typeof accessToken === 'string' && typeof expiresAt === 'string') {
        return { accessToken, expiresAt };
      }
    }
  } catch {
    // Unreadable or blocked storage: start signed out.
  }
  return null;
}

function writeStoredSession(session: StoredSession | null): void {
  try {
    if (session) {
      localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    } else {
      localStorage.removeItem(SESSION_STORAGE_KEY);
    }
  } catch {
    // Storage blocked (private mode): the session lasts until the tab closes.
  }
}
