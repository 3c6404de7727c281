-- wrk script for POST /api/berekening (used by bench/berekening-wrk.sh).
-- Every request POSTs the same request JSON with the consultant's bearer token. Both come from the environment:
--   BEREKENING_AANVRAAG  path of the request JSON (the format of `indiceer bereken`)
--   BEREKENING_TOKEN     a token from POST /api/tokens
-- No response() callback: it would run Lua for every answer and slow the generator down. wrk itself counts
-- answers other than 2xx/3xx ("Non-2xx or 3xx responses"), which the shell script treats as a failed run.

local pad = os.getenv("BEREKENING_AANVRAAG")
local token = os.getenv("BEREKENING_TOKEN")
if pad == nil or token == nil then
  error("BEREKENING_AANVRAAG en BEREKENING_TOKEN moeten gezet zijn")
end

local bestand = assert(io.open(pad, "rb"))
local inhoud = bestand:read("*a")
bestand:close()

wrk.method = "POST"
wrk.body = inhoud
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
