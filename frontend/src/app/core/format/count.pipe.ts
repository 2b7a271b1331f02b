import { Pipe, PipeTransform } from '@angular/core';

const COUNT = new Intl.NumberFormat('en-GB');

/** A count with thousands separators, as people in the UK write it: 50000 as "50,000". */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** "1 person", "50,000 people": a formatted count with the word that fits it. */
export function countWith(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

@Pipe({ name: 'pwCount' })
export class CountPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '' : formatCount(value);
  }
}
