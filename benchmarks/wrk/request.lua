-- wrk script for the Propensity benchmarks. Environment:
--   WRK_METHOD  GET or POST (default GET)
--   WRK_BODY    file whose content is sent as the JSON body (optional)
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

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format("RESULT %.1f %d %d %d %d %d %d\n",
    summary.requests / seconds, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    summary.requests, e.status, socket_errors))
end
