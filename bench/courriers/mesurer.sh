#!/usr/bin/env bash
# A batch of NOMBRE letters (publipostage) timed end to end, as docs/performance.md records it, for
# each application jar given: the same generated database copied afresh for each jar, the
# application started with the demo profile, the clerk "clerc" launching a batch of relances through
# the real form, and the clock stopped at the last letter. Two jars compare two versions in one run.
#
#   ./mvnw -q -DskipTests package -pl dossier-web -am
#   bench/courriers/mesurer.sh dossier-web/target/dossier-web-0.1.0-SNAPSHOT.jar [other.jar …]
#
# NOMBRE (1000) letters for "clerc", after ECHAUFFEMENT (300) letters for "clerc2" that warm the JVM
# up, among DOSSIERS (2400) generated dossiers; OPTIONS are added to the
# application's command line (OPTIONS=--dossier.publipostage.ouvriers=1), JAVA_OPTIONS to the JVM's
# (JAVA_OPTIONS=-XX:StartFlightRecording=filename=/tmp/courriers.jfr,settings=profile); TRAVAIL (/tmp/bench-courriers)
# keeps the generated database between runs. Needs curl, psql and bc. Prints a Markdown table.
set -euo pipefail
nombre=${NOMBRE:-1000}
echauffement=${ECHAUFFEMENT:-300}
dossiers=${DOSSIERS:-2400}
travail=${TRAVAIL:-/tmp/bench-courriers}
port_base=54361
port_web=8091
base_de_donnees="postgresql://postgres@localhost:$port_base/dossier"

# Run in a subshell (or in the background), which the JVM replaces: its pid is the JVM's.
application() {
  local jar=$1 donnees=$2; shift 2
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTIONS:-} -jar "$jar" --spring.profiles.active=demo --dossier.embedded-postgres.data-directory="$donnees" \
    --dossier.embedded-postgres.port=$port_base "$@"
}

# One batch of relances by a clerk for N of his dossiers due today (his others are put off), timed
# from the form's submission to its last line. Prints: letters made, letters failed, seconds.
publipostage() {
  local clerc=$1 n=$2 bocal debut fin suivi
  psql -qtA "$base_de_donnees" > /dev/null <<SQL
with siens as (select d.id, row_number() over (order by d.reference) as rang
                 from dossier d join utilisateur u on u.id = d.gestionnaire_id
                where u.identifiant = '$clerc' and d.statut = 'OUVERT')
update dossier d set prochaine_action = 'COURRIER',
       prochaine_action_le = case when siens.rang <= $n then current_date else current_date + 30 end
  from siens where d.id = siens.id;
SQL
  bocal=$(mktemp)
  jeton() { curl -s -b "$bocal" -c "$bocal" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
  curl -s -b "$bocal" -c "$bocal" -o /dev/null \
    -d "identifiant=$clerc&motDePasse=demo&_csrf=$(jeton "http://localhost:$port_web/connexion")" "http://localhost:$port_web/connexion"
  debut=$(date +%s.%N)
  suivi=$(curl -s -b "$bocal" -c "$bocal" -o /dev/null -w '%{redirect_url}' \
    -d "modele=RELANCE_1&action=COURRIER&au=$(date +%d/%m/%Y)&_csrf=$(jeton "http://localhost:$port_web/publipostages")" \
    "http://localhost:$port_web/publipostages")
  rm -f "$bocal"
  [ -n "$suivi" ] || { echo "le publipostage n'a pas été lancé (voir $travail/application.log)" >&2; return 1; }
  # The batch's lines are counted in the database, the page's figures being written for people.
  lignes() { psql -qtA -F ' ' "$base_de_donnees" -c "select count(*) filter (where statut = 'PRODUIT'),
      count(*) filter (where statut = 'ECHEC'), count(*) filter (where statut = 'A_FAIRE')
      from publipostage_ligne where publipostage_id = '${suivi##*/}'"; }
  until [ "$(lignes | awk '{ print $3 }')" = 0 ]; do sleep 0.2; done
  fin=$(date +%s.%N)
  echo "$(lignes | awk '{ print $1, $2 }') $(echo "$fin - $debut" | bc)"
}

if [ ! -d "$travail/base" ]; then
  mkdir -p "$travail"
  (application "$1" "$travail/base" --spring.main.web-application-type=none \
    --dossier.generateur.dossiers="$dossiers" > "$travail/generation.log" 2>&1)
fi

echo "| jar | options | courriers produits | en échec | durée (s) | courriers par seconde |"
echo "|---|---|---|---|---|---|"
for jar in "$@"; do
  while (exec 3<> "/dev/tcp/localhost/$port_base") 2> /dev/null; do sleep 0.5; done
  rm -rf "$travail/essai" && cp -a "$travail/base" "$travail/essai"
  # shellcheck disable=SC2086
  application "$jar" "$travail/essai" --server.port=$port_web ${OPTIONS:-} > "$travail/application.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2> /dev/null || true' EXIT
  until curl -sf -o /dev/null "http://localhost:$port_web/connexion"; do sleep 1; done

  # The office's identity and, where missing, legal-rate half-years marked as measuring values, so
  # that every décompte computes.
  psql -qtA "$base_de_donnees" > /dev/null <<SQL
insert into etude (id, nom, adresse, code_postal, ville, siret, telephone, email, iban, bic, commissaire)
values (1, 'Étude de mesure', '1 rue de la Mesure', '69002', 'Lyon', '73282932000074', '+33478000000',
        'mesure@etude.fr', 'FR7630006000011234567890189', 'AGRIFRPP', 'Me Mesure')
on conflict (id) do nothing;
insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source, confirme)
select s, (s + interval '6 months' - interval '1 day')::date, 6.5, 3.0, 'valeur de mesure, pas un taux publié', false
  from generate_series(date '2026-07-01', current_date, interval '6 months') as s
on conflict (debut) do nothing;
SQL
  # A first batch warms the JVM up, as on a server that has been running; the second one is timed.
  publipostage clerc2 "$echauffement" > /dev/null
  read -r produits echecs duree <<< "$(publipostage clerc "$nombre")"
  echo "| $(basename "$jar") | ${OPTIONS:-} | $produits | $echecs | $(printf '%.1f' "$duree") | $(echo "scale=1; $produits / $duree" | bc) |"
  kill $pid && wait $pid || true
  # The embedded PostgreSQL stops after the JVM: its port must be free before the next copy.
  while (exec 3<> "/dev/tcp/localhost/$port_base") 2> /dev/null; do sleep 0.5; done
done
