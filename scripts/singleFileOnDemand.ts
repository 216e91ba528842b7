import type { Plugin } from 'vite';

/** What the single-file build writes (vite.single.config.ts) and Save dashboard fetches. */
const FILE_NAME = 'metricscope.html';

/**
 * Dev server only (`npm start`): answers GET /metricscope.html with the single-file app built
 * from the current sources in memory (a vite build with `configFile`, ~3 s; one at a time), so that
 * Save dashboard works there as it does on the built app, where `npm run build` writes the file
 * beside index.html. The file is the production app, as a saved dashboard should be.
 */
export function singleFileOnDemand(configFile: string): Plugin {
  let building: Promise<string> | null = null;
  const buildHtml = async (): Promise<string> => {
    const { build } = await import('vite');
    const output = await build({
      configFile,
      logLevel: 'warn',
      // The dev server's NODE_ENV would otherwise give React's development build.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { write: false },
    });
    const outputs = Array.isArray(output) ? output : [output];
    for (const result of outputs) {
      if (!('output' in result)) continue;
      const html = result.output.find((file) => file.fileName === FILE_NAME);
      if (html?.type === 'asset') return String(html.source);
    }
    throw new Error(`the single-file build wrote no ${FILE_NAME}`);
  };
  return {
    name: 'metricscope-single-file-on-demand',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (req.method !== 'GET' || !path.endsWith(`/${FILE_NAME}`)) return next();
        building ??= buildHtml().finally(() => (building = null));
        building.then(
          (html) => {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            res.end(html);
          },
          (error: unknown) => {
            server.config.logger.error(`Single-file build for Save dashboard failed: ${error}`);
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
            res.end(String(error));
          },
        );
      });
    },
  };
}
