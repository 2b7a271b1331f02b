import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// jsdom does not lay pages out, so it has no scrolling; components that bring an element into view still run.
Element.prototype.scrollIntoView ??= () => undefined;

// jsdom has no canvas: charts get no drawing context (Chart.js then draws nothing) instead of a noisy error.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
