#!/usr/bin/env bash
# PostgreSQL and Elasticsearch for tests and local work, each a throwaway instance of the
# project's own on a free loopback port, with its state under .services/ (ignored by git).
#
#   scripts/services.sh up        install what is missing, start both, wait until they answer
#   scripts/services.sh down      stop both (data is kept for the next `up`)
#   scripts/services.sh status    say what runs where
#   scripts/services.sh destroy   stop both and delete their data
#
# `up` writes .services/env with DATABASE_URL and ELASTICSEARCH_URL for the Makefile to export.
#
# PostgreSQL comes from Debian's package. Elasticsearch 8 is the distribution Elastic publishes
# on Maven Central plus search/engine's analysis plugin, both fetched and built by mvn.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${SERVICES_STATE_DIR:-$ROOT/.services}
ENGINE=$ROOT/search/engine
ES_VERSION=8.14.1
ES_HEAP=${ES_HEAP:-512m}
PG_DB=wego
PG_USER=wego

say() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

# Neither server runs as root; when we are root, they run as `nobody`, which must be able to
# reach the state folder. A checkout under a private home folder cannot be reached, so the
# state then lives in /var/tmp, with .services pointing at it.
if [ "$(id -u)" = 0 ]; then
    RUN_AS=(runuser -u nobody --)
    SERVICE_OWNER=nobody
else
    RUN_AS=()
    SERVICE_OWNER=$(id -un)
fi

prepare_state_dir() {
    if [ -d "$STATE" ] || [ -L "$STATE" ]; then
        return
    fi
    mkdir -p "$STATE"
    if [ "$SERVICE_OWNER" = nobody ] && ! "${RUN_AS[@]}" test -x "$STATE"; then
        rmdir "$STATE"
        local outside
        outside=/var/tmp/wego-services-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)
        mkdir -p "$outside"
        ln -s "$outside" "$STATE"
        say "state kept in $outside (the checkout is not readable by nobody)"
    fi
}

# Servers get the real path, and start from inside it, so that nothing they touch lies
# under a folder their user cannot enter.
enter_state_dir() {
    STATE=$(readlink -f "$STATE")
    cd "$STATE"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# --- PostgreSQL ---------------------------------------------------------------------------

pg_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    return 1
}

pg_running() {
    local bin
    bin=$(pg_bindir) || return 1
    [ -f "$STATE/postgres/data/postmaster.pid" ] && "${RUN_AS[@]}" "$bin/pg_ctl" status -D "$STATE/postgres/data" >/dev/null 2>&1
}

pg_up() {
    "$ROOT/scripts/system-packages.sh" postgresql
    local bin data=$STATE/postgres/data port password
    bin=$(pg_bindir) || die "PostgreSQL: initdb not found after installing the package"
    mkdir -p "$STATE/postgres"
    if [ ! -f "$STATE/postgres/password" ]; then
        python3 -c 'import secrets; print(secrets.token_urlsafe(24))' > "$STATE/postgres/password"
    fi
    password=$(cat "$STATE/postgres/password")
    chown -R "$SERVICE_OWNER" "$STATE/postgres"
    chmod 700 "$STATE/postgres"

    if [ ! -f "$data/PG_VERSION" ]; then
        say "creating a PostgreSQL cluster in $data"
        "${RUN_AS[@]}" "$bin/initdb" -D "$data" -U "$PG_USER" --pwfile="$STATE/postgres/password" \
            --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null \
            || die "PostgreSQL: initdb failed"
    fi

    if pg_running; then
        port=$(cat "$STATE/postgres/port")
        say "PostgreSQL already running on 127.0.0.1:$port"
    else
        port=$(free_port)
        echo "$port" > "$STATE/postgres/port"
        "${RUN_AS[@]}" "$bin/pg_ctl" start -w -t 60 -D "$data" -l "$STATE/postgres/server.log" \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" >/dev/null \
            || { tail -n 20 "$STATE/postgres/server.log" >&2; die "PostgreSQL did not start (log above)"; }
        say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
    fi

    if ! PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
        PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -qc \
            "CREATE DATABASE $PG_DB" || die "PostgreSQL: could not create the $PG_DB database"
    fi
    PG_URL="postgres://$PG_USER:$password@127.0.0.1:$port/$PG_DB"
}

pg_down() {
    local bin
    bin=$(pg_bindir) || return 0
    if pg_running; then
        "${RUN_AS[@]}" "$bin/pg_ctl" stop -m fast -D "$STATE/postgres/data" >/dev/null
        say "PostgreSQL stopped"
    fi
}

# --- Elasticsearch ------------------------------------------------------------------------

java_home() {
    local java
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        echo "$JAVA_HOME"
        return
    fi
    java=$(command -v java) || return 1
    dirname "$(dirname "$(readlink -f "$java")")"
}

engine_fingerprint() {
    (cd "$ENGINE" && find pom.xml settings.xml plugin src -type f -print0 | sort -z | xargs -0 cat) \
        | cksum | cut -d' ' -f1
}

engine_is_current() {
    [ -x "$STATE/elasticsearch/home/bin/elasticsearch" ] \
        && [ "$(cat "$STATE/elasticsearch/fingerprint" 2>/dev/null)" = "$(engine_fingerprint)" ]
}

