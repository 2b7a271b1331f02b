/**
 * Hands a file fetched with the sign-in token (so not a plain link) to the browser as a download.
 * The object URL lives long enough for the download to start.
 */
export function saveFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
