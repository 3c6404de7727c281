-- wrk script of bench/miljoen-meten.sh: one query shape per run, with random values from the sample files that
-- bench/miljoen-gegevens.sh writes. Settings (environment):
--   MILJOEN_VORM       bsn             POST /api/clienten/zoeken {"bsn": ...}, an existing BSN
--                      naam            POST /api/clienten/zoeken {"naam": <first 3 letters of an existing name>,
--                                      "pagina": 0, "grootte": 20}
--                      lijst           GET /api/aanvragen (first page of 20, no filter)
--                      lijst-status    GET /api/aanvragen?status=INGEDIEND or CONCEPT
--                      lijst-consulent GET /api/aanvragen?consulent=<a consultant of one of the municipalities>
--   MILJOEN_TOKEN      the bearer token
--   MILJOEN_GEMEENTEN  the municipality codes of the token's user, comma-separated: only samples of those are used
--   MILJOEN_MAP        the folder with bsn.txt, namen.txt and consulenten.txt
-- At the end it prints one line "MILJOEN ..." with the figures in microseconds, read by bench/miljoen-meten.sh.

local vorm, kop, waarden
local draden = {}
local volgnummer = 0

function setup(thread)
  volgnummer = volgnummer + 1
  thread:set("nummer", volgnummer)
  table.insert(draden, thread)
end

local function lees(bestand, gemeenten)
  local lijst = {}
  local f = assert(io.open(os.getenv("MILJOEN_MAP") .. "/" .. bestand, "r"))
  for regel in f:lines() do
    local gemeente, waarde = regel:match("^(%d%d%d%d)\t(.+)$")
    if gemeente and gemeenten[gemeente] then
      table.insert(lijst, waarde)
    end
  end
  f:close()
  assert(#lijst > 0, "geen steekproef in " .. bestand .. " voor deze gemeenten")
  return lijst
end

function init(args)
  vorm = assert(os.getenv("MILJOEN_VORM"), "MILJOEN_VORM ontbreekt")
  local gemeenten = {}
  for g in assert(os.getenv("MILJOEN_GEMEENTEN"), "MILJOEN_GEMEENTEN ontbreekt"):gmatch("%d%d%d%d") do
    gemeenten[g] = true
  end
  kop = {
    ["Authorization"] = "Bearer " .. assert(os.getenv("MILJOEN_TOKEN"), "MILJOEN_TOKEN ontbreekt"),
    ["Accept"] = "application/json",
  }
  if vorm == "bsn" then
    waarden = lees("bsn.txt", gemeenten)
  elseif vorm == "naam" then
    waarden = lees("namen.txt", gemeenten)
  elseif vorm == "lijst-status" then
    waarden = { "INGEDIEND", "CONCEPT" }
  elseif vorm == "lijst-consulent" then
    waarden = lees("consulenten.txt", gemeenten)
  elseif vorm ~= "lijst" then
    error("onbekende MILJOEN_VORM " .. vorm)
  end
  if vorm == "bsn" or vorm == "naam" then
    kop["Content-Type"] = "application/json"
  end
  math.randomseed(os.time() * 100 + (nummer or 0))
end

local function willekeurig()
  return waarden[math.random(#waarden)]
end

function request()
  if vorm == "bsn" then
    return wrk.format("POST", "/api/clienten/zoeken", kop, '{"bsn":"' .. willekeurig() .. '"}')
  elseif vorm == "naam" then
    return wrk.format("POST", "/api/clienten/zoeken", kop,
      '{"naam":"' .. willekeurig() .. '","pagina":0,"grootte":20}')
  elseif vorm == "lijst" then
    return wrk.format("GET", "/api/aanvragen", kop)
  elseif vorm == "lijst-status" then
    return wrk.format("GET", "/api/aanvragen?status=" .. willekeurig(), kop)
  else
    return wrk.format("GET", "/api/aanvragen?consulent=" .. willekeurig(), kop)
  end
end

function done(summary, latency, requests)
  local fouten = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "MILJOEN aantal=%d duur_us=%d p50=%d p90=%d p99=%d max=%d gemiddeld=%.0f niet2xx=%d socketfouten=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, summary.errors.status, fouten))
end
