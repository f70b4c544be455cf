#!/usr/bin/env bash
# The load run (`make load`): the site under production settings on gunicorn, on PostgreSQL and
# Elasticsearch, with a task worker, while locust (scripts/load/locustfile.py) plays visitors,
# searchers, signed-in members and an attacker. Prints p50/p95 per endpoint and whether the
# sign-in lock-out and the access-code throttle held; exits non-zero on any error.
#
#   LOAD_USERS        simulated users (default 200)
#   LOAD_DURATION     how long they run, in locust's notation: 90s, 5m (default 5m)
#   LOAD_SPAWN_RATE   users started per second (default 10)
#   LOAD_SPRAYERS     simulated users spraying unique URLs, beside LOAD_USERS (default 8)
#   LOAD_SPRAY_RATE   requests/s of their spraying together (default 60)
#   LOAD_PORT         gunicorn's port on 127.0.0.1 (default: a free one)
#   LOAD_WORKERS      gunicorn workers (default: 2 per core, plus 1)
#   LOAD_SYNTHETIC_MEMBERS   made-up member organisations added to the 160 (default 2000)
#   LOAD_DROP_DATABASE=1     drop the run's database at the end (by default it is kept)
#
# The run has a database of its own, wego_load, created afresh each time; it is left in place
# afterwards (security log, task table) unless LOAD_DROP_DATABASE=1. Everything else of the run
# (static files, media, logs, locust's CSV files) is under var/load/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=$ROOT/.venv/bin/python
RUN_DIR=$ROOT/var/load
DATABASE=wego_load

