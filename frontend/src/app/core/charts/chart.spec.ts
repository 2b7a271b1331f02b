import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { chartColours, PathwayChart } from './chart';

describe('PathwayChart', () => {
  it('puts the chart on a canvas that reads as an image with its label', async () => {
    TestBed.configureTestingModule({ imports: [PathwayChart], providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(PathwayChart);
    fixture.componentRef.setInput('label', 'Serious conversations per month');
    fixture.componentRef.setInput('config', {
      type: 'bar',
      data: { labels: ['Jan'], datasets: [{ label: 'Conversations', data: [3] }] },
    });
    await fixture.whenStable();
    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Serious conversations per month');
  });

  it('falls back to fixed colours when the theme tokens are not there', () => {
    const colours = chartColours(document.createElement('div'));
    expect(colours.series.length).toBeGreaterThanOrEqual(6);
    expect(colours.series[0]).toBe('#006a6a');
  });
});
