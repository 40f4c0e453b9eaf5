// The page loads nothing from other origins and runs no inline script: documents a reader brings are
// shown as text, so even a transcript full of markup cannot reach the network or run code. The parse
// worker is a same-origin module; `blob:` covers the file downloads the export menu creates. The
// archive search (Pagefind, served from the site itself) runs WebAssembly, which needs
// 'wasm-unsafe-eval': it lets a page compile WebAssembly, not evaluate strings as script.

/** The Content-Security-Policy recommended for the built app (served as a header or a meta tag). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
