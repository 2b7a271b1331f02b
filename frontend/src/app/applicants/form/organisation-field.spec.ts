import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { OrganisationDto, Region } from '@pathway/contracts';
import { OrganisationField } from './organisation-field';

@Component({
  imports: [OrganisationField],
  template: `<pw-organisation-field [control]="organisation" [regionControl]="region" />`,
})
class Host {
  readonly organisation = new FormControl<OrganisationDto | null>(null);
  readonly region = new FormControl<Region | null>('london');
}

describe('OrganisationField', () => {
  let fixture: ComponentFixture<Host>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const input = () => element().querySelector('input') as HTMLInputElement;
  const options = () => Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function type(value: string): Promise<void> {
    input().focus();
    input().value = value;
    input().dispatchEvent(new Event('input'));
    await wait(300);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('searches organisations and picks one', async () => {
    await type('North');
    const search = backend.expectOne((request) => request.url === '/api/v1/organisations');
    expect(search.request.params.get('search')).toBe('North');
    search.flush({ items: [{ id: 'o1', name: 'Northfield Academy', kind: 'school', region: null }], total: 1, page: 1, pageSize: 8 });
    await fixture.whenStable();

    expect(options().map(text)).toEqual(['Northfield Academy · School', 'add Add “North”']);
    options()[0].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.organisation.value?.id).toBe('o1');
    expect(input().value).toBe('Northfield Academy');
  });

  it('is invalid while the typed name is not an organisation', async () => {
    await type('Nowhere High');
    backend.expectOne((request) => request.url === '/api/v1/organisations').flush({ items: [], total: 0, page: 1, pageSize: 8 });
    expect(fixture.componentInstance.organisation.getError('invalid')).toBe('Choose a school or college from the list, or add it');
  });

  it('adds a new organisation with its kind and the applicant’s region', async () => {
    await type('Brook Sixth Form College');
    backend.expectOne((request) => request.url === '/api/v1/organisations').flush({ items: [], total: 0, page: 1, pageSize: 8 });
    await fixture.whenStable();

    options()
      .find((option) => text(option).includes('Add “Brook Sixth Form College”'))
      ?.click();
    await fixture.whenStable();
    expect(input().value).toBe('Brook Sixth Form College');
    expect(text(element().querySelector('[role="group"]'))).toContain('Add “Brook Sixth Form College” to Pathway');

    Array.from(element().querySelectorAll('button'))
      .find((button) => text(button) === 'Add')
      ?.click();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/organisations' });
    expect(create.request.body).toEqual({ name: 'Brook Sixth Form College', kind: 'college', region: 'london' });
    create.flush({ id: 'new-org', name: 'Brook Sixth Form College', kind: 'college', region: 'london' });
    await fixture.whenStable();

    expect(fixture.componentInstance.organisation.value?.id).toBe('new-org');
    expect(fixture.componentInstance.organisation.valid).toBe(true);
    expect(element().querySelector('[role="group"]')).toBeNull();
  });
});
