/**
 * `npm run bench`: the engine's speed on one core, on a realistic mixed stream (the
 * project's labelled conversations in eight languages interleaved with real SMS), and
 * the same for the naive baseline (every phrase as its own regular expression, tried
 * one at a time). Prints figures; asserts nothing (speed is measured, not tested).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createConversation, getDefaultLibrary, normalize, type ChatMessage } from '../patterns';
import { findHits } from '../patterns/library';
import { corpusFiles, labelledConversationSchema, parseLines } from './lib/corpus';
import { hamMessages } from './lib/ham';
import { naiveCategories, naivePatterns } from './lib/naive';

const STREAM_LENGTH = 60_000;
/** The naive baseline is measured on a slice: it is slow enough that the slice says it all. */
const NAIVE_LENGTH = 5_000;

function stream(): ChatMessage[] {
  const conversations: ChatMessage[] = [];
  for (const file of corpusFiles()) {
    for (const p of parseLines(file.text, labelledConversationSchema)) {
      if (p.ok) conversations.push(...p.value.messages.map((m) => ({ from: m.from, text: m.text })));
    }
  }
  const ham = hamMessages().map((text, i): ChatMessage => ({ from: i % 3 ? 'them' : 'me', text }));
  const out: ChatMessage[] = [];
  for (let i = 0; out.length < STREAM_LENGTH; i++) {
    // Mostly ordinary chat, as in real life: three SMS for every corpus message.
    out.push(i % 4 === 0 && conversations.length ? conversations[(i / 4) % conversations.length]! : ham[i % ham.length]!);
  }
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Throughput and latency are measured apart: a clock read around every message would be
 * counted in the throughput (it costs about a microsecond here). Throughput: the median of
 * `untimedPasses` passes over the stream. Latency: one more pass, each message timed alone
 * (the throughput of the naive baseline, at milliseconds a message, comes from that pass).
 */
function measure(name: string, messages: ChatMessage[], run: (m: ChatMessage) => void, untimedPasses = 5, warmUp = 5000) {
  for (let i = 0; i < warmUp; i++) run(messages[i % messages.length]!); // warm up the JIT
  const passes: number[] = [];
  for (let pass = 0; pass < untimedPasses; pass++) {
    const start = performance.now();
    for (let i = 0; i < messages.length; i++) run(messages[i]!);
    passes.push(messages.length / ((performance.now() - start) / 1000));
  }
  const latencies = new Float64Array(messages.length);
  const start = performance.now();
  for (let i = 0; i < messages.length; i++) {
    const t0 = performance.now();
    run(messages[i]!);
    latencies[i] = (performance.now() - t0) * 1000;
  }
  if (!passes.length) passes.push(messages.length / ((performance.now() - start) / 1000));
  latencies.sort();
  const perSecond = passes.sort((x, y) => x - y)[Math.floor(passes.length / 2)]!;
  return { name, perSecond, median: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const library = getDefaultLibrary();
const messages = stream();
const naive = naivePatterns(library);

let conversation = createConversation({ library });
let n = 0;
const engine = measure('engine (conversation.push)', messages, (m) => {
  if (++n % 50 === 0) conversation = createConversation({ library }); // a new chat every 50 messages
  conversation.push(m);
});
const matchOnly = measure('engine matching only', messages, (m) => {
  findHits(library, normalize(m.text, library.knows), m.from);
});
const baseline = measure('naive: one regexp at a time', messages.slice(0, NAIVE_LENGTH), (m) => {
  naiveCategories(m.from === 'me' ? naive.me : naive.them, normalize(m.text, library.knows));
}, 0, 200);

const phrases = library.entries.reduce((a, e) => a + e.phrases.length, 0);
console.log(`stream: ${messages.length} messages (naive baseline: the first ${NAIVE_LENGTH}) (corpus conversations in 8 languages + real SMS), ${library.entries.length} pattern entries, ${phrases} phrases`);
console.log('');
console.log('                                 msgs/s    median µs   p99 µs');
for (const r of [engine, matchOnly, baseline]) {
  console.log(`${r.name.padEnd(30)} ${Math.round(r.perSecond).toString().padStart(9)} ${r.median.toFixed(2).padStart(11)} ${r.p99.toFixed(2).padStart(8)}`);
}
console.log('');
console.log(`engine vs naive baseline: ${(matchOnly.perSecond / baseline.perSecond).toFixed(1)}x faster (matching), ${(engine.perSecond / baseline.perSecond).toFixed(1)}x (whole engine)`);

// Worst cases: one huge message, a million emoji, odd Unicode.
const huge = 'add me on snap '.repeat(70_000); // ~1 MB
const emoji = '👻'.repeat(1_000_000);
const odd = '\u200b\u0301ﬀ𝓼𝓷𝓪𝓹'.repeat(100_000);
for (const [label, text] of [['1 MB message', huge], ['a million emoji', emoji], ['odd Unicode', odd]] as const) {
  const t0 = process.hrtime.bigint();
  createConversation({ library }).push({ from: 'them', text });
  console.log(`${label.padEnd(18)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
}

// Bundle sizes, when a build exists.
try {
  const dir = '.output/chrome-mv3/content-scripts';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const body = readFileSync(join(dir, file));
    console.log(`content script ${file}: ${(body.length / 1024).toFixed(1)} KB raw, ${(gzipSync(body).length / 1024).toFixed(1)} KB gzip`);
  }
} catch {
  console.log('(no build: run `npm run build` for bundle sizes)');
}
