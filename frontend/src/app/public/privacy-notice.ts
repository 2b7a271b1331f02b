import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What signing up means for someone's details, in plain English; the version is recorded with their consent. */
@Component({
  selector: 'pw-privacy-notice',
  template: `
    <h3 class="title">How we use your details</h3>
    <ul>
      <li>
        <strong>What we keep:</strong> your name, email, phone number if you give it, your age group, who you are (for
        example a student or a parent), the careers you are interested in, and which events you signed up for.
      </li>
      <li>
        <strong>Why:</strong> to tell you about this event and to send you information, events and chances to talk about
        careers in the allied health professions.
      </li>
      <li>
        <strong>Who sees it:</strong> only the health careers outreach team running these events. We never sell it or
        pass it to advertisers.
      </li>
      <li>
        <strong>How to stop:</strong> reply to any message from us, or tell the team at an event, and we will stop
        contacting you. You can also ask to see your details or to have them deleted at any time.
      </li>
    </ul>
    <p class="version">Privacy notice version {{ version() }}</p>
  `,
  styles: `
    :host {
      display: block;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      font: var(--mat-sys-body-medium);
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    ul {
      margin: 0;
      padding-left: 20px;
    }
    li {
      margin-bottom: 6px;
    }
    .version {
      margin: 8px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrivacyNotice {
  readonly version = input.required<string>();
}
