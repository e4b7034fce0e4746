#!/usr/bin/env bash
# Load on the clerk's pages, as docs/performance.md describes: the clerks given (16 in the figures), signed in, at once on Ma
# journée, Ma journée filtered, the search and the dossier page, each for DUREE seconds with wrk:
# first with no pause between pages (saturation), then with a pause of about 1 s between a
# user's pages, as a clerk reading each page. PAGES and PAUSES narrow a run (PAGES=journee PAUSES=0).
#
#   bench/charge/mesurer.sh http://localhost:8080 "postgresql://postgres@localhost:54351/dossier" clerc-001 … clerc-016
#
# Needs wrk and psql (Debian: apt-get install wrk postgresql-client). Prints a Markdown table.
set -euo pipefail
base=$1; base_de_donnees=$2; shift 2
identifiants=("$@")
usagers=${#identifiants[@]}
duree=${DUREE:-30}
dossier_de_travail=$(mktemp -d)
ici=$(cd "$(dirname "$0")" && pwd)

command -v wrk >/dev/null || { echo "wrk manque : apt-get install wrk" >&2; exit 1; }

# One session per clerk, through the real sign-in form (with its CSRF token).
for identifiant in "${identifiants[@]}"; do
  bocal="$dossier_de_travail/$identifiant.cookies"
  jeton=$(curl -s -c "$bocal" "$base/connexion" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$bocal" -c "$bocal" -o /dev/null -d "identifiant=$identifiant&motDePasse=demo&_csrf=$jeton" "$base/connexion"
  awk '$6 == "SESSION" { print $7 }' "$bocal"
done > "$dossier_de_travail/sessions"

# The pages: the clerks' own dossiers, and names that exist in the database.
clercs=$(printf "'%s'," "${identifiants[@]}"); clercs=${clercs%,}
psql -qtA "$base_de_donnees" -c "select '/dossiers/' || d.id from dossier d join utilisateur u on u.id = d.gestionnaire_id
    where u.identifiant in ($clercs) and d.statut = 'OUVERT' order by md5(d.id::text) limit 2000" > "$dossier_de_travail/dossiers"
psql -qtA "$base_de_donnees" -c "select '/recherche?q=' || replace(lower(nom), ' ', '+') from debiteur
    where nom ~ '^[A-Za-z]+$' order by md5(id::text) limit 500" > "$dossier_de_travail/recherches"
echo "/journee" > "$dossier_de_travail/journee"
printf '%s\n' "/journee?etape=PERSONNALISE" "/journee?indicateur=PROMESSE_ECHUE" "/journee?min=1000&max=5000" \
  "/journee?etape=AMIABLE&indicateur=ECHEANCIER_EN_COURS" > "$dossier_de_travail/filtres"

echo "| page | pause | requêtes/s | p50 (ms) | p90 (ms) | p99 (ms) | erreurs |"
echo "|---|---|---|---|---|---|---|"
for pause in ${PAUSES:-0 1000}; do
for scenario in ${PAGES:-journee filtres recherches dossiers}; do
  # A few seconds of warm-up, not counted.
  SESSIONS="$dossier_de_travail/sessions" CHEMINS="$dossier_de_travail/$scenario" \
    wrk -t1 -c"$usagers" -d5s -s "$ici/sessions.lua" "$base" > /dev/null 2>&1 || true
  sortie=$(PAUSE=$pause SESSIONS="$dossier_de_travail/sessions" CHEMINS="$dossier_de_travail/$scenario" \
    wrk -t"$usagers" -c"$usagers" -d"${duree}s" --latency -s "$ici/sessions.lua" "$base")
  debit=$(echo "$sortie" | awk '/Requests\/sec/ { print $2 }')
  erreurs=$(echo "$sortie" | awk '/Non-2xx|Socket errors/ { printf "%s ", $0 }')
  ms() { echo "$sortie" | awk -v q="$1" '$1 == q { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 }
      else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 }; printf "%.1f", v }'; }
  echo "| $scenario | $pause ms | $debit | $(ms 50%) | $(ms 90%) | $(ms 99%) | ${erreurs:-0} |"
done
done
rm -rf "$dossier_de_travail"
