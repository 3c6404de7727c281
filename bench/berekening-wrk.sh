#!/usr/bin/env bash
# Load test of POST /api/berekening with wrk, on loopback (issue 7: at least 2 000 requests/s with p99 under
# 50 ms on the 2-core machine, generator on the same machine). Repeatable: every run starts the web application
# on a free port with an empty H2 database in a temporary folder, adds a consultant and a token, warms the JVM
# up, measures, prints the figures and stops the application again (also on Ctrl+C or an error).
#
#   bench/berekening-wrk.sh                       # warm-up (1-5 min), then 30 s measured, 2 threads, 16 connections
#   VERBINDINGEN=32 DUUR=60s bench/berekening-wrk.sh
#
# Settings (environment):
#   DUUR          measured run (default 30s)
#   OPWARMEN_MIN, OPWARMEN_MAX   warm-up with one connection per core in rounds of 10 s until two rounds agree
#                 within 5 % (default at least 60, at most 300 s), then 10 s at the measured load; not counted
#   DRADEN        wrk threads (default 2)               VERBINDINGEN  open connections (default 16)
#   AANVRAAG      request JSON (default docs/voorbeelden/benchmark-drie-regels.json)
#   JAVA_OPTS     JVM options (default -XX:+ExitOnOutOfMemoryError, as in docs/installatie.md)
#   JAR           the application (default web/target/indiceer-web.jar, built when missing)
#
# Needs: a JDK 17+, Maven (only when web/target/indiceer-web.jar is missing), curl and wrk. wrk comes from
# Debian: `apt-get install -y wrk` (done by this script when it runs as root and wrk is missing).
# Figures and how to read them: docs/benchmarks.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DUUR=${DUUR:-30s}
OPWARMEN_MIN=${OPWARMEN_MIN:-60}
OPWARMEN_MAX=${OPWARMEN_MAX:-300}
DRADEN=${DRADEN:-2}
VERBINDINGEN=${VERBINDINGEN:-16}
AANVRAAG=${AANVRAAG:-$ROOT/docs/voorbeelden/benchmark-drie-regels.json}
JAVA_OPTS=${JAVA_OPTS:--XX:+ExitOnOutOfMemoryError}
JAR=${JAR:-$ROOT/web/target/indiceer-web.jar}

melding() { printf '%s\n' "berekening-wrk: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------------------
for nodig in java curl; do
  command -v "$nodig" >/dev/null || { melding "$nodig ontbreekt"; exit 2; }
done
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    melding "wrk ontbreekt; installeren met apt-get install -y wrk ..."
    apt-get install -y wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y wrk >/dev/null; }
  else
    melding "wrk ontbreekt; installeer het met: sudo apt-get install -y wrk"
    exit 2
  fi
fi
[ -f "$AANVRAAG" ] || { melding "aanvraag $AANVRAAG bestaat niet"; exit 2; }

if [ ! -f "$JAR" ]; then
  melding "$JAR ontbreekt; bouwen met Maven ..."
  (cd "$ROOT" && mvn -B -q -pl web -am package -DskipTests)
  [ -f "$JAR" ] || { melding "$JAR bestaat nog steeds niet"; exit 2; }
fi

# --- start the application on a free port with an empty database ----------------------------------------------
# the load average before anything of this run: during the run it counts the server's own busy threads too
BELASTING_VOORAF=$(cut -d' ' -f1-3 /proc/loadavg)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/indiceer-bench.XXXXXX")
APP_PID=
opruimen() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap opruimen EXIT
trap 'exit 130' INT TERM

WACHTWOORD="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# port 0: the operating system picks a free port; the application prints it when it is ready
(
  cd "$ROOT"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  INDICEER_BEHEERDER_WACHTWOORD="$WACHTWOORD" exec java $JAVA_OPTS -jar "$JAR" \
    --server.port=0 \
    "--spring.datasource.url=jdbc:h2:file:$TMP/indiceer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --indiceer.regelingen="$ROOT/regelingen" --indiceer.normenkaders="$ROOT/normenkaders"
) >"$TMP/app.log" 2>&1 &
APP_PID=$!