LOAD_USERS=${LOAD_USERS:-200}
LOAD_DURATION=${LOAD_DURATION:-5m}
LOAD_SPAWN_RATE=${LOAD_SPAWN_RATE:-10}
LOAD_SPRAY_RATE=${LOAD_SPRAY_RATE:-60}
LOAD_WORKERS=${LOAD_WORKERS:-$(($(nproc) * 2 + 1))}
LOAD_SYNTHETIC_MEMBERS=${LOAD_SYNTHETIC_MEMBERS:-2000}
LOAD_PORT=${LOAD_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

say() { printf '[load] %s\n' "$*"; }

# --- the services, and the run's own database ------------------------------------------------

services_were_running=false
services_status=$(scripts/services.sh status 2>/dev/null || true)
if [[ $services_status == *"PostgreSQL: running"* && $services_status == *"Elasticsearch: running"* ]]; then
    services_were_running=true
fi
started=()
stop_everything() {
    local pid
    for pid in "${started[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${started[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "${LOAD_DROP_DATABASE:-0}" = 1 ] && [ -n "${ADMIN_URL:-}" ]; then
        psql "$ADMIN_URL" -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" && say "database $DATABASE dropped"
    elif [ -n "${ADMIN_URL:-}" ]; then
        say "database $DATABASE kept for inspection (LOAD_DROP_DATABASE=1 drops it)"
    fi
    if ! $services_were_running; then
        scripts/services.sh down
    fi
}
trap stop_everything EXIT

scripts/services.sh up
set -a
. .services/env
set +a
# The same server, another database: .../wego -> .../wego_load, and .../postgres to create it.
ADMIN_URL=${DATABASE_URL%/*}/postgres
LOAD_DATABASE_URL=${DATABASE_URL%/*}/$DATABASE
psql "$ADMIN_URL" -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)"
psql "$ADMIN_URL" -qc "CREATE DATABASE $DATABASE"

rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"
BASE_URL=http://127.0.0.1:$LOAD_PORT
export DATABASE_URL=$LOAD_DATABASE_URL
export ELASTICSEARCH_INDEX_PREFIX=load_wego_
export STATIC_ROOT=$RUN_DIR/static MEDIA_ROOT=$RUN_DIR/media
export WAGTAILADMIN_BASE_URL=$BASE_URL
export PYTHONUNBUFFERED=1

# --- content and accounts (development settings: the account commands refuse production) ----

LOAD_MEMBER_PASSWORD=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(18))')
export LOAD_MEMBER_PASSWORD
say "preparing $DATABASE: initial content, $LOAD_SYNTHETIC_MEMBERS synthetic members, $LOAD_USERS member accounts"
DJANGO_SETTINGS_MODULE=wego_site.settings.dev "$PY" manage.py migrate --no-input -v0
DJANGO_SETTINGS_MODULE=wego_site.settings.dev "$PY" manage.py create_synthetic_members "$LOAD_SYNTHETIC_MEMBERS" >/dev/null
DJANGO_SETTINGS_MODULE=wego_site.settings.dev "$PY" manage.py load_initial_content >"$RUN_DIR/initial-content.log"
DJANGO_SETTINGS_MODULE=wego_site.settings.dev "$PY" manage.py create_demo_user
DJANGO_SETTINGS_MODULE=wego_site.settings.dev "$PY" manage.py create_load_test_accounts "$LOAD_USERS" --password "$LOAD_MEMBER_PASSWORD"

# --- the site under production settings --------------------------------------------------------

export DJANGO_SETTINGS_MODULE=wego_site.settings.production
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1
# Plain HTTP on the loopback: no redirect to HTTPS. The rest is as production has it.
export SECURE_SSL_REDIRECT=false
export NEXUS_REQUIRE_MFA_FOR_STAFF=true
export LOG_LEVEL=WARNING
"$PY" manage.py collectstatic --no-input -v0
# The limits the attacker expects to meet, as the site has them.
LOAD_LIMITS=$("$PY" -c 'from django.conf import settings as s
print(s.NEXUS_LOCKOUT_ATTEMPTS, s.NEXUS_LOCKOUT_SECONDS, s.NEXUS_CODE_ATTEMPTS_PER_HOUR)')
read -r LOAD_LOCKOUT_ATTEMPTS LOAD_LOCKOUT_SECONDS LOAD_CODE_ATTEMPTS_PER_HOUR <<<"$LOAD_LIMITS"
export LOAD_LOCKOUT_ATTEMPTS LOAD_LOCKOUT_SECONDS LOAD_CODE_ATTEMPTS_PER_HOUR

.venv/bin/gunicorn wego_site.wsgi --bind "127.0.0.1:$LOAD_PORT" --workers "$LOAD_WORKERS" \
    --error-logfile "$RUN_DIR/gunicorn.log" --capture-output &
started+=($!)
"$PY" manage.py db_worker --no-reload >"$RUN_DIR/db_worker.log" 2>&1 &
started+=($!)

for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE_URL/en/" && break
    sleep 0.5
done
curl -fs -o /dev/null "$BASE_URL/en/" || { tail -n 30 "$RUN_DIR/gunicorn.log" >&2; exit 1; }
say "gunicorn: $LOAD_WORKERS workers on $BASE_URL, production settings; one db_worker"

# --- the run -------------------------------------------------------------------------------------

say "locust: $LOAD_USERS users for $LOAD_DURATION (CSV files in var/load/)"
export LOAD_SPRAYERS=${LOAD_SPRAYERS:-8} LOAD_SPRAY_RATE LOAD_ACCOUNTS=$LOAD_USERS
# Locust counts the attacker and the sprayers among its users: they come on top of LOAD_USERS.
status=0
.venv/bin/locust -f scripts/load/locustfile.py --headless --host "$BASE_URL" \
    --users "$((LOAD_USERS + LOAD_SPRAYERS + 1))" --spawn-rate "$LOAD_SPAWN_RATE" --run-time "$LOAD_DURATION" \
    --csv "$RUN_DIR/results" --only-summary --exit-code-on-error 1 --stop-timeout 30 \
    --loglevel WARNING || status=$?
if [ -s "$RUN_DIR/gunicorn.log" ] && grep -q "ERROR\|Traceback" "$RUN_DIR/gunicorn.log"; then
    say "gunicorn logged errors: see var/load/gunicorn.log"
    status=1
fi
exit $status
