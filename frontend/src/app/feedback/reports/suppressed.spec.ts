import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { formatMean, formatPercent, SuppressedValueText, suppressedText } from './suppressed';

const shown = (value: number) => ({ value, count: 12, suppressed: false });
const hidden = { value: null, count: null, suppressed: true };

describe('suppressed figures', () => {
  it('writes "fewer than 5" in place of a hidden figure, with what there are fewer of', () => {
    expect(suppressedText(hidden)).toBe('fewer than 5');
    expect(suppressedText(hidden, formatPercent, 'responses')).toBe('fewer than 5 responses');
    expect(suppressedText(shown(0.739), formatPercent)).toBe('74%');
    expect(suppressedText(shown(7))).toBe('7');
    expect(formatMean(3.84)).toBe('3.8');
  });

  it('renders a hidden figure as "fewer than 5" and a shown one as its number', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(SuppressedValueText);
    fixture.componentRef.setInput('cell', hidden);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent?.trim()).toBe('fewer than 5');
    expect(element.querySelector('.suppressed')?.getAttribute('title')).toContain('could be identified');

    fixture.componentRef.setInput('cell', shown(23));
    await fixture.whenStable();
    expect(element.textContent?.trim()).toBe('23');
    expect(element.querySelector('.suppressed')).toBeNull();
  });
});
