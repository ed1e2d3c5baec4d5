-- wrk script for one connection: a request every 2 ms, and a line "sent_ms latency_ms" for each answer
-- slower than 4 ms, so that the moments of the slow answers can be compared.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } trace_timespec;
int clock_gettime(int clock, trace_timespec *now);
]]
local now_buffer = ffi.new("trace_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_buffer)
  return tonumber(now_buffer.tv_sec) * 1000 + tonumber(now_buffer.tv_nsec) / 1e6
end

local started, sent

function request()
  sent = now_ms()
  started = started or sent
  return wrk.format()
end

function delay()
  return 2
end

function response(status, headers, body)
  local latency = now_ms() - sent
  if latency > 4 then
    io.write(string.format("slow %.1f %.2f\n", sent - started, latency))
  end
end
