import { DomainScore, SiteExperience } from '@pathway/contracts';
import { domainBars, scaleOf, shortScore, yesRate } from './experience-bars';

const shown = <T>(value: T, count = 20) => ({ value, count, suppressed: false });
const hidden = { value: null, count: null, suppressed: true };

const induction: DomainScore = {
  domain: 'induction',
  mean: shown(3.84),
  distribution: shown({ '1': 2, '2': 2, '3': 4, '4': 6, '5': 6 }),
};
// The API sends no mean for yes/no questions (it arrives like a suppressed one): the share of "yes" stands in.
const raising: DomainScore = { domain: 'raising_concerns', mean: hidden, distribution: shown({ yes: 18, no: 2 }) };
const recommend: DomainScore = {
  domain: 'recommend',
  mean: shown(7.7),
  distribution: shown({ '3': 2, '7': 8, '9': 6, '10': 4 }),
};
const comments: DomainScore = { domain: 'comments', mean: hidden, distribution: hidden };

const site = (domains: DomainScore[]): SiteExperience => ({
  siteId: 's',
  siteName: 'Eye clinic',
  responses: shown(20),
  domains,
});

describe('experience bars', () => {
  it('knows each scale from its answers', () => {
    expect(scaleOf(induction)).toBe('likert');
    expect(scaleOf(raising)).toBe('yes_no');
    expect(scaleOf(recommend)).toBe('nps');
    expect(yesRate({ yes: 3, no: 1 })).toBe(0.75);
    expect(yesRate({})).toBeNull();
  });

  it('gives each domain its score text, bar and counted segments', () => {
    const [likert, yesNo, nps] = domainBars(site([induction, raising, recommend, comments]));
    expect(likert).toMatchObject({ label: 'Induction', scoreText: '3.8 out of 5', answers: 20, suppressed: false });
    expect(likert.scoreWidth).toBeCloseTo(76.8);
    expect(likert.segments.map((segment) => [segment.label, segment.count])).toEqual([
      ['1 Strongly disagree', 2],
      ['2 Disagree', 2],
      ['3 Neither agree nor disagree', 4],
      ['4 Agree', 6],
      ['5 Strongly agree', 6],
    ]);
    expect(yesNo).toMatchObject({ scoreText: '90% yes', scoreWidth: 90, answers: 20 });
    expect(nps.scoreText).toBe('7.7 out of 10');
    expect(nps.segments.map((segment) => [segment.label, segment.count, segment.width])).toEqual([
      ['0–6', 2, 10],
      ['7–8', 8, 40],
      ['9–10', 10, 50],
    ]);
  });

  it('says "fewer than 5 responses" and draws nothing for a suppressed domain', () => {
    const [row] = domainBars(site([{ domain: 'team', mean: hidden, distribution: hidden }]));
    expect(row).toMatchObject({
      scoreText: 'fewer than 5 responses',
      scoreWidth: 0,
      suppressed: true,
      answers: null,
      segments: [],
    });
    expect(shortScore({ domain: 'team', mean: hidden, distribution: hidden })).toBe('fewer than 5');
    expect(shortScore(raising)).toBe('90%');
    expect(shortScore(induction)).toBe('3.8');
  });
});
