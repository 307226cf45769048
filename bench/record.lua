-- One new measurement per request, each of its own participant: POST …/measurements as a journal
-- system feeding stored mode would. The key comes from SKAPA_BENCH_KEY.
local key = os.getenv("SKAPA_BENCH_KEY")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  -- Unique per run and thread: a warm-up's participants must not collide with the measured run's (409).
  -- Letters only: a run of digits can take the shape of a personnummer, which SKAPA refuses.
  math.randomseed(os.time() * 100 + id)
  local letters = {}
  for i = 1, 12 do letters[i] = string.char(96 + math.random(1, 26)) end
  prefix = "w" .. string.char(96 + id) .. "-" .. table.concat(letters) .. "-"
  counter = 0
  failed = 0
end

-- A counter as letters (1 = b, 26 = ba, …): keys with no digits at all.
function letters(n)
  local s = ""
  repeat
    s = string.char(97 + n % 26) .. s
    n = math.floor(n / 26)
  until n == 0
  return s
end

function request()
  counter = counter + 1
  local body = '{"instrument":"skapa","service":"s","participant":"' .. prefix .. letters(counter)
    .. '","date":"2025-03-01","respondent":"PARTICIPANT","handledare":"h-1","scores":{"health-coping":'
    .. (counter % 10 + 1) .. ',"everyday-coping":4,"job-belief":3,"labour-market-knowledge":5,"job-search":2,"cooperation":7}}'
  return wrk.format("POST", "/api/v1/organisations/bench/measurements",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. key}, body)
end

function response(status, headers, body)
  if status ~= 201 then
    failed = failed + 1
    if failed == 1 then
      io.write("first non-201: " .. status .. " " .. body .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local f = 0
  for _, t in ipairs(threads) do
    f = f + t:get("failed")
  end
  io.write(string.format("non-201 answers: %d\n", f))
end
