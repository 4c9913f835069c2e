-- wrk script for the Propensity benchmarks. Environment:
--   WRK_METHOD  GET or POST (default GET)
--   WRK_BODY    file whose content is sent as the JSON body (optional)
--   WRK_BODIES  file of JSON bodies, one per line, sent in turn (each wrk thread starts at its own line), so
--               that a server cannot answer from what it kept of the one lead before (optional; wins over WRK_BODY)
--   WRK_KEY     API key sent as "Authorization: Bearer <key>" (optional; read from the environment, never argv)
-- At the end prints one machine-readable line:
--   RESULT requests_per_s p50_us p90_us p99_us requests non_2xx socket_errors
local method = os.getenv("WRK_METHOD") or "GET"
local body_file = os.getenv("WRK_BODY")
local key = os.getenv("WRK_KEY")

wrk.method = method
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
end
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
end

local bodies_file = os.getenv("WRK_BODIES")
if bodies_file and bodies_file ~= "" then
  local bodies = {}
  for line in io.lines(bodies_file) do
    if line ~= "" then bodies[#bodies + 1] = line end
  end
  assert(#bodies > 0, "WRK_BODIES has no bodies: " .. bodies_file)
  wrk.headers["Content-Type"] = "application/json"
  local requests = {}
  -- Made in init, per thread, once wrk has set the URL's path; once, so that wrk's own cost per request stays small.
  init = function(args)
    for i, body in ipairs(bodies) do
      requests[i] = wrk.format(method, wrk.path, nil, body)
    end
  end
  -- A global, so that setup (run in wrk's main state) can give each thread its own starting line.
  next_index = 0
  local thread_count = 0
  setup = function(thread)
    thread_count = thread_count + 1
    thread:set("next_index", (thread_count - 1) * 7919 % #bodies)
  end
  request = function()
    next_index = next_index % #requests + 1
    return requests[next_index]
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %.1f %d %d %d %d %d %d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    summary.requests, e.status, socket_errors))
end