install_elasticsearch() {
    local home=$STATE/elasticsearch/home fingerprint
    fingerprint=$(engine_fingerprint)
    command -v mvn >/dev/null || die "Elasticsearch: Maven (mvn) is needed to fetch it from Maven Central"
    say "fetching Elasticsearch $ES_VERSION from Maven Central and building the analysis plugin (mvn)"
    mvn -q -B -s "$ENGINE/settings.xml" -f "$ENGINE/pom.xml" package >"$STATE/elasticsearch-build.log" 2>&1 \
        || { tail -n 30 "$STATE/elasticsearch-build.log" >&2; die "Elasticsearch: mvn package failed (log above)"; }
    rm -rf "$home"
    mkdir -p "$STATE/elasticsearch"
    cp -R "$ENGINE/target/elasticsearch-$ES_VERSION" "$home"
    mkdir -p "$home/plugins/nexus-analysis"
    cp "$ENGINE/target/nexus-analysis.jar" "$ENGINE/plugin/stable-plugin-descriptor.properties" \
        "$ENGINE/plugin/named_components.json" "$home/plugins/nexus-analysis/"
    echo "$fingerprint" > "$STATE/elasticsearch/fingerprint"
}

es_url() {
    echo "http://127.0.0.1:$(cat "$STATE/elasticsearch/port")"
}

es_running() {
    [ -f "$STATE/elasticsearch/port" ] && [ -f "$STATE/elasticsearch/es.pid" ] \
        && kill -0 "$(cat "$STATE/elasticsearch/es.pid")" 2>/dev/null \
        && curl -fs "$(es_url)/_cluster/health" >/dev/null
}

es_up() {
    local home=$STATE/elasticsearch/home port transport_port jdk
    mkdir -p "$STATE/elasticsearch"
    if engine_is_current && es_running; then
        say "Elasticsearch already running on $(es_url)"
        ES_URL=$(es_url)
        return
    fi
    if ! engine_is_current; then
        es_down  # a node of an older build must not keep serving
        install_elasticsearch
    fi
    jdk=$(java_home) || die "Elasticsearch: no Java runtime found (JAVA_HOME or java on PATH)"
    port=$(free_port)
    transport_port=$(free_port)
    while [ "$transport_port" = "$port" ]; do transport_port=$(free_port); done
    echo "$port" > "$STATE/elasticsearch/port"
    mkdir -p "$STATE/elasticsearch/data" "$STATE/elasticsearch/logs" "$STATE/elasticsearch/tmp"
    cat > "$home/config/elasticsearch.yml" <<EOF
cluster.name: wego-local
node.name: wego-local-1
network.host: 127.0.0.1
http.port: $port
transport.port: $transport_port
discovery.type: single-node
path.data: $STATE/elasticsearch/data
path.logs: $STATE/elasticsearch/logs
# A single loopback node for tests and local work: no TLS, no users, no disk watermarks.
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
    chown -R "$SERVICE_OWNER" "$STATE/elasticsearch"
    rm -f "$STATE/elasticsearch/es.pid"
    "${RUN_AS[@]}" env ES_JAVA_HOME="$jdk" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP" \
        ES_TMPDIR="$STATE/elasticsearch/tmp" \
        "$home/bin/elasticsearch" -d -p "$STATE/elasticsearch/es.pid" \
        >"$STATE/elasticsearch/startup.log" 2>&1 \
        || { tail -n 30 "$STATE/elasticsearch/startup.log" >&2; die "Elasticsearch did not start (log above)"; }
    local waited=0
    until curl -fs "$(es_url)/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; do
        waited=$((waited + 1))
        if [ "$waited" -ge 120 ]; then
            tail -n 30 "$STATE/elasticsearch/logs/wego-local.log" >&2 || true
            die "Elasticsearch did not become healthy within 120 s (log above)"
        fi
        sleep 1
    done
    ES_URL=$(es_url)
    say "Elasticsearch $ES_VERSION healthy on $ES_URL"
}

es_down() {
    local pid
    [ -f "$STATE/elasticsearch/es.pid" ] || return 0
    pid=$(cat "$STATE/elasticsearch/es.pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
        say "Elasticsearch stopped"
    fi
    rm -f "$STATE/elasticsearch/es.pid"
}

# --- commands -----------------------------------------------------------------------------

write_env() {
    cat > "$STATE/env" <<EOF
DATABASE_URL=$PG_URL
ELASTICSEARCH_URL=$ES_URL
EOF
    chmod 600 "$STATE/env"
}

status() {
    if pg_running; then
        say "PostgreSQL: running on 127.0.0.1:$(cat "$STATE/postgres/port")"
    else
        say "PostgreSQL: stopped"
    fi
    if es_running; then
        say "Elasticsearch: running on $(es_url)"
    else
        say "Elasticsearch: stopped"
    fi
}

case "${1:-}" in
    up)
        prepare_state_dir
        enter_state_dir
        pg_up
        es_up
        write_env
        say "environment written to .services/env"
        ;;
    down)
        [ -e "$STATE" ] || exit 0
        enter_state_dir
        es_down
        pg_down
        ;;
    status)
        [ -e "$STATE" ] || { say "nothing has been started yet"; exit 0; }
        enter_state_dir
        status
        ;;
    destroy)
        [ -e "$STATE" ] || exit 0
        link=$STATE
        enter_state_dir
        es_down
        pg_down
        cd "$ROOT"
        rm -rf "$STATE" "$link"
        say "state deleted"
        ;;
    *)
        echo "usage: $0 up|down|status|destroy" >&2
        exit 2
        ;;
esac
