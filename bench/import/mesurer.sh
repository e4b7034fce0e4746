#!/usr/bin/env bash
# A CSV file of LIGNES dossiers (100,000) imported by a creditor, timed end to end, as
# docs/performance.md records it, for each application jar given: the same generated database copied
# afresh for each jar, the application started with the demo profile, the demo creditor "creancier"
# uploading the file through the real form, and the clock stopped when the import's row says it is
# finished (every dossier opened, in one transaction). Two jars compare two versions in one run.
#
#   ./mvnw -q -DskipTests package -pl dossier-web -am
#   bench/import/mesurer.sh dossier-web/target/dossier-web-0.1.0-SNAPSHOT.jar [other.jar …]
#
# LIGNES (100000) lines, after ECHAUFFEMENT (5000) lines of another file that warm the JVM up;
# OPTIONS are added to the application's command line (OPTIONS=--dossier.import.lot=500), and a jar
# may carry its own after '::' (app.jar::--dossier.import.lot=500), to compare settings in one run;
# JAVA_OPTIONS go to the JVM's; TRAVAIL (/tmp/bench-import) keeps the generated database and files between runs.
# Needs curl, psql, awk and bc. Prints a Markdown table.
set -euo pipefail
lignes=${LIGNES:-100000}
echauffement=${ECHAUFFEMENT:-5000}
travail=${TRAVAIL:-/tmp/bench-import}
port_base=54362
port_web=8092
base_de_donnees="postgresql://postgres@localhost:$port_base/dossier"

application() {
  local jar=$1 donnees=$2; shift 2
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTIONS:-} -jar "$jar" --spring.profiles.active=demo --dossier.embedded-postgres.data-directory="$donnees" \
    --dossier.embedded-postgres.port=$port_base "$@"
}

# A file as a creditor's spreadsheet saves it: ';', CRLF, French amounts and dates, one dossier in
# five a company, the others people; references start with $2 so that each file is new.
fichier() {
  local n=$1 prefixe=$2
  awk -v n="$n" -v p="$prefixe" 'BEGIN {
    srand(42); split("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia", noms, " ");
    split("Sophie Jean Hélène Paul Camille Lucas Léa Hugo Chloé Louis", prenoms, " ");
    split("Lyon;69003 Bordeaux;33000 Nantes;44000 Lille;59000 Strasbourg;67000 Toulouse;31000", villes, " ");
    printf "reference;civilite;nom;prenom;raison_sociale;siren;adresse;code_postal;ville;telephone;email;nature;principal;exigibilite;mise_en_demeure\r\n";
    for (i = 1; i <= n; i++) {
      split(villes[1 + int(rand() * 6)], v, ";");
      montant = sprintf("%d,%02d", 40 + int(rand() * 5000), int(rand() * 100));
      jour = sprintf("%02d/%02d/2026", 1 + int(rand() * 28), 1 + int(rand() * 10));
      if (i % 5 == 0) {
        printf "%s%07d;;;;Société %s;732829320;%d rue du Commerce;%s;%s;04 78 00 00 00;;commerciale;%s;%s;\r\n", p, i, noms[1 + int(rand() * 15)], 1 + int(rand() * 99), v[2], v[1], montant, jour;
      } else {
        printf "%s%07d;%s;%s;%s;;;%d rue des Lilas;%s;%s;06 12 34 56 78;client%d@exemple.fr;consommation;%s;%s;\r\n", p, i, (i % 2 ? "M" : "Mme"), noms[1 + int(rand() * 15)], prenoms[1 + int(rand() * 10)], 1 + int(rand() * 99), v[2], v[1], i, montant, jour;
      }
    }
  }'
}

# Uploads a file as the demo creditor and waits for its import to finish. Prints: state, dossiers
# opened, refused lines, seconds from the upload to the end.
importer() {
  local chemin=$1 bocal debut fin suivi etat
  bocal=$(mktemp)
  jeton() { curl -s -b "$bocal" -c "$bocal" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
  curl -s -b "$bocal" -c "$bocal" -o /dev/null \
    -d "identifiant=creancier&motDePasse=demo&_csrf=$(jeton "http://localhost:$port_web/connexion")" "http://localhost:$port_web/connexion"
  local csrf
  csrf=$(jeton "http://localhost:$port_web/portefeuille/imports")
  debut=$(date +%s.%N)
  suivi=$(curl -s -b "$bocal" -c "$bocal" -o /dev/null -w '%{redirect_url}' -F "fichier=@$chemin;type=text/csv" \
    -F "mode=LIGNES_VALIDES" -F "_csrf=$csrf" "http://localhost:$port_web/portefeuille/imports")
  rm -f "$bocal"
  [ -n "$suivi" ] || { echo "l'import n'a pas été déposé (voir $travail/application.log)" >&2; return 1; }
  etat() { psql -qtA -F ' ' "$base_de_donnees" -c "select etat, crees, refusees from import_de_dossiers where id = '${suivi##*/}'"; }
  until etat | grep -qE '^(TERMINE|REFUSE|ECHOUE) '; do sleep 0.2; done
  fin=$(date +%s.%N)
  echo "$(etat) $(echo "$fin - $debut" | bc)"
}

mkdir -p "$travail"
if [ ! -d "$travail/base" ]; then
  (application "$1" "$travail/base" --spring.main.web-application-type=none > "$travail/generation.log" 2>&1)
fi

echo "| jar | options | lignes | dossiers créés | lignes refusées | durée (s) | lignes par seconde |"
echo "|---|---|---|---|---|---|---|"
essai=0
for argument in "$@"; do
  essai=$((essai + 1))
  jar=${argument%%::*}
  options_du_jar=""
  [ "$jar" = "$argument" ] || options_du_jar=${argument#*::}
  fichier "$echauffement" "E$essai-" > "$travail/echauffement.csv"
  fichier "$lignes" "M$essai-" > "$travail/mesure.csv"
  while (exec 3<> "/dev/tcp/localhost/$port_base") 2> /dev/null; do sleep 0.5; done
  rm -rf "$travail/essai" && cp -a "$travail/base" "$travail/essai"
  # shellcheck disable=SC2086
  application "$jar" "$travail/essai" --server.port=$port_web ${OPTIONS:-} $options_du_jar > "$travail/application.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2> /dev/null || true' EXIT
  until curl -sf -o /dev/null "http://localhost:$port_web/connexion"; do sleep 1; done
  importer "$travail/echauffement.csv" > /dev/null
  read -r etat crees refusees duree <<< "$(importer "$travail/mesure.csv")"
  echo "| $(basename "$jar") | ${OPTIONS:-} $options_du_jar | $lignes | $crees | $refusees | $(printf '%.1f' "$duree") | $(echo "scale=0; $lignes / $duree" | bc) |"
  grep -o "[0-9]* lignes vérifiées en [0-9]* ms, [0-9]* dossiers enregistrés en [0-9]* ms" "$travail/application.log" | tail -1 >&2
  kill $pid && wait $pid || true
  while (exec 3<> "/dev/tcp/localhost/$port_base") 2> /dev/null; do sleep 0.5; done
done
