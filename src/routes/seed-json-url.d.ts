declare module 'virtual:podium/seed-json-url' {
  /**
   * Where a production build of the app keeps the parsed seed documents as JSON; undefined in the
   * dev server, the tests and the prerenderer, which parse the texts themselves.
   */
  export const seedJsonUrl: string | undefined;
}
