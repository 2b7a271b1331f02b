import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { DirectoryUserDto } from '@pathway/contracts';
import { catchError, map, Observable, of } from 'rxjs';
import { professionShortName, shortageFirst } from './profession-names';
import { ReferenceApi } from './reference-api';

export interface ProfessionName {
  code: string;
  name: string;
  shortName: string;
}

/**
 * Reference data as signals for templates. Until it arrives (or if it cannot be fetched) lists are empty and codes
 * show as themselves, so a page never waits on it.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceStore {
  private readonly api = inject(ReferenceApi);

  /** Active professions, shortage ones first. */
  readonly professions = toSignal(orEmpty(this.api.professions().pipe(map(shortageFirst))), { initialValue: [] });
  /** People who can own an applicant: everyone in the directory but placement coordinators. */
  readonly owners = toSignal(
    orEmpty(this.api.directory().pipe(map((users) => users.filter((user) => user.role !== 'coordinator')))),
    { initialValue: [] as DirectoryUserDto[] },
  );

  private readonly professionsByCode = computed(
    () => new Map(this.professions().map((profession) => [profession.code, profession])),
  );

  professionName(code: string): string {
    return this.professionsByCode().get(code)?.name ?? code;
  }

  /** Names and abbreviations for a list of codes, in the order given. */
  professionNames(codes: readonly string[]): ProfessionName[] {
    return codes.map((code) => {
      const name = this.professionName(code);
      return { code, name, shortName: professionShortName(name) };
    });
  }

  ownerName(id: string | null): string {
    return (id && this.owners().find((owner) => owner.id === id)?.name) || '';
  }
}

function orEmpty<T>(source: Observable<T[]>): Observable<T[]> {
  return source.pipe(catchError(() => of([] as T[])));
}

