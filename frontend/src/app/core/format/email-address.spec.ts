import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EmailAddress, emailParts } from './email-address';

describe('emailParts', () => {
  it('cuts before the @ and every dot, keeping each mark with what follows it', () => {
    expect(emailParts('robin.fairley@nhs.example.org')).toEqual(['robin', '.fairley', '@nhs', '.example', '.org']);
    expect(emailParts('admin@example')).toEqual(['admin', '@example']);
    expect(emailParts('nodots')).toEqual(['nodots']);
  });
});

describe('EmailAddress', () => {
  it('shows the address unchanged, with a break hint before the @ and each dot', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(EmailAddress);
    fixture.componentRef.setInput('email', 'robin.fairley@example.org');
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent).toBe('robin.fairley@example.org');
    expect(host.innerHTML.replace(/<!--.*?-->/g, '')).toBe('robin<wbr>.fairley<wbr>@example<wbr>.org');
  });
});
