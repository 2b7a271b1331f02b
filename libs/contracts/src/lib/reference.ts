export const REGIONS = [
  'north_east',
  'north_west',
  'yorkshire_humber',
  'east_midlands',
  'west_midlands',
  'east_of_england',
  'london',
  'south_east',
  'south_west',
  'scotland',
  'wales',
  'northern_ireland',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  north_east: 'North East',
  north_west: 'North West',
  yorkshire_humber: 'Yorkshire and the Humber',
  east_midlands: 'East Midlands',
  west_midlands: 'West Midlands',
  east_of_england: 'East of England',
  london: 'London',
  south_east: 'South East',
  south_west: 'South West',
  scotland: 'Scotland',
  wales: 'Wales',
  northern_ireland: 'Northern Ireland',
};

export interface RegionDto {
  code: Region;
  name: string;
}

export interface ProfessionDto {
  code: string;
  name: string;
  /** One of the shortage professions the campaign promotes. */
  shortage: boolean;
  active: boolean;
}
