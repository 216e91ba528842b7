import { describe, expect, it } from 'vitest';
import {
  decodeLinkText,
  encodeLinkText,
  fromBase64Url,
  looksLikeLink,
  MAX_JSON_BYTES,
  MAX_LINK_CHARS,
  toBase64Url,
} from '../../src/store/shareLinkCodec';

/** Deflate-raw bytes of any `text` (JSON or not) in base64url, as a link's payload. */
async function packed(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  }).pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('toBase64Url / fromBase64Url', () => {
  it.each([
    [[], ''],
    [[0], 'AA'],
    [[251, 255], '-_8'],
    [[1, 2, 3], 'AQID'],
  ])('%j <-> %s (RFC 4648 §5, no padding)', (bytes, text) => {
    expect(toBase64Url(new Uint8Array(bytes))).toBe(text);
    expect(Array.from(fromBase64Url(text)!)).toEqual(bytes);
  });

  it('round-trips 50,000 bytes (encoded in slices, no argument overflow)', () => {
    const bytes = Uint8Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it.each(['AAA=', 'A+B/', 'A', 'AAAAA', 'a b', '<script>'])(
    'fromBase64Url(%j) is null: padding, +/, impossible lengths and other characters refused',
    (text) => expect(fromBase64Url(text)).toBeNull(),
  );
});

describe('looksLikeLink', () => {
  it.each([
    ['#v1=abc', true],
    ['v1=abc', true],
    ['#v0=', true],
    ['', false],
    ['#', false],
    ['#section-2', false],
    ['#v=abc', false],
  ])('looksLikeLink(%j) is %s', (hash, expected) => expect(looksLikeLink(hash)).toBe(expected));
});

describe('encodeLinkText / decodeLinkText', () => {
  it('encodes JSON as deflate-raw in base64url after the version tag', async () => {
    expect(await encodeLinkText({ a: 1 }, 1)).toBe('v1=q1ZKVLIyrAUA');
  });

  it('decodes what it encodes, with or without the leading #', async () => {
    const value = { text: 'Grüße <b>', list: [1, 2.5, null], nested: { ok: true } };
    const text = await encodeLinkText(value, 3);
    expect(await decodeLinkText(text)).toEqual({ ok: true, version: 3, value });
    expect(await decodeLinkText(`#${text}`)).toEqual({ ok: true, version: 3, value });
  });

  it('refuses to write a link longer than MAX_LINK_CHARS', async () => {
    // Random digits do not compress below about 3.3 bits each: 100,000 make a 55 KB payload.
    let state = 1;
    const digits = Array.from({ length: 200_000 }, () => {
      state = (state * 48271) % 2147483647;
      return state % 10;
    }).join('');
    await expect(encodeLinkText({ digits }, 1)).rejects.toThrow(RangeError);
  });

  it('refuses a link longer than MAX_LINK_CHARS before decoding it', async () => {
    const text = `v1=${'A'.repeat(MAX_LINK_CHARS)}`;
    expect(await decodeLinkText(text)).toEqual({
      ok: false,
      reason: 'it is longer than 65,536 characters.',
    });
  });

  it.each(['v1', 'v1=', 'x1=AAAA', 'v1=ab+c', 'v1=A', 'v12345=AAAA', 'v1=AAAA#more'])(
    'decodeLinkText(%j) says it is not a Metricscope link, or that it is damaged',
    async (text) => {
      const decoded = await decodeLinkText(text);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.reason).toMatch(/^it is (not a Metricscope link|damaged)/);
    },
  );

  it('says a payload that is base64url but not deflate data is damaged', async () => {
    expect(await decodeLinkText('v1=_____w')).toEqual({
      ok: false,
      reason: 'it is damaged (its data does not unpack).',
    });
  });

  it('says a payload that unpacks to something other than JSON is damaged', async () => {
    const notJson = await packed('{not json');
    expect(await decodeLinkText(`v1=${notJson}`)).toEqual({
      ok: false,
      reason: 'it is damaged (its data is not JSON).',
    });
  });

  it('stops inflating a decompression bomb at MAX_JSON_BYTES', async () => {
    // 8 MB of one letter packs into about 8 KB: a short link that would unpack to 8 MB.
    const payload = await packed(JSON.stringify({ x: 'a'.repeat(8 * MAX_JSON_BYTES) }));
    expect(payload.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await decodeLinkText(`v1=${payload}`)).toEqual({
      ok: false,
      reason: 'it unpacks to more than 1,048,576 bytes.',
    });
  });

  it('reads a payload of just under MAX_JSON_BYTES', async () => {
    const value = { x: 'a'.repeat(MAX_JSON_BYTES - 16) };
    const decoded = await decodeLinkText(await encodeLinkText(value, 1));
    expect(decoded).toEqual({ ok: true, version: 1, value });
  });
});
