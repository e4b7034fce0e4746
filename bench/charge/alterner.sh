#!/usr/bin/env bash
# Two versions of the application compared under the same load, alternated to share the machine's
# drift: for each jar given (twice each, A B A B by default), the server started on the same
# database, a warm-up run of bench/charge/mesurer.sh, then the measured run. Prints each run's table.
# A version is a jar, or a jar and JVM options after "::" (the same jar with another collector).
#
#   bench/charge/alterner.sh /tmp/avant.jar /tmp/apres.jar
#   bench/charge/alterner.sh /tmp/apres.jar "/tmp/apres.jar::-XX:+UseParallelGC"
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
  for version in "$@"; do
    jar=${version%%::*}
    options=""
    [ "$jar" = "$version" ] || options=${version#*::}
    arreter
    # shellcheck disable=SC2086 # the options are words
    java -Xmx2g $options -jar "$jar" --spring.profiles.active=demo --server.port=8081 --dossier.embedded-postgres.data-directory="$donnees" \
      --dossier.embedded-postgres.port="$port_base" > /tmp/alterner-serveur.log 2>&1 &
    pid=$!
    until curl -sf -o /dev/null http://localhost:8081/connexion; do sleep 1; done
    mesurer > /dev/null
    echo "$(basename "$jar") ${options}, tour $tour"
    mesurer
  done
done
