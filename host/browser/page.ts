// The HTML of the browser benchmark page, served at /bench by host/http/bench-assets.ts. The page script
// (app.ts) and its worker (bench-worker.ts) are compiled with the rest of the host into dist/browser/ and
// load the same dist/ engine and .wasm as Node, from /bench/lib/. Nothing is fetched from elsewhere.

export const benchPageHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sluice in the browser: benchmark</title>
<style>
  :root { --ink: #1d2430; --muted: #5b6575; --line: #d8dde5; --engine: #2563eb; --post: #f97316; --crc: #059669; --js: #9ca3af; --scan: #7c3aed; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #f6f7f9; }
  header { padding: 18px 28px 10px; background: #fff; border-bottom: 1px solid var(--line); }
  h1 { margin: 0 0 4px; font-size: 20px; }
  header p { margin: 0; color: var(--muted); }
  main { padding: 18px 28px 28px; display: grid; grid-template-columns: repeat(auto-fit, minmax(430px, 1fr)); gap: 16px; }
  section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
  h2 { margin: 0 0 8px; font-size: 15px; }
  .status { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
  .pill { padding: 2px 10px; border-radius: 999px; background: #eef2f7; color: var(--muted); font-size: 12px; }
  .pill.ok { background: #dcfce7; color: #166534; } .pill.bad { background: #fee2e2; color: #991b1b; }
  button, a.button { font: inherit; padding: 5px 12px; border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink); cursor: pointer; text-decoration: none; }
  button:disabled { opacity: .5; cursor: default; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
  td, th { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eef0f3; }
  td.num { text-align: right; }
  pre { max-height: 260px; overflow: auto; background: #0f172a; color: #e2e8f0; padding: 10px; border-radius: 6px; font-size: 12px; }
  #log { color: var(--muted); font-size: 12px; white-space: pre-wrap; }
  svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
  .wide { grid-column: 1 / -1; }
</style>
</head>
<body data-state="loading">
<header>
  <h1>Sluice in the browser</h1>
  <p>The same wasm engine as the server, over one shared <code>WebAssembly.Memory</code> (a SharedArrayBuffer) between this page and Web Workers.</p>
  <div class="status">
    <span id="isolated" class="pill">cross-origin isolation: ?</span>
    <span id="simd" class="pill">wasm: ?</span>
    <span id="state" class="pill">starting</span>
    <button id="run" disabled>Run again</button>
    <a id="download" class="button" href="#" download="sluice-browser-bench.json" aria-disabled="true">Download JSON</a>
  </div>
</header>
<main>
  <section><h2>Cross-worker records/s: engine vs postMessage</h2><div id="chart-crossworker"></div><table id="table-crossworker"></table></section>
  <section><h2>CRC32C GB/s (1 MiB buffers)</h2><div id="chart-crc"></div><table id="table-crc"></table></section>
  <section><h2>Batch scanning (records/s, same thread)</h2><div id="chart-scan"></div><table id="table-scan"></table></section>
  <section><h2>Progress</h2><div id="log"></div></section>
  <section class="wide"><h2>Result (JSON)</h2><pre id="json">running…</pre></section>
</main>
<script type="module" src="/bench/lib/browser/app.js"></script>
</body>
</html>
`
