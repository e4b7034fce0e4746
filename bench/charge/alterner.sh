#!/usr/bin/env bash
# Two versions of the application compared under the same load, alternated to share the machine's
# drift: for each jar given (twice each, A B A B by default), the server started on the same
# database, a warm-up run of bench/charge/mesurer.sh, then the measured run. Prints each run's table.
#
#   bench/charge/alterner.sh /tmp/avant.jar /tmp/apres.jar
#
# DONNEES (/tmp/b1m/pg) and PORT_BASE (54351): the generated database, as in docs/performance.md;
# PAGES (dossiers journee), DUREE (25), TOURS (2); 16 clerks clerc-001 … clerc-016, no pause.
set -euo pipefail
donnees=${DONNEES:-/tmp/b1m/pg}
port_base=${PORT_BASE:-54351}
ici=$(cd "$(dirname "$0")" && pwd)
pid=""

arreter() {
  [ -z "$pid" ] || { kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; }
  # The embedded PostgreSQL stops after the JVM: its port must be free before the next start.
  while (exec 3<> "/dev/tcp/localhost/$port_base") 2> /dev/null; do sleep 0.5; done
}
trap arreter EXIT

mesurer() {
  PAGES=${PAGES:-"dossiers journee"} PAUSES=0 DUREE=${DUREE:-25} "$ici/mesurer.sh" http://localhost:8081 \
    "postgresql://postgres@localhost:$port_base/dossier" $(printf "clerc-%03d " $(seq 1 16))
}

for tour in $(seq 1 "${TOURS:-2}"); do
  for jar in "$@"; do
    arreter
    java -Xmx2g -jar "$jar" --spring.profiles.active=demo --server.port=8081 --dossier.embedded-postgres.data-directory="$donnees" \
      --dossier.embedded-postgres.port="$port_base" > /tmp/alterner-serveur.log 2>&1 &
    pid=$!
    until curl -sf -o /dev/null http://localhost:8081/connexion; do sleep 1; done
    mesurer > /dev/null
    echo "$(basename "$jar"), tour $tour"
    mesurer
  done
done
