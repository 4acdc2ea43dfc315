-- wrk -s bench/latency.lua: prints the percentiles wrk --latency leaves out (p95), in milliseconds.
done = function(summary, latency, requests)
  io.write(string.format("LATENCY p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
