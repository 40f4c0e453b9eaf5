/**
 * How the end-to-end tests and the benchmark start Chromium: Debian's build (or CHROME_PATH), kept
 * from reaching out to the network on its own, which this project's machines do not have.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
