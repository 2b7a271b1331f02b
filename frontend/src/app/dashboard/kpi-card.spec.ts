import { provideZonelessChangeDetection } from '@angular/core';
import { DeferBlockState } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Kpi } from '@pathway/contracts';
import { KpiCard } from './kpi-card';

const SERIOUS: Kpi = {
  key: 'serious_conversations',
  label: 'Serious conversations this month',
  value: 350,
  unit: 'count',
  target: 1400,
  trend: [
    { month: '2026-10', value: 200 },
    { month: '2026-11', value: 350 },
  ],
  link: '/reports/serious-conversations',
};

async function render(kpi: Kpi, drawCharts = false): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [KpiCard],
    providers: [provideZonelessChangeDetection(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(KpiCard);
  fixture.componentRef.setInput('kpi', kpi);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  if (drawCharts) for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
  return fixture.nativeElement as HTMLElement;
}

describe('KpiCard', () => {
  it('shows the number, the target with its progress, a sparkline with its words, and links to the report', async () => {
    const card = await render(SERIOUS, true);
    expect(card.querySelector('h2 a')?.textContent?.trim()).toBe('Serious conversations this month');
    expect(card.querySelector('h2 a')?.getAttribute('href')).toBe('/reports/serious-conversations');
    expect(card.querySelector('[data-testid="kpi-value"]')?.textContent?.trim()).toBe('350');
    expect(card.querySelector('.target')?.textContent?.trim()).toBe('of target 1,400');
    expect(card.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');
    expect(card.querySelector('pw-chart')).not.toBeNull();
    expect(card.querySelector('.cdk-visually-hidden')?.textContent).toContain('month by month: 200, 350');
  });

  it('shows a rate as a percentage, without target, sparkline or link when it has none', async () => {
    const card = await render({ key: 'retention', label: 'Students retained', value: 0.875, unit: 'rate' });
    expect(card.querySelector('[data-testid="kpi-value"]')?.textContent?.trim()).toBe('88%');
    expect(card.querySelector('h2 a')).toBeNull();
    expect(card.querySelector('h2')?.textContent?.trim()).toBe('Students retained');
    expect(card.querySelector('.target')).toBeNull();
    expect(card.querySelector('mat-progress-bar')).toBeNull();
    expect(card.querySelector('.sparkline')).toBeNull();
  });
});
