import { Injectable } from '@angular/core';

type QrCodeLibrary = typeof import('qrcode');

/**
 * Draws QR codes as SVG markup. The library is loaded the first time a code is drawn, so pages without one never
 * download it.
 */
@Injectable({ providedIn: 'root' })
export class QrRenderer {
  async svg(text: string): Promise<string> {
    // qrcode is CommonJS: depending on the bundler its functions sit on the module or on its default export.
    const loaded: QrCodeLibrary & { default?: QrCodeLibrary } = await import('qrcode');
    const library = loaded.default ?? loaded;
    return library.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  }
}
