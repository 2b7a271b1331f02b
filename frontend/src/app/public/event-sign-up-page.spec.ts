import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PublicEventDto, PublicRegistrationRequest } from '@pathway/contracts';
import { EventSignUpPage } from './event-sign-up-page';

const slug = 'careers-fair-a1b2c3';
const event: PublicEventDto = {
  title: 'Careers fair at Northfield Academy',
  type: 'careers_fair',
  format: 'in_person',
  startsAt: '2027-03-01T10:00:00Z',
  endsAt: '2027-03-01T12:00:00Z',
  venue: 'Northfield Academy',
  professions: [
    { code: 'podiatry', name: 'Podiatry' },
    { code: 'orthoptics', name: 'Orthoptics' },
  ],
  registrationOpen: true,
  full: false,
  privacyNoticeVersion: '2026-09',
};

describe('EventSignUpPage', () => {
  let fixture: ComponentFixture<EventSignUpPage>;
  let backend: HttpTestingController;
  let page: HTMLElement;

  const registerUrl = `/api/v1/public/events/${slug}/register`;
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const summary = () => page.querySelector('.error-summary[role="alert"]');

  async function settle(): Promise<void> {
    await fixture.whenStable();
  }

  async function open(details: PublicEventDto = event): Promise<void> {
    fixture = TestBed.createComponent(EventSignUpPage);
    fixture.componentRef.setInput('slug', slug);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    backend.expectOne(`/api/v1/public/events/${slug}`).flush(details);
    await settle();
  }

  async function type(id: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`No field #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settle();
  }

  async function click(selector: string): Promise<void> {
    const element = page.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`Nothing matches ${selector}`);
    element.click();
    await settle();
  }

  async function chooseAgeBand(label: string): Promise<void> {
    const radio = [...page.querySelectorAll('mat-radio-button')].find((button) => text(button) === label);
    radio?.querySelector<HTMLInputElement>('input')?.click();
    await settle();
  }

  async function fillIn(): Promise<void> {
    await type('firstName', 'Ann');
    await type('lastName', 'Lee');
    await type('email', ' Ann.Lee@Example.org ');
    await chooseAgeBand('16–18');
  }

  async function submit(): Promise<void> {
    await click('button[type="submit"]');
  }

  function sent(): TestRequest {
    return backend.expectOne({ method: 'POST', url: registerUrl });
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows the event and a form, with a honeypot hidden from people', async () => {
    await open();
    expect(text(page.querySelector('h1'))).toBe('Careers fair at Northfield Academy');
    expect(text(page.querySelector('.facts'))).toContain('Podiatry');
    const honeypot = page.querySelector<HTMLInputElement>('#website');
    expect(honeypot?.tabIndex).toBe(-1);
    expect(honeypot?.autocomplete).toBe('off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(text(page)).toContain('Privacy notice version 2026-09');
  });

  it('needs consent, and says so at the top and beside the box, without sending anything', async () => {
    await open();
    await fillIn();
    await submit();
    backend.expectNone(registerUrl);
    expect(text(summary())).toContain('Tick the box to agree to be contacted');
    expect(text(page.querySelector('#consent-error'))).toContain('Tick the box to agree to be contacted');
    expect(document.activeElement?.id).toBe('consentToContact-input');
  });

  it('asks an under-13 for a parent or guardian, and requires both their email and consent', async () => {
    await open();
    await fillIn();
    expect(page.querySelector('#guardianEmail')).toBeNull();

    await chooseAgeBand('Under 13');
    expect(text(page.querySelector('.guardian h3'))).toBe('Ask a parent or guardian');
    await click('#consentToContact input');
    await submit();
    backend.expectNone(registerUrl);
    expect(text(summary())).toContain("Enter your parent or guardian's email address");
    expect(text(summary())).toContain('Your parent or guardian needs to tick the box to agree');

    await type('guardianEmail', 'Parent@Example.org');
    await click('#guardianConsent input');
    await submit();
    expect(sent().request.body).toMatchObject({
      ageBand: 'under_13',
      guardianEmail: 'parent@example.org',
      guardianConsent: true,
    });
  });

  it('sends the answers with consent, the chosen professions and an empty honeypot, then says thank you', async () => {
    await open();
    await fillIn();
    await click('mat-checkbox:not(#consentToContact):not(#guardianConsent) input');
    await click('#consentToContact input');
    await submit();

    const request = sent();
    expect(request.request.body).toEqual<PublicRegistrationRequest>({
      firstName: 'Ann',
      lastName: 'Lee',
      email: 'ann.lee@example.org',
      ageBand: '16_18',
      professionsOfInterest: ['podiatry'],
      consentToContact: true,
      website: '',
    });
    request.flush(
      { message: "Thank you for signing up. We'll be in touch with the details." },
      { status: 201, statusText: 'Created' },
    );
    await settle();
    expect(text(page.querySelector('.message.success h2'))).toBe("You're signed up");
    expect(text(page.querySelector('.message.success'))).toContain("Thank you for signing up. We'll be in touch");
    expect(page.querySelector('form')).toBeNull();
  });

  it('explains politely when the last place went while the form was being filled in', async () => {
    await open();
    await fillIn();
    await click('#consentToContact input');
    await submit();
    sent().flush(
      { statusCode: 409, error: 'Conflict', code: 'event_full', message: 'Sorry, this event is full.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(text(page.querySelector('.message h2'))).toBe('This event is full');
    expect(text(page.querySelector('.message'))).toContain('Sorry, this event is full.');
  });

  it('puts the server’s field problems on the fields', async () => {
    await open();
    await fillIn();
    await click('#consentToContact input');
    await submit();
    sent().flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'Some fields are not valid',
        details: [{ field: 'email', message: 'must be an email address' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(summary())).toContain('Email must be an email address');
    expect(document.activeElement?.id).toBe('email');
  });

  it('asks people to wait a minute when too many are signing up', async () => {
    await open();
    await fillIn();
    await click('#consentToContact input');
    await submit();
    sent().flush(
      { statusCode: 429, error: 'Too Many Requests', code: 'rate_limited', message: 'Too many requests' },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    expect(text(summary())).toContain('Please wait a minute');
  });

  it.each([
    [{ ...event, registrationOpen: false }, 'Sign-up has closed'],
    [{ ...event, full: true }, 'This event is full'],
  ])('shows a friendly page instead of the form when it cannot be used', async (details, heading) => {
    await open(details);
    expect(page.querySelector('form')).toBeNull();
    expect(text(page.querySelector('.message h2'))).toBe(heading);
  });

  it('says when an event cannot be found', async () => {
    fixture = TestBed.createComponent(EventSignUpPage);
    fixture.componentRef.setInput('slug', 'nothing-here');
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    backend
      .expectOne('/api/v1/public/events/nothing-here')
      .flush(
        { statusCode: 404, error: 'Not Found', code: 'not_found', message: 'Event not found' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    expect(text(page.querySelector('h1'))).toBe("We couldn't find that event");
  });
});
