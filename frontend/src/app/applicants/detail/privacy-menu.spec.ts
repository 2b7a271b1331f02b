import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApplicantDto, ROLE_PERMISSIONS, Role } from '@pathway/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { PrivacyMenu } from './privacy-menu';

describe('PrivacyMenu', () => {
  async function render(role: Role, erasedAt: string | null = null): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [PrivacyMenu],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthStore).startSession({
      accessToken: 't',
      expiresAt: '2999-01-01T00:00:00Z',
      user: { id: 'u1', email: 'u@example.org', name: 'U', role, permissions: [...ROLE_PERMISSIONS[role]] },
    });
    const fixture = TestBed.createComponent(PrivacyMenu);
    fixture.componentRef.setInput('applicant', {
      id: 'a1',
      firstName: 'Pip',
      lastName: 'Lee',
      erasedAt,
    } as ApplicantDto);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is offered to managers, never to officers', async () => {
    expect((await render('manager')).textContent).toContain('Data protection');
    TestBed.resetTestingModule();
    expect((await render('officer')).querySelector('button')).toBeNull();
  });

  it('offers no erasure for someone already erased', async () => {
    const element = await render('admin', '2026-11-01T10:00:00Z');
    (element.querySelector('button') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve));
    const items = Array.from(document.querySelectorAll('[mat-menu-item]')).map((item) => item.textContent?.trim());
    expect(items.some((text) => text?.includes('Download all their data (JSON)'))).toBe(true);
    expect(items.some((text) => text?.includes('Erase'))).toBe(false);
  });
});
