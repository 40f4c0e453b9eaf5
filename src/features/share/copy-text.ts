/**
 * Puts text on the clipboard. Resolves false when the browser refuses (no clipboard API, an insecure
 * page, or a denied permission) so the caller can offer the text for copying by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  // Older browsers and plain-http pages have no asynchronous clipboard at all.
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (clipboard === undefined) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
