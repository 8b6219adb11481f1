-- GET the URL with a bearer token from the environment.
local token = os.getenv("TOKEN")
request = function()
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. token })
end
