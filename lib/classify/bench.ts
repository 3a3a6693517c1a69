import { classify } from './index';

/**
 * Classifier throughput for the benchmark runner: classifies the strings round-robin for at
 * least `minMs` milliseconds. Uses only performance.now(), so it runs in Node and browsers.
 */
export function measureClassifierThroughput(strings: string[], minMs = 1000): { stringsPerSecond: number; count: number } {
  if (strings.length === 0) return { stringsPerSecond: 0, count: 0 };
  // Warm-up so JIT compilation is not counted.
  for (let i = 0; i < Math.min(strings.length, 200); i++) classify({ text: strings[i] ?? '' });
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < strings.length; i++) classify({ text: strings[i] ?? '' });
    count += strings.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { stringsPerSecond: Math.round((count / elapsed) * 1000), count };
}
