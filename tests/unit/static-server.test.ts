import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../tests/bench/static-server';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw request, so the test sees the bytes and headers as sent (fetch would decode them). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    httpRequest(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolveAnswer({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        });
      });
    })
      .on('error', reject)
      .end();
  });
}

const script = `console.log(${JSON.stringify('a line of the app '.repeat(200))});\n`;

describe('the static server that stands for a production host', () => {
  let root: string;
  let plain: StaticServer;
  let spa: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'podium-static-'));
    await mkdir(join(root, 'assets'));
    await mkdir(join(root, 'exchange/x3'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<h1>Home</h1>');
    await writeFile(join(root, 'exchange/x3/index.html'), '<h1>Question 2</h1>');
    await writeFile(join(root, '404.html'), '<h1>Page not found</h1>');
    await writeFile(join(root, 'assets/index-AbCd1234.js'), script);
    await writeFile(join(root, 'favicon.png'), Buffer.from([137, 80, 78, 71]));
    plain = await startStaticServer(root);
    spa = await startStaticServer(root, { spaFallback: 'index.html' });
  });

  afterAll(async () => {
    await plain.close();
    await spa.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sends text with brotli when the browser takes it, else gzip, else as it is', async () => {
    const url = `${plain.origin}/assets/index-AbCd1234.js`;
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    const gzip = await get(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    const identity = await get(url);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(script);
    expect(br.headers.vary).toBe('Accept-Encoding');
  });

  it('leaves images as they are', async () => {
    const image = await get(`${plain.origin}/favicon.png`, { 'accept-encoding': 'br, gzip' });
    expect(image.headers['content-encoding']).toBeUndefined();
    expect([...image.body]).toEqual([137, 80, 78, 71]);
  });

  it('caches hashed assets for a year, and has pages checked again on every visit', async () => {
    const asset = await get(`${plain.origin}/assets/index-AbCd1234.js`);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(`${plain.origin}/exchange/x3/`);
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const again = await get(`${plain.origin}/exchange/x3/`, {
      'if-none-match': String(page.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves a folder’s page with or without the slash, and 404.html for an unknown path', async () => {
    expect((await get(`${plain.origin}/exchange/x3`)).body.toString()).toBe('<h1>Question 2</h1>');
    const missing = await get(`${plain.origin}/exchange/x9`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('<h1>Page not found</h1>');
  });

  it('with an SPA fallback, answers every path that names no file with index.html', async () => {
    for (const path of ['/exchange/x3', '/exchange/x9', '/import']) {
      const answer = await get(`${spa.origin}${path}`);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe('<h1>Home</h1>');
    }
    const asset = await get(`${spa.origin}/assets/index-AbCd1234.js`);
    expect(asset.body.toString()).toBe(script);
  });
});
