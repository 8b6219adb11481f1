-- POST one person per request, each with its own Idempotency-Key (as a client would send).
-- TOKEN (optional) and RUN come from the environment.
local counter = 0
local token = os.getenv("TOKEN")
local run = os.getenv("RUN") or "run"
local body = '{"givenNames":"Bench","familyNames":"Persona Sintetica","dateOfBirth":"1990-04-12",'
  .. '"nationality":"VE","sex":"F","languages":["es"],"encounteredOn":"2026-11-01",'
  .. '"encounterPlace":"Lajas Blancas reception station"}'
request = function()
  counter = counter + 1
  local headers = { ["Content-Type"] = "application/json",
                    ["Idempotency-Key"] = string.format("%s-%d", run, counter) }
  if token then headers["Authorization"] = "Bearer " .. token end
  return wrk.format("POST", nil, headers, body)
end
