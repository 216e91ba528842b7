import { createHash } from 'node:crypto';
import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  connectOrigins,
  contentSecurityPolicy,
  cspHash,
  cspPlugin,
  inlineHashes,
  isExecutableScript,
  withCsp,
} from '../../scripts/csp';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A single-file page as vite-plugin-singlefile leaves it: code inline, a favicon as data. */
const SINGLE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin>console.log("app")</script>
    <style rel="stylesheet" crossorigin>body{margin:0}</style>
  </head>
  <body><div id="root"></div></body>
</html>`;

const policyIn = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html)?.[1];

describe('isExecutableScript', () => {
  it('is true for classic scripts, modules, import maps and JavaScript MIME types', () => {
    for (const attributes of [
      '',
      ' crossorigin',
      ' type="module" crossorigin',
      " type='text/javascript'",
      ' type=application/javascript',
      ' type=""',
      ' type="importmap"',
      ' TYPE="Text/JavaScript; charset=utf-8"',
    ]) {
      expect(isExecutableScript(attributes), attributes).toBe(true);
    }
  });

  it('is false for data blocks (a saved dashboard’s embedded data) and external scripts', () => {
    for (const attributes of [
      ' type="application/json" id="metricscope-view"',
      ' type="application/octet-stream" id="metricscope-data"',
      ' type="text/plain"',
      ' type="module" src="./app.js"',
      ' src=app.js',
    ]) {
      expect(isExecutableScript(attributes), attributes).toBe(false);
    }
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the text as a CSP source', () => {
    expect(cspHash('console.log("app")')).toBe(sha256('console.log("app")'));
  });

  it('hashes the text as the HTML parser gives it: CRLF and CR as LF, NUL as U+FFFD', () => {
    expect(cspHash('a\r\nb\rc')).toBe(sha256('a\nb\nc'));
    expect(cspHash('a\0b')).toBe(sha256('a\uFFFDb'));
    expect(cspHash('é')).toBe(
      `'sha256-${createHash('sha256').update('é', 'utf8').digest('base64')}'`,
    );
  });
});

describe('inlineHashes', () => {
  it('hashes every inline script that runs and every <style>, once each', () => {
    const html = SINGLE.replace(
      '</head>',
      '<script>one()</script><script>one()</script><script src="x.js"></script></head>',
    );
    expect(inlineHashes(html)).toEqual({
      scripts: [sha256('console.log("app")'), sha256('one()')],
      styles: [sha256('body{margin:0}')],
    });
  });

  it('leaves data blocks out: embedding data never calls for a new hash', () => {
    const data =
      '<script type="application/json" id="metricscope-view">{"v":1}</script>' +
      '<script type="application/octet-stream" id="metricscope-data">H4sIAAAA</script>';
    expect(inlineHashes(SINGLE.replace('<body>', `<body>${data}`))).toEqual(inlineHashes(SINGLE));
  });

  it('ends a script at its end tag only (singlefile escapes "</script" inside code)', () => {
    const code = 'el.innerHTML = "<script><\\/script>"; x = "\\x3C/script>"';
    expect(inlineHashes(`<script type="module">${code}</script>`).scripts).toEqual([sha256(code)]);
  });
});

describe('contentSecurityPolicy', () => {
  const none = { scripts: [], styles: [] };

  it('the served build: its own origin for scripts, workers, styles and connections', () => {
    expect(contentSecurityPolicy({ single: false }, none)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
        "style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('the single file: inline code by hash only, the worker from blob:, extra connect origins', () => {
    const policy = contentSecurityPolicy(
      { single: true, extraConnect: ['https://prometheus.example:9090'] },
      { scripts: ["'sha256-a'", "'sha256-b'"], styles: ["'sha256-c'"] },
    );
    expect(policy).toContain("script-src 'sha256-a' 'sha256-b' 'wasm-unsafe-eval';");
    expect(policy).toContain('worker-src blob:;');
    expect(policy).toContain("style-src 'sha256-c';");
    expect(policy).toContain("connect-src 'self' https://prometheus.example:9090;");
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|\*/);
  });

  it("says 'none' for a directive left with no source", () => {
    expect(contentSecurityPolicy({ single: true }, none)).toContain("style-src 'none';");
  });
});

describe('withCsp', () => {
  it('puts the policy right after <meta charset>, before every script and style', () => {
    const html = withCsp(SINGLE, { single: true });
    const at = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(at).toBeLessThan(html.indexOf('<script'));
    expect(policyIn(html)).toBe(contentSecurityPolicy({ single: true }, inlineHashes(SINGLE)));
  });

  it('refuses a page that already has a policy', () => {
    expect(() => withCsp(withCsp(SINGLE, { single: true }), { single: true })).toThrow(
      /already has a Content-Security-Policy/,
    );
  });

  it('keeps the policy valid when a data block is added to the page later', () => {
    const html = withCsp(SINGLE, { single: true });
    const saved = html.replace('<body>', '<body><script type="application/json">{}</script>');
    expect(inlineHashes(saved)).toEqual(inlineHashes(html));
  });
});

describe('connectOrigins', () => {
  it('reads origins separated by spaces or commas; none from nothing', () => {
    expect(connectOrigins(undefined)).toEqual([]);
    expect(connectOrigins(' ')).toEqual([]);
    expect(
      connectOrigins('https://prom.example:9090, http://127.0.0.1:9090 wss://x.example'),
    ).toEqual(['https://prom.example:9090', 'http://127.0.0.1:9090', 'wss://x.example']);
  });

  it('refuses anything but an http(s) or ws(s) origin, so nothing can be slipped into the policy', () => {
    for (const entry of [
      'https://prom.example/api',
      'https://*.example',
      "'unsafe-inline'",
      'https://x.example;script-src',
      'ftp://x.example',
      'prom.example',
      'https://prom.example/',
    ]) {
      expect(() => connectOrigins(entry), entry).toThrow(/METRICSCOPE_CONNECT_SRC/);
    }
  });
});

describe('cspPlugin', () => {
  it('writes the policy into every HTML asset of the bundle, after everything else, in builds only', () => {
    const plugin = cspPlugin({ single: true });
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('post');
    const hook = plugin.generateBundle as {
      order: string;
      handler: (this: unknown, options: unknown, bundle: Rolldown.OutputBundle) => void;
    };
    expect(hook.order).toBe('post');
    const bundle = {
      'metricscope.html': { type: 'asset', fileName: 'metricscope.html', source: SINGLE },
      'app.js': { type: 'chunk', fileName: 'app.js', code: 'console.log(1)' },
    } as unknown as Rolldown.OutputBundle;
    hook.handler.call({}, {}, bundle);
    const html = (bundle['metricscope.html'] as { source: string }).source;
    expect(policyIn(html)).toBe(contentSecurityPolicy({ single: true }, inlineHashes(SINGLE)));
    expect((bundle['app.js'] as { code: string }).code).toBe('console.log(1)');
  });
});
