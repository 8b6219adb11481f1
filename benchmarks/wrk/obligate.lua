-- Obligate 1.00 on one budget line per request, each with its own Idempotency-Key.
local counter = 0
local token = os.getenv("TOKEN")
local run = os.getenv("RUN") or "run"
local body = string.format('{"budgetLineId":%s,"amount":{"amount":"1.00","currency":"USD"},'
  .. '"purpose":"Hot line benchmark","reference":"bench:%s"}', os.getenv("LINE"), run)
request = function()
  counter = counter + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("%s-%d", run, counter) }, body)
end