melding "applicatie start (pid $APP_PID, log $TMP/app.log) ..."
POORT=
for _ in $(seq 1 1200); do
  POORT=$(sed -n 's|^Indiceer draait op http://localhost:\([0-9]*\)/.*|\1|p' "$TMP/app.log" | head -n 1)
  [ -n "$POORT" ] && break
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    melding "de applicatie stopte tijdens het starten:"; tail -n 40 "$TMP/app.log" >&2; exit 3
  fi
  sleep 0.1
done
[ -n "$POORT" ] || { melding "de applicatie draaide na 120 s nog niet:"; tail -n 40 "$TMP/app.log" >&2; exit 3; }
URL="http://127.0.0.1:$POORT"
melding "applicatie draait op $URL"

# --- a consultant with a token ------------------------------------------------------------------------------
token() { # gebruikersnaam wachtwoord
  curl -fsS -X POST "$URL/api/tokens" -H 'Content-Type: application/json' \
    -d "{\"gebruikersnaam\":\"$1\",\"wachtwoord\":\"$2\",\"omschrijving\":\"bench\"}" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
BEHEERDER_TOKEN=$(token beheerder "$WACHTWOORD")
[ -n "$BEHEERDER_TOKEN" ] || { melding "geen token voor de beheerder"; exit 3; }
curl -fsS -o /dev/null -X POST "$URL/api/gebruikers" -H "Authorization: Bearer $BEHEERDER_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"gebruikersnaam\":\"bench.consulent\",\"wachtwoord\":\"$WACHTWOORD\",\"rol\":\"consulent\",\"gemeenten\":[\"0984\"]}"
CONSULENT_TOKEN=$(token bench.consulent "$WACHTWOORD")
[ -n "$CONSULENT_TOKEN" ] || { melding "geen token voor de consulent"; exit 3; }

# one request by hand: the load must be 200s with a real result, not 400s or 401s
STATUS=$(curl -sS -o "$TMP/uitkomst.json" -w '%{http_code}' -X POST "$URL/api/berekening" \
  -H "Authorization: Bearer $CONSULENT_TOKEN" -H 'Content-Type: application/json' --data-binary "@$AANVRAAG")
if [ "$STATUS" != 200 ]; then
  melding "POST /api/berekening gaf $STATUS:"; cat "$TMP/uitkomst.json" >&2; exit 3
fi
melding "controle: 200, $(wc -c <"$TMP/uitkomst.json") bytes uitkomst voor $(wc -c <"$AANVRAAG") bytes aanvraag"

# --- warm up -----------------------------------------------------------------------------------------------
export BEREKENING_AANVRAAG="$AANVRAAG" BEREKENING_TOKEN="$CONSULENT_TOKEN"
LUA="$ROOT/bench/berekening.lua"

echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(java -version 2>&1 | head -n 1)"
echo "JVM-opties: $JAVA_OPTS"
echo "belasting (load average 1/5/15 min) voor de start: $BELASTING_VOORAF"
echo "aanvraag: ${AANVRAAG#"$ROOT"/}"

# A cold server needs its JIT compilers, and they are ordinary threads: under full load they share the 2 cores
# with every busy worker thread and with wrk. With 16 connections a cold server took 150 s to reach its steady
# rate; with 32 it stayed at about 200 requests/s for minutes, with hundreds of methods waiting for the C2 compiler
# (seen here). So warm up with one connection per core, in rounds of 10 s until two rounds in a row differ by less
# than 5 % (at least OPWARMEN_MIN s, at most OPWARMEN_MAX s), then 10 s at the measured load; neither counts.
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
OPWARM_VERBINDINGEN=$(nproc)
VORIGE=0
GEWARMD=0
while :; do
  wrk -t1 -c"$OPWARM_VERBINDINGEN" -d10s -s "$LUA" "$URL/api/berekening" >"$TMP/opwarmen.txt"
  GEWARMD=$((GEWARMD + 10))
  NU=$(rps "$TMP/opwarmen.txt")
  melding "opwarmen ${GEWARMD} s ($OPWARM_VERBINDINGEN verbindingen): $NU requests/s"
  if [ "$GEWARMD" -ge "$OPWARMEN_MIN" ] && [ "$VORIGE" -gt 0 ] \
      && awk -v a="$VORIGE" -v b="$NU" 'BEGIN { d = (b - a) / a; exit !(d < 0.05 && d > -0.05) }'; then
    break
  fi
  if [ "$GEWARMD" -ge "$OPWARMEN_MAX" ]; then
    melding "let op: na $OPWARMEN_MAX s opwarmen nog niet stabiel (ander werk op de machine?)"; break
  fi
  VORIGE=$NU
done
wrk -t"$DRADEN" -c"$VERBINDINGEN" -d10s -s "$LUA" "$URL/api/berekening" >"$TMP/opwarmen.txt"
echo "opgewarmd: $GEWARMD s met $OPWARM_VERBINDINGEN verbindingen (laatste ronde $NU requests/s), dan 10 s met $VERBINDINGEN ($(rps "$TMP/opwarmen.txt") requests/s)"

# --- measure ------------------------------------------------------------------------------------------------
# CPU during the measurement from /proc (clock ticks): the server's, wrk's and what every other process used,
# so that a run disturbed by other work on the machine shows it
cpu_machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
cpu_server() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; }
TIK=$(getconf CLK_TCK)

