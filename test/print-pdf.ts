// The print tests' side of the print-pdf server command (test/server/print-pdf.mjs): print the
// page as the browser's Print does and read the PDF back.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Printed {
  text: string;
  pages: number;
  images: number;
  unsupported?: true;
}

/** Prints the page to PDF; `unsupported` where the engine cannot (WebKit over WebDriver). */
export const printPage = async (name: string): Promise<Printed> =>
  (await executeServerCommand<Printed, { name: string }>('print-pdf', { name }))!;

/** The height a sheet gives the page: A4 (297 mm) less the command's 1 cm margins, in CSS pixels. */
export const PAGE_HEIGHT = ((297 - 20) * 96) / 25.4;

/** A `before` hook for a suite of print tests: skips it where the engine cannot print to PDF. */
export async function skipUnlessPrinting(this: Mocha.Context): Promise<void> {
  if ((await printPage('probe')).unsupported) {
    console.log('Skipped the print tests: this engine cannot print to PDF here');
    this.skip();
  }
}
