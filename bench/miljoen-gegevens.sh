#!/usr/bin/env bash
# Generates the data set of issue 7 in PostgreSQL: 1 000 000 clients and 1 000 000 aanvragen, spread over the
# municipalities of the register, so that anyone can repeat the measurement of bench/miljoen-meten.sh (which runs
# this script itself). The SQL is bench/miljoen-gegevens.sql; this script checks the database first and afterwards
# writes sample files for the load test. Takes a few minutes on a 2-core machine.
#
#   bench/miljoen-gegevens.sh [--opnieuw] [--clienten N] [--aanvragen N] [--uit MAP] [--db CONNINFO]
#
# The database must have been migrated by the application (start it once with --spring.profiles.active=postgres)
# and must hold at least one aanvraag saved through the API with a result (POST /api/aanvragen): the generated
# aanvragen copy their invoer, resultaat and rulebook version from the aanvragen in the table (a draft the engine
# refused, if there is one, is copied for 10 % of them). bench/miljoen-meten.sh makes those through the API.
#
# Connection: --db (a libpq conninfo or postgresql:// URL), else the usual PGHOST, PGPORT, PGUSER, PGPASSWORD and
# PGDATABASE. Refuses when the database already holds 1 000 clients or more; --opnieuw first empties the tables
# client and aanvraag (TRUNCATE: only for a benchmark database!). The audit trail is left alone (append-only).
#
# Writes to --uit (default the working directory): bsn.txt and namen.txt (20 000 random clients each:
# municipality code and BSN, municipality code and the first 3 letters of the name) and consulenten.txt
# (municipality code and consultant name of the generated aanvragen), tab-separated, for bench/miljoen.lua.
# These files hold generated, not real, personal data.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTEN=1000000
AANVRAGEN=1000000
UIT=.
OPNIEUW=false
DB=()

melding() { printf '%s\n' "miljoen-gegevens: $*" >&2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --opnieuw) OPNIEUW=true ;;
    --clienten) CLIENTEN=$2; shift ;;
    --aanvragen) AANVRAGEN=$2; shift ;;
    --uit) UIT=$2; shift ;;
    --db) DB=(-d "$2"); shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) melding "onbekende optie $1 (zie --help)"; exit 2 ;;
  esac
  shift
done
[[ "$CLIENTEN" =~ ^[1-9][0-9]{0,7}$ && "$AANVRAGEN" =~ ^[0-9]{1,8}$ ]] \
  || { melding "--clienten 1 tot 99 999 999, --aanvragen 0 tot 99 999 999"; exit 2; }
command -v psql >/dev/null || { melding "psql ontbreekt (Debian: apt-get install -y postgresql-client)"; exit 2; }
mkdir -p "$UIT"

sql() { psql "${DB[@]}" -X -v ON_ERROR_STOP=1 -qAt -c "$1"; }

# --- the database as the application left it ----------------------------------------------------------------
if [ "$(sql "select to_regclass('aanvraag') is not null and to_regclass('client') is not null")" != t ]; then
  melding "geen tabellen client en aanvraag: start de applicatie eerst één keer met --spring.profiles.active=postgres"
  exit 3
fi
BESTAAND=$(sql "select count(*) from client")
if [ "$BESTAAND" -ge 1000 ] && [ "$OPNIEUW" != true ]; then
  melding "de database heeft al $BESTAAND cliënten; niets gedaan. Opnieuw genereren (leegt client en aanvraag): --opnieuw"
  exit 1
fi
if [ "$(sql "select count(*) from aanvraag where resultaat is not null")" = 0 ]; then
  melding "geen berekende aanvraag om na te doen: sla er eerst een op met POST /api/aanvragen (bench/miljoen-meten.sh doet dat)"
  exit 3
fi

# --- generate ---------------------------------------------------------------------------------------------------
melding "genereren: $CLIENTEN cliënten en $AANVRAGEN aanvragen (opnieuw: $OPNIEUW) ..."
BEGIN=$(date +%s)
psql "${DB[@]}" -X -v ON_ERROR_STOP=1 -q -v aantal_clienten="$CLIENTEN" -v aantal_aanvragen="$AANVRAGEN" \
  -v opnieuw="$OPNIEUW" -f "$ROOT/bench/miljoen-gegevens.sql"
melding "VACUUM (ANALYZE) ..."
sql "vacuum (analyze) client" >/dev/null
sql "vacuum (analyze) aanvraag" >/dev/null
melding "klaar in $(( $(date +%s) - BEGIN )) s"

# --- samples for the load test (deterministic: ordered by a hash of the id) ----------------------------------------
sql "copy (select gemeentecode, bsn from client order by hashint8(id) limit 20000) to stdout" >"$UIT/bsn.txt"
sql "copy (select gemeentecode, rtrim(left(naam, 3)) from client order by hashint8(id + 1) limit 20000) to stdout" \
  >"$UIT/namen.txt"
sql "copy (select distinct gemeentecode, consulent from aanvraag where consulent ~ '^c[0-9]{4}[.][0-9]{2}\$'
           order by 1, 2) to stdout" >"$UIT/consulenten.txt"
melding "steekproeven: $UIT/bsn.txt ($(wc -l <"$UIT/bsn.txt")), $UIT/namen.txt ($(wc -l <"$UIT/namen.txt")), $UIT/consulenten.txt ($(wc -l <"$UIT/consulenten.txt"))"
