-- wrk script: POST the adult-concern sample to /api/concerns.
local f = assert(io.open(os.getenv("SAMPLE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