echo "belasting (load average) voor de meting: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "meting: wrk -t$DRADEN -c$VERBINDINGEN -d$DUUR --latency -s bench/berekening.lua $URL/api/berekening"
read -r BEZIG0 TOTAAL0 < <(cpu_machine); SERVER0=$(cpu_server)
TIMEFORMAT='%U %S'
{ time wrk -t"$DRADEN" -c"$VERBINDINGEN" -d"$DUUR" --latency -s "$LUA" "$URL/api/berekening" >"$TMP/meting.txt"; } 2>"$TMP/wrk-cpu.txt"
read -r BEZIG1 TOTAAL1 < <(cpu_machine); SERVER1=$(cpu_server)
cat "$TMP/meting.txt"
echo "belasting (load average) na de meting: $(cut -d' ' -f1-3 /proc/loadavg)"
CPU=$(awk -v b="$((BEZIG1 - BEZIG0))" -v t="$((TOTAAL1 - TOTAAL0))" -v s="$((SERVER1 - SERVER0))" -v k="$TIK" \
  -v w="$(tail -n 1 "$TMP/wrk-cpu.txt" | awk '{ print $1 + $2 }')" \
  'BEGIN { w *= k; printf "server %.0f %%, wrk %.0f %%, overige processen %.0f %%, vrij %.0f %%", 100 * s / t, 100 * w / t, 100 * (b - s - w) / t, 100 * (t - b) / t }')
echo "CPU tijdens de meting (van alle $(nproc) cores samen): $CPU"

if grep -q 'Non-2xx or 3xx responses' "$TMP/meting.txt"; then
  melding "FOUT: niet elk antwoord was 2xx: $(grep 'Non-2xx' "$TMP/meting.txt")"; exit 4
fi
if grep -q 'Socket errors' "$TMP/meting.txt"; then
  melding "let op: $(grep 'Socket errors' "$TMP/meting.txt" | sed 's/^ *//')"
fi

# wrk prints percentiles as 812.00us, 4.21ms or 1.02s: all in ms
ms() { awk -v w="$1" 'BEGIN { n = w + 0; if (w ~ /us$/) n /= 1000; else if (w ~ /ms$/) ; else if (w ~ /s$/) n *= 1000; printf "%.2f", n }'; }
percentiel() { ms "$(awk -v p="$1%" '$1 == p { print $2; exit }' "$TMP/meting.txt")"; }
RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$TMP/meting.txt")
P50=$(percentiel 50); P90=$(percentiel 90); P99=$(percentiel 99)
echo
echo "uitkomst: $RPS requests/s, p50 $P50 ms, p90 $P90 ms, p99 $P99 ms ($VERBINDINGEN verbindingen, $DRADEN draden, $DUUR)"
echo "CPU: $CPU"
if [ "$RPS" -ge 2000 ] && awk -v p="$P99" 'BEGIN { exit !(p < 50) }'; then
  echo "eis van issue 7 (>= 2 000 requests/s, p99 < 50 ms): gehaald"
else
  echo "eis van issue 7 (>= 2 000 requests/s, p99 < 50 ms): NIET gehaald"
fi
