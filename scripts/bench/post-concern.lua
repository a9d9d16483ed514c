-- wrk script: POST the adult-concern sample to /api/concerns, each request its own submission (a number in front of
-- its description): the same answers again would be taken as the same submission sent again, and answered with it.
local f = assert(io.open(os.getenv("SAMPLE"), "r"))
local template = f:read("*a")
f:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  sent = 0
end

function request()
  sent = sent + 1
  local body = template:gsub('"description": "', '"description": "' .. tid .. "-" .. sent .. " ", 1)
  return wrk.format(nil, nil, nil, body)
end
