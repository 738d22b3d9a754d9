// The load generator of `npm run bench`, in its own process so that it takes no CPU from the server it measures.
//
// Usage: tsx bench/load-worker.ts '<JSON: {url, connections, seconds, headers}>'
// Prints one JSON line: requests per second, latency percentiles and any failures.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
};
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  headers: options.headers,
});
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);
