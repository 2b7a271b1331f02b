import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv();

// jsdom does not lay pages out, so it has no scrolling; components that bring an element into view still run.
Element.prototype.scrollIntoView ??= () => undefined;
