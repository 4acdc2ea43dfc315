-- wrk script for scripts/soak.sh: rotates logged-in GET pages (the log-in cookie comes from soak.sh as a
-- header) and counts the answers by class in every thread; done() adds them up.
local paths = {
    "/",
    "/Publications",
    "/Units",
    "/Directory",
    "/api/v1/quarters/2022Q3/scores",
    "/Publications?q=%E6%94%BF%E5%8A%A1&p=2",
    "/Publications?quarter=2022Q3",
}
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    next_path = math.random(#paths)
    c2, c3, c4, c5 = 0, 0, 0, 0
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
    if status >= 500 then c5 = c5 + 1
    elseif status >= 400 then c4 = c4 + 1
    elseif status >= 300 then c3 = c3 + 1
    else c2 = c2 + 1 end
end

function done(summary, latency, requests)
    local t2, t3, t4, t5 = 0, 0, 0, 0
    for _, thread in ipairs(threads) do
        t2 = t2 + thread:get("c2")
        t3 = t3 + thread:get("c3")
        t4 = t4 + thread:get("c4")
        t5 = t5 + thread:get("c5")
    end
    io.write(string.format("STATUS 2xx=%d 3xx=%d 4xx=%d 5xx=%d\n", t2, t3, t4, t5))
    io.write(string.format("LATENCY p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
