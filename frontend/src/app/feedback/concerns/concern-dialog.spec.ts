import { ConcernDto } from '@pathway/contracts';
import { concernChanges } from './concern-dialog';
import { youSaidWeDidLog } from './you-said-we-did';

const concern: ConcernDto = {
  id: 'c1',
  responseId: 'r1',
  siteId: 's1',
  siteName: 'Eye clinic',
  tier: '2_programme',
  status: 'open',
  concernText: 'Left alone',
  ownerId: null,
  ownerName: null,
  dueAt: new Date(2026, 4, 9, 12).toISOString(),
  overdue: false,
  resolution: null,
  youSaidWeDid: null,
  createdAt: '2026-05-02T00:00:00Z',
  updatedAt: '2026-05-02T00:00:00Z',
  version: 4,
};
const unchanged = {
  tier: concern.tier,
  status: concern.status,
  ownerId: '',
  due: new Date(2026, 4, 9),
  resolution: '',
  youSaidWeDid: '',
};

describe('concernChanges', () => {
  it('sends only the version when nothing changed', () => {
    expect(concernChanges(concern, unchanged)).toEqual({ version: 4 });
  });

  it('sends what changed, with a due date at the end of the chosen day', () => {
    const changes = concernChanges(concern, {
      ...unchanged,
      tier: '3_urgent',
      status: 'resolved',
      ownerId: 'u1',
      due: new Date(2026, 4, 12),
      resolution: ' Named educator on every shift ',
      youSaidWeDid: 'You said supervision was patchy; we named an educator for each shift.',
    });
    expect(changes).toEqual({
      version: 4,
      tier: '3_urgent',
      status: 'resolved',
      ownerId: 'u1',
      dueAt: new Date(2026, 4, 12, 23, 59, 59).toISOString(),
      resolution: 'Named educator on every shift',
      youSaidWeDid: 'You said supervision was patchy; we named an educator for each shift.',
    });
  });

  it('clears an owner', () => {
    expect(concernChanges({ ...concern, ownerId: 'u1' }, unchanged)).toEqual({ version: 4, ownerId: null });
  });
});

describe('youSaidWeDidLog', () => {
  it('keeps resolved concerns with a note, grouped by site', () => {
    const log = youSaidWeDidLog([
      { ...concern, id: 'a', status: 'resolved', youSaidWeDid: 'Older', updatedAt: '2026-01-01T00:00:00Z' },
      { ...concern, id: 'b', status: 'resolved', youSaidWeDid: 'Newer', updatedAt: '2026-02-01T00:00:00Z' },
      { ...concern, id: 'c', status: 'resolved', youSaidWeDid: null },
      { ...concern, id: 'd', status: 'investigating', youSaidWeDid: 'Not yet' },
      { ...concern, id: 'e', siteId: 's0', siteName: 'Bone clinic', status: 'resolved', youSaidWeDid: 'Fixed' },
    ]);
    expect(log.map((site) => [site.siteName, site.entries.map((entry) => entry.text)])).toEqual([
      ['Bone clinic', ['Fixed']],
      ['Eye clinic', ['Newer', 'Older']],
    ]);
  });
});
