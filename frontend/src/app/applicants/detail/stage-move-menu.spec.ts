import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StageMoveMenu, stageOptions } from './stage-move-menu';

describe('stageOptions', () => {
  it('offers every other stage and says which moves ask for a reason', () => {
    expect(stageOptions('applied')).toEqual([
      { stage: 'enquiry', label: 'Enquiry', note: 'moving back: asks why' },
      { stage: 'engaged', label: 'Engaged', note: 'moving back: asks why' },
      { stage: 'serious_conversation', label: 'Serious conversation', note: 'moving back: asks why' },
      { stage: 'offer', label: 'Offer', note: '' },
      { stage: 'enrolled', label: 'Enrolled', note: '' },
      { stage: 'closed', label: 'Closed', note: 'asks for a reason' },
    ]);
  });

  it('reopens a closed record at any stage without a reason', () => {
    const options = stageOptions('closed');
    expect(options.map((option) => option.label)).toEqual([
      'Reopen at Enquiry',
      'Reopen at Engaged',
      'Reopen at Serious conversation',
      'Reopen at Applied',
      'Reopen at Offer',
      'Reopen at Enrolled',
    ]);
    expect(options.every((option) => option.note === '')).toBe(true);
  });
});

describe('StageMoveMenu', () => {
  it('lists the other stages in a menu and emits the one chosen', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(StageMoveMenu);
    fixture.componentRef.setInput('stage', 'engaged');
    const moves: string[] = [];
    fixture.componentInstance.move.subscribe((stage) => moves.push(stage));
    await fixture.whenStable();

    (fixture.nativeElement as HTMLElement).querySelector('button')?.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    expect(items.map((item) => item.textContent?.trim().replace(/\s+/g, ' '))).toEqual([
      'Enquiry · moving back: asks why',
      'Serious conversation',
      'Applied',
      'Offer',
      'Enrolled',
      'Closed · asks for a reason',
    ]);
    items[1].click();
    expect(moves).toEqual(['serious_conversation']);
  });
});
