/**
 * chart.svg: query latency and build time against corpus size, log–log, hand-written SVG (no
 * dependency, readable in any browser and on GitHub). Pure: figures in, markup out.
 */
import type { SizeReport } from './measurements.ts';

interface Series {
  label: string;
  color: string;
  dashed?: boolean;
  points: { x: number; y: number }[];
}

interface Panel {
  title: string;
  yLabel: string;
  series: Series[];
}

const WIDTH = 460;
const HEIGHT = 340;
const MARGIN = { left: 62, right: 16, top: 34, bottom: 96 };

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A log10 range around [min, max] with a little room, and the powers of ten inside it. */
function logAxis(min: number, max: number): { from: number; to: number; ticks: number[] } {
  const from = Math.log10(min) - 0.15;
  const to = Math.log10(max) + 0.15;
  const ticks: number[] = [];
  for (let e = Math.ceil(from); e <= Math.floor(to); e++) ticks.push(10 ** e);
  return { from, to, ticks };
}

function tickLabel(v: number): string {
  if (v >= 1000) return `${v / 1000}k`;
  return v >= 1 ? String(v) : String(Number(v.toPrecision(1)));
}

function panel(p: Panel, offsetX: number): string {
  const points = p.series.flatMap((s) => s.points).filter((pt) => pt.y > 0 && Number.isFinite(pt.y));
  const xAxis = logAxis(Math.min(...points.map((pt) => pt.x)), Math.max(...points.map((pt) => pt.x)));
  const yAxis = logAxis(Math.min(...points.map((pt) => pt.y)), Math.max(...points.map((pt) => pt.y)));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => offsetX + MARGIN.left + ((Math.log10(x) - xAxis.from) / (xAxis.to - xAxis.from)) * plotW;
  const py = (y: number) => MARGIN.top + plotH - ((Math.log10(y) - yAxis.from) / (yAxis.to - yAxis.from)) * plotH;
  const out: string[] = [];
  out.push(`<text x="${offsetX + MARGIN.left}" y="20" font-size="14" font-weight="bold">${esc(p.title)}</text>`);
  for (const y of yAxis.ticks) {
    out.push(`<line x1="${offsetX + MARGIN.left}" x2="${offsetX + WIDTH - MARGIN.right}" y1="${py(y).toFixed(1)}" y2="${py(y).toFixed(1)}" stroke="#ddd"/>`);
    out.push(`<text x="${offsetX + MARGIN.left - 6}" y="${(py(y) + 4).toFixed(1)}" font-size="11" text-anchor="end">${tickLabel(y)}</text>`);
  }
  for (const x of xAxis.ticks) {
    out.push(`<line x1="${px(x).toFixed(1)}" x2="${px(x).toFixed(1)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#eee"/>`);
    out.push(`<text x="${px(x).toFixed(1)}" y="${MARGIN.top + plotH + 16}" font-size="11" text-anchor="middle">${tickLabel(x)}</text>`);
  }
  out.push(`<text x="${offsetX + MARGIN.left + plotW / 2}" y="${MARGIN.top + plotH + 32}" font-size="11" text-anchor="middle">sentences (log)</text>`);
  out.push(
    `<text transform="translate(${offsetX + 16},${MARGIN.top + plotH / 2}) rotate(-90)" font-size="11" text-anchor="middle">${esc(p.yLabel)}</text>`,
  );
  p.series.forEach((s, i) => {
    const pts = s.points.filter((pt) => pt.y > 0 && Number.isFinite(pt.y));
    const d = pts.map((pt, j) => `${j ? 'L' : 'M'}${px(pt.x).toFixed(1)},${py(pt.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    for (const pt of pts) out.push(`<circle cx="${px(pt.x).toFixed(1)}" cy="${py(pt.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const lx = offsetX + MARGIN.left + (i % 2) * (plotW / 2);
    const ly = MARGIN.top + plotH + 50 + Math.floor(i / 2) * 16;
    out.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 4"' : ''}/>`);
    out.push(`<text x="${lx + 24}" y="${ly}" font-size="11">${esc(s.label)}</text>`);
  });
  return out.join('\n');
}

export function chartSvg(sizes: readonly SizeReport[]): string {
  const at = (f: (r: SizeReport) => number) => sizes.map((r) => ({ x: r.build.sentences, y: f(r) }));
  const latency: Panel = {
    title: 'Question latency',
    yLabel: 'milliseconds (log)',
    series: [
      { label: 'engine ask p50', color: '#1f77b4', points: at((r) => r.serve.engine.latency.p50) },
      { label: 'engine ask p99', color: '#1f77b4', dashed: true, points: at((r) => r.serve.engine.latency.p99) },
      { label: 'MiniSearch p50', color: '#d62728', points: at((r) => r.serve.minisearch.latency.p50) },
      { label: 'MiniSearch p99', color: '#d62728', dashed: true, points: at((r) => r.serve.minisearch.latency.p99) },
      { label: 'exact cosine k=10 p50', color: '#7f7f7f', points: at((r) => r.serve.vectors.exactMs.p50) },
      { label: 'HNSW k=10 p50', color: '#2ca02c', points: at((r) => r.serve.vectors.hnswMs.p50) },
    ],
  };
  const build: Panel = {
    title: 'Index build',
    yLabel: 'seconds (log)',
    series: [
      { label: 'build total', color: '#000000', points: at((r) => r.build.seconds) },
      { label: 'embedding', color: '#9467bd', points: at((r) => r.build.embedSeconds) },
      { label: 'HNSW insertion', color: '#2ca02c', points: at((r) => r.build.hnswSeconds) },
      { label: 'read + segment', color: '#ff7f0e', points: at((r) => r.build.segmentSeconds) },
      { label: 'restart (saved index)', color: '#17becf', dashed: true, points: at((r) => r.serve.restartSeconds) },
      { label: 'one-document reindex', color: '#8c564b', dashed: true, points: at((r) => r.serve.reindex.seconds) },
    ],
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" viewBox="0 0 ${WIDTH * 2} ${HEIGHT}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel(latency, 0),
    panel(build, WIDTH),
    '</svg>',
    '',
  ].join('\n');
}
