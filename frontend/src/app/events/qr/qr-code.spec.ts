import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { QrCode } from './qr-code';
import { QrRenderer } from './qr-renderer';

describe('QrCode', () => {
  async function render(svg: (text: string) => Promise<string>): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: QrRenderer, useValue: { svg } }],
    });
    const fixture = TestBed.createComponent(QrCode);
    fixture.componentRef.setInput('value', 'https://pathway.example.org/register/open-day-a1b2c3');
    fixture.componentRef.setInput('label', 'QR code for the sign-up link');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the drawn SVG as an image with a name', async () => {
    const element = await render(async (text) => `<svg data-text="${text}"><rect /></svg>`);
    const image = element.querySelector('[role="img"]');
    expect(image?.getAttribute('aria-label')).toBe('QR code for the sign-up link');
    expect(image?.querySelector('svg')?.getAttribute('data-text')).toBe(
      'https://pathway.example.org/register/open-day-a1b2c3',
    );
  });

  it('says so when the code cannot be drawn', async () => {
    const element = await render(() => Promise.reject(new Error('too long')));
    expect(element.textContent).toContain('could not be drawn');
  });

  it('draws a real code with the library', async () => {
    const svg = await new QrRenderer().svg('https://pathway.example.org/register/open-day-a1b2c3');
    expect(svg).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/);
  });
});
