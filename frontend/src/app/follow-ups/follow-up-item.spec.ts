import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { followUp } from './follow-up-fixtures';
import { FollowUpItem } from './follow-up-item';

describe('FollowUpItem', () => {
  let fixture: ComponentFixture<FollowUpItem>;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideRouter([])] });
    fixture = TestBed.createComponent(FollowUpItem);
  });

  const element = () => fixture.nativeElement as HTMLElement;
  const buttons = () => Array.from(element().querySelectorAll('button')).map((button) => button.textContent?.trim());

  it('links to the person and says what and when', async () => {
    fixture.componentRef.setInput('followUp', followUp('1', { type: 'send_information', notes: 'Prospectus' }));
    await fixture.whenStable();
    const link = element().querySelector('a');
    expect(link?.textContent?.trim()).toBe('Person 1');
    expect(link?.getAttribute('href')).toBe('/applicants/applicant-1');
    expect(element().querySelector('.what')?.textContent).toMatch(/^Send information · Due (today|tomorrow) · /);
    expect(element().querySelector('.notes')?.textContent).toBe('Prospectus');
    expect(element().querySelector('.do-not-contact')).toBeNull();
  });

  it('shows "Do not contact" prominently for someone who withdrew consent', async () => {
    fixture.componentRef.setInput('followUp', followUp('1', { type: 'other', doNotContact: true }));
    await fixture.whenStable();
    expect(element().querySelector('.do-not-contact')?.textContent?.trim()).toContain('Do not contact');
  });

  it('offers Complete with an accessible name naming the person, unless read-only', async () => {
    fixture.componentRef.setInput('followUp', followUp('1'));
    await fixture.whenStable();
    expect(buttons()[0]).toMatch(/^check\s*Complete the follow-up with Person 1$/);
    expect(element().querySelector('[aria-label="More actions for the follow-up with Person 1"]')).not.toBeNull();

    fixture.componentRef.setInput('readOnly', true);
    await fixture.whenStable();
    expect(buttons()).toEqual([]);
  });

  it('marks an overdue one', async () => {
    fixture.componentRef.setInput('followUp', followUp('1', { dueAt: '2020-01-01T09:00:00Z', bucket: 'overdue' }));
    await fixture.whenStable();
    expect(element().classList).toContain('overdue');
    expect(element().querySelector('.due')?.textContent).toMatch(/^Overdue by \d+ days · 1 Jan 2020/);
  });

  it('names the assignee when asked to', async () => {
    fixture.componentRef.setInput('followUp', followUp('1', { assigneeName: 'Aisha Khan' }));
    fixture.componentRef.setInput('showAssignee', true);
    await fixture.whenStable();
    expect(element().querySelector('.assignee')?.textContent).toBe('Assigned to Aisha Khan');
  });
});
