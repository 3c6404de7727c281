#!/usr/bin/env bash
# How long the README's run command takes before the application serves (issue 7: within 10 s of the command on
# a built checkout). Measures from starting ./indiceer-web until GET /aanmelden answers 200, ROUNDS times (default
# 5), each time with an empty database in a temporary folder (the first start of a new installation: the
# migrations run and the beheerder's password is hashed, so the slowest case), then once more on that database
# (a restart). Prints every time and the median. Stops the application after each round.
#
#   bench/start.sh                 # after mvn -pl web -am package -DskipTests (a built checkout)
#   ROUNDS=10 bench/start.sh
#
# Needs: a built checkout (web/target/indiceer-web.jar and its class archive, see web/pom.xml), curl.
# Figures: docs/benchmarks.md.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-5}
POORT=${POORT:-18097}
melding() { printf '%s\n' "start: $*" >&2; }

[ -f "$ROOT/web/target/indiceer-web.jar" ] || { melding "bouw eerst: mvn -B -pl web -am package -DskipTests"; exit 2; }
command -v curl >/dev/null || { melding "curl ontbreekt"; exit 2; }
if curl -s -o /dev/null "http://localhost:$POORT/"; then melding "poort $POORT is bezet (POORT=...)"; exit 2; fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/indiceer-start.XXXXXX")
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap 'stop_app; rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

# one start: seconds from the command to the first 200, on the database in folder $1
meet() {
  local begin einde
  begin=$(date +%s%N)
  INDICEER_BEHEERDER_WACHTWOORD=bench-start-wachtwoord-1 "$ROOT/indiceer-web" --server.port="$POORT" \
    "--spring.datasource.url=jdbc:h2:file:$1/indiceer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    >"$TMP/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$POORT/aanmelden")" = 200 ]; then
      einde=$(date +%s%N)
      stop_app
      awk -v n="$((einde - begin))" 'BEGIN { printf "%.1f", n / 1e9 }'
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { melding "de applicatie stopte:"; tail -n 30 "$TMP/app.log" >&2; exit 3; }
    sleep 0.05
  done
  melding "na 60 s nog geen antwoord"; tail -n 30 "$TMP/app.log" >&2; exit 3
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), belasting vooraf: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$ROOT/web/target/indiceer-web/indiceer-web.jsa" ]; then echo "met klassenarchief (class data sharing)"; else echo "zonder klassenarchief"; fi
EERSTE=()
for i in $(seq 1 "$ROUNDS"); do
  rm -rf "$TMP/data"
  EERSTE+=("$(meet "$TMP/data")")
  echo "ronde $i, lege databank: ${EERSTE[-1]} s"
done
HERSTART=$(meet "$TMP/data")
echo "herstart op bestaande databank: $HERSTART s"
MEDIAAN=$(printf '%s\n' "${EERSTE[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "belasting na afloop: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "uitkomst: mediaan $MEDIAAN s, langste $(printf '%s\n' "${EERSTE[@]}" | sort -n | tail -n 1) s (lege databank, $ROUNDS keer); herstart $HERSTART s"
