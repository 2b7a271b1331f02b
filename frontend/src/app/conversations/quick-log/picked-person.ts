/** The person a conversation is being logged with, once found or added. */
export interface PickedPerson {
  id: string;
  name: string;
}

export const personFrom = (applicant: { id: string; firstName: string; lastName: string }): PickedPerson => ({
  id: applicant.id,
  name: `${applicant.firstName} ${applicant.lastName}`,
});
