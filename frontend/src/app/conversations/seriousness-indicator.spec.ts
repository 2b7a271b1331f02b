import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ConversationCriteria } from '@pathway/contracts';
import { SeriousnessIndicator } from './seriousness-indicator';

const NONE: ConversationCriteria = {
  twoWay: false,
  professionDiscussed: false,
  routesDiscussed: false,
  fundingDiscussed: false,
  placementsDiscussed: false,
  nextStepAgreed: false,
};

describe('SeriousnessIndicator', () => {
  let fixture: ComponentFixture<SeriousnessIndicator>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(SeriousnessIndicator);
  });

  async function show(criteria: Partial<ConversationCriteria>): Promise<HTMLElement> {
    fixture.componentRef.setInput('criteria', { ...NONE, ...criteria });
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('[role="status"]') as HTMLElement;
  }
  const text = (element: HTMLElement) => element.querySelector('.message')?.textContent?.trim();

  it('is a polite live region, so the verdict is announced as boxes are ticked', async () => {
    const status = await show({});
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('says it counts when two-way, with a next step and three of the five', async () => {
    const status = await show({ twoWay: true, professionDiscussed: true, routesDiscussed: true, nextStepAgreed: true });
    expect(text(status)).toBe('Counts as a serious conversation');
    expect(status.classList).toContain('serious');
    expect(status.querySelector('mat-icon')?.textContent).toBe('check_circle');
  });

  it('explains that a one-way conversation does not count, however much was covered', async () => {
    const status = await show({
      professionDiscussed: true,
      routesDiscussed: true,
      fundingDiscussed: true,
      placementsDiscussed: true,
      nextStepAgreed: true,
    });
    expect(text(status)).toBe('Not a serious conversation yet: it was not a two-way conversation');
    expect(status.classList).not.toContain('serious');
  });

  it('explains that a next step is needed even with the other four', async () => {
    const status = await show({
      twoWay: true,
      professionDiscussed: true,
      routesDiscussed: true,
      fundingDiscussed: true,
      placementsDiscussed: true,
    });
    expect(text(status)).toBe('Not a serious conversation yet: no next step was agreed');
  });

  it('counts how many more criteria are needed at 2 of 3', async () => {
    const status = await show({ twoWay: true, fundingDiscussed: true, nextStepAgreed: true });
    expect(text(status)).toBe('Not a serious conversation yet: 1 more of the five criteria is needed (2 of 3 met)');
  });

  it('lists every reason when nothing is ticked', async () => {
    const status = await show({});
    expect(text(status)).toBe(
      'Not a serious conversation yet: it was not a two-way conversation; no next step was agreed; ' +
        '3 more of the five criteria are needed (0 of 3 met)',
    );
  });
});
