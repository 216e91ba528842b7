import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page, written into its HTML as a
 * `<meta http-equiv="Content-Security-Policy">` (a static host sends no headers of ours).
 *
 * What it allows, and why:
 *
 * - Scripts: the page's own (`dist/`: `'self'`; the single file: each inline executable
 *   `<script>`'s SHA-256, computed here from the final HTML). No `'unsafe-inline'`, no `'unsafe-eval'`:
 *   nothing in the app evaluates text as JavaScript. `'wasm-unsafe-eval'` lets the kernel compile
 *   the WebAssembly SIMD module it assembles itself (src/kernel/simd.ts); it allows WebAssembly
 *   compilation only, never `eval` or `new Function`.
 * - Workers: `'self'` (`dist/`: the worker is a chunk next to the page), `blob:` (the single file
 *   starts its inlined worker from a blob: URL, see src/worker/spawnWorker.inline.ts).
 * - Styles: the page's stylesheet (`'self'`, or the single file's inline `<style>` by hash).
 *   `style-src-attr 'unsafe-inline'`: ECharts writes its tooltips as HTML with `style="…"`
 *   attributes, which a policy without it blocks. Style attributes cannot run script, select
 *   elements or load anything that img-src and font-src do not allow.
 * - Images: `'self' data: blob:` (the favicon, ECharts' PNG export and the heatmap's image).
 * - Connections: `'self'` plus `extraConnect` (build-time origins, see {@link connectOrigins}).
 *   A <meta> policy is fixed when the page loads, and a policy added later can only narrow it,
 *   never widen it, so it cannot follow a Prometheus URL typed into "Connect to Prometheus". In
 *   `dist/` the Prometheus request is made by the worker, which is loaded from its own URL and so
 *   takes its policy from that response's headers, never from the page's <meta> (CSP 3 and HTML's
 *   worker policy container; Chromium and Firefox do so): there Connect reaches any server while
 *   the page itself connects only to its own origin. The single file's worker comes from a blob:
 *   URL and inherits this policy, so there Connect reaches only the origins given at build time;
 *   by default none, and the single file (and every dashboard saved from it) can send nothing
 *   anywhere. The README's "Security" section says how a host that can send headers pins the
 *   worker to one Prometheus origin.
 * - Everything else: `default-src 'self'`, `object-src 'none'`, `base-uri 'none'`,
 *   `form-action 'none'`. (`frame-ancestors`, `sandbox` and `report-uri` are ignored in a <meta>.)
 */
export interface CspOptions {
  /** The single-file build: inline script and style by hash, worker from blob:. */
  single: boolean;
  /** Origins added to connect-src (see {@link connectOrigins}). */
  extraConnect?: readonly string[];
}

/** SHA-256 hashes of a page's inline code, as CSP source expressions (`'sha256-…'`). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

/**
 * Origins to add to connect-src, from `METRICSCOPE_CONNECT_SRC` (space- or comma-separated, e.g.
 * `https://prometheus.example:9090`): each must be an http(s) or ws(s) origin, nothing more, or the
 * build fails (a path, a wildcard or a quote would change what the policy says).
 */
export function connectOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter((entry) => entry !== '');
  return entries.map((entry) => {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new Error(`METRICSCOPE_CONNECT_SRC: "${entry}" is not a URL`);
    }
    const host = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i.test(url.hostname);
    if (
      !['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) ||
      url.origin !== entry ||
      !host
    ) {
      throw new Error(
        `METRICSCOPE_CONNECT_SRC: "${entry}" is not an origin such as https://prometheus.example:9090`,
      );
    }
    return url.origin;
  });
}

/**
 * Whether a `<script>` with these attributes runs: a classic script (no type, an empty one or a
 * JavaScript MIME type), a module, or an import map or speculation rules (also checked against
 * script-src). Any other type (`application/json`, `application/octet-stream`…) is a data block,
 * never run, and needs no hash: a saved dashboard's embedded data is such a block.
 */
export function isExecutableScript(attributes: string): boolean {
  if (/\ssrc\s*=/i.test(` ${attributes}`)) return false;
  const match = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  if (!match) return true;
  const type = (match[1] ?? match[2] ?? match[3]).trim().toLowerCase();
  if (type === '' || type === 'module' || type === 'importmap' || type === 'speculationrules') {
    return true;
  }
  return JAVASCRIPT_TYPES.has(type.split(';')[0].trim());
}

/** HTML's JavaScript MIME type essence matches. */
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * The CSP hash of inline code as the browser computes it: over the element's text as parsed, in
 * UTF-8. The parser turns CRLF and lone CR into LF and NUL into U+FFFD inside raw text.
 */
export function cspHash(text: string): string {
  const parsed = text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  return `'sha256-${createHash('sha256').update(parsed, 'utf8').digest('base64')}'`;
}

/** The hashes of every inline executable `<script>` and every `<style>` element in `html`. */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, attributes, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (isExecutableScript(attributes) && text !== '') scripts.push(cspHash(text));
  }
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    styles.push(cspHash(text));
  }
  const unique = (list: string[]) => [...new Set(list)];
  return { scripts: unique(scripts), styles: unique(styles) };
}

/** The policy text for a page with these inline hashes. */
export function contentSecurityPolicy(options: CspOptions, hashes: InlineHashes): string {
  const own = options.single ? [] : ["'self'"];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', [...own, ...hashes.scripts, "'wasm-unsafe-eval'"]],
    ['worker-src', options.single ? ['blob:'] : ["'self'"]],
    ['style-src', [...own, ...hashes.styles]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['connect-src', ["'self'", ...(options.extraConnect ?? [])]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives
    .map(([name, sources]) => `${name} ${sources.length > 0 ? sources.join(' ') : "'none'"}`)
    .join('; ');
}

/**
 * `html` with the policy's <meta> as the first element of <head> after `<meta charset>`, before
 * any script or style it governs (a policy applies to what the parser meets after it). Throws
 * when the page already has one, so the policy is never given twice.
 */
export function withCsp(html: string, options: CspOptions): string {
  if (/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('The page already has a Content-Security-Policy <meta>');
  }
  const policy = contentSecurityPolicy(options, inlineHashes(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset\s*=[^>]*>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  }
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('The page has no <head> to put its Content-Security-Policy in');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/** The plugin's name. */
export const CSP_PLUGIN = 'metricscope-csp';

/**
 * Writes the policy into every HTML page of a production build, last of all: after Vite has
 * written its script and style tags and after vite-plugin-singlefile has inlined them (its
 * generateBundle is also `order: 'post'`, so this plugin must come after it in `plugins`). The
 * dev server gets no policy (its HMR client and React refresh preamble are inline scripts).
 */
export function cspPlugin(options: CspOptions): Plugin {
  return {
    name: CSP_PLUGIN,
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !/\.html?$/.test(file.fileName)) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withCsp(html, options);
        }
      },
    },
  };
}
