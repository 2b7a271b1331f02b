import { BreakpointObserver } from '@angular/cdk/layout';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map, of } from 'rxjs';
import { EventsApi } from '../events/events-api';
import { IMPORT_TARGET, importTargetFromRoute, importTitle } from './import-kinds';
import { ImportMappingStep } from './import-mapping-step';
import { ImportResultStep } from './import-result-step';
import { ImportReviewStep } from './import-review-step';
import { ImportStore } from './import-store';
import { ImportUploadStep } from './import-upload-step';
import { RecentImports } from './recent-imports';

const NARROW_QUERY = '(max-width: 719.98px)';

/** Importing a sign-up sheet in four steps (file, columns, dry run, import), and the imports done lately. */
@Component({
  selector: 'pw-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatStepperModule,
    ImportUploadStep,
    ImportMappingStep,
    ImportReviewStep,
    ImportResultStep,
    RecentImports,
  ],
  providers: [{ provide: IMPORT_TARGET, useFactory: () => importTargetFromRoute(inject(ActivatedRoute)) }, ImportStore],
  template: `
    <div class="page">
      <a mat-button class="back" [routerLink]="back().link"><mat-icon>arrow_back</mat-icon> {{ back().label }}</a>
      <h1>{{ title() }}</h1>
      <p class="intro">
        @switch (store.kind) {
          @case ('students') {
            Bring in a university's enrolment list as a CSV file. Programme names and routes are read as the university
            writes them, every row is checked before anything is saved, students already in Pathway are not added twice,
            and an import can be undone until someone changes the students it added.
          }
          @case ('attendees') {
            Bring in this event's attendee list (a ticketing export) as a CSV file. Everyone is registered for the
            event, with when they booked and whether they came; people already in Pathway are matched rather than added
            twice, and an import can be undone until someone works with the people it added.
          }
          @default {
            Bring in a sign-up sheet or a ticketing export as a CSV file. Every row is checked before anything is saved,
            people already in Pathway are filled in rather than added twice, and an import can be undone until someone
            works with the people it added.
          }
        }
      </p>

      <mat-stepper
        #stepper
        linear
        [orientation]="narrow() ? 'vertical' : 'horizontal'"
        aria-label="Import steps"
        class="stepper"
        (selectionChange)="showSelectedStep()"
        (animationDone)="showSelectedStep()"
      >
        <mat-step label="Upload" [completed]="!!store.preview()" [editable]="!finished()">
          <pw-import-upload-step (next)="advance()" />
        </mat-step>
        <mat-step label="Map columns" [completed]="!!store.report()" [editable]="!finished()">
          <pw-import-mapping-step (checked)="advance()" (back)="stepper.previous()" />
        </mat-step>
        <mat-step label="Review" [completed]="started()" [editable]="!finished()">
          <pw-import-review-step (confirm)="runImport()" (back)="stepper.previous()" />
        </mat-step>
        <mat-step label="Import" [completed]="finished()">
          <pw-import-result-step (back)="stepper.previous()" (again)="startAgain()" />
        </mat-step>
      </mat-stepper>

      <pw-recent-imports />
    </div>
  `,
  styles: `
    .page {
      max-width: 1100px;
      padding: 16px 24px 32px;
    }
    .back {
      margin-left: -12px;
    }
    h1 {
      margin: 8px 0;
      font: var(--mat-sys-headline-medium);
    }
    .intro {
      max-width: 72ch;
      color: var(--mat-sys-on-surface-variant);
    }
    .stepper {
      margin: 16px 0 32px;
      border-radius: var(--mat-sys-corner-large);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    @media (max-width: 599.98px) {
      .page {
        padding: 12px 16px 24px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  protected readonly store = inject(ImportStore);
  private readonly eventsApi = inject(EventsApi);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly stepper = viewChild.required<MatStepper>('stepper');

  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** An attendee import's event, for its title. */
  private readonly event = rxResource({
    params: () => this.store.target.eventId,
    stream: ({ params }) => (params ? this.eventsApi.get(params) : of(null)),
  });
  private readonly eventTitle = computed(() => (this.event.hasValue() ? this.event.value()?.title : null));
  protected readonly title = computed(() => importTitle(this.store.kind, this.eventTitle()));
  protected readonly back = computed(() => {
    const { kind, eventId } = this.store.target;
    if (kind === 'students') return { link: '/students', label: 'Students' };
    if (kind === 'attendees' && eventId) return { link: `/events/${eventId}`, label: this.eventTitle() ?? 'Event' };
    return { link: '/applicants', label: 'Applicants' };
  });
  /** The import was sent (running, failed or done): the review is behind us. */
  protected readonly started = computed(
    () => this.store.importing() || this.store.result() !== null || this.store.importErrors().length > 0,
  );
  /** Once imported, the earlier steps are closed: a new file starts again. */
  protected readonly finished = computed(() => this.store.result() !== null);

  /** Moves on once the step just completed shows as completed (a linear stepper checks). */
  protected advance(): void {
    afterNextRender({ write: () => this.stepper().next() }, { injector: this.injector });
  }

  /**
   * A step that opens above the fold (after a long mapping) is brought into view from its header: at once, and
   * again when the previous step has folded away (the header has moved by then).
   */
  protected showSelectedStep(): void {
    afterNextRender(
      {
        read: () =>
          this.host.nativeElement
            .querySelector('.mat-step-header[aria-selected="true"], .mat-step-header[aria-current="step"]')
            ?.scrollIntoView({ block: 'nearest' }),
      },
      { injector: this.injector },
    );
  }

  protected runImport(): void {
    void this.store.runImport();
    this.advance();
  }

  protected startAgain(): void {
    this.store.reset();
    afterNextRender({ write: () => this.stepper().reset() }, { injector: this.injector });
  }
}
