import { EventDto } from '@pathway/contracts';

/** Where an event happens, for a list or a header: the venue and the host when they differ; "Online" when virtual. */
export function eventPlace(event: Pick<EventDto, 'format' | 'venue' | 'hostOrganisationName'>): string {
  const venue = event.venue?.trim() ?? '';
  const host = event.hostOrganisationName?.trim() ?? '';
  if (venue && host && venue.toLowerCase() !== host.toLowerCase()) {
    return `${venue}, hosted by ${host}`;
  }
  return venue || host || (event.format === 'virtual' ? 'Online' : '');
}
