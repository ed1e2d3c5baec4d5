-- wrk script: requests at a steady rate, and latency percentiles in microseconds.
--   wrk -t2 -c16 -d8s -s bench/paced.lua URL -- RATE [METHOD BODY_FILE]
-- RATE is requests per second for each wrk thread (0: as fast as the connections allow). Each thread
-- hands out send times on a fixed schedule; a connection that is free waits for the next free slot, so
-- the load does not bunch up behind a slow answer. The last line is "p50_us p90_us p99_us requests".
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *now);
]]
local now_buffer = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_buffer) -- CLOCK_MONOTONIC
  return tonumber(now_buffer.tv_sec) * 1000 + tonumber(now_buffer.tv_nsec) / 1e6
end

local period, next_slot

function init(args)
  local rate = tonumber(args[1] or "0")
  period = rate > 0 and 1000 / rate or nil
  if args[2] then
    wrk.method = args[2]
    wrk.headers["Content-Type"] = "application/json"
    local file = assert(io.open(args[3], "rb"))
    wrk.body = file:read("*a")
    file:close()
  end
end

function delay()
  if not period then
    return 0
  end
  local now = now_ms()
  -- After a stall longer than a few slots, start the schedule again rather than send a burst.
  if next_slot == nil or next_slot < now - 5 * period then
    next_slot = now
  end
  local slot = next_slot
  next_slot = next_slot + period
  return math.max(0, math.floor(slot - now + 0.5))
end

function done(summary, latency, requests)
  io.write(string.format("%d %d %d %d\n", latency:percentile(50), latency:percentile(90),
    latency:percentile(99), summary.requests))
end
