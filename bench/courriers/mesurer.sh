#!/usr/bin/env bash
# A batch of letters (publipostage) timed end to end on a running application, as docs/performance.md
# records it: NOMBRE dossiers of one clerk get "Courrier" as their next action, the clerk launches a
# batch of relances through the real form, and the script waits for the last letter.
#
#   bench/courriers/mesurer.sh http://localhost:8080 "postgresql://postgres@localhost:54329/dossier" clerc
#
# The application runs with the demo profile (its data, its passwords); the database gets the office's
# identity and, when missing, a legal-rate half-year marked "valeur de mesure" so that every décompte
# computes. Needs curl and psql. Prints the letters per second.
set -euo pipefail
base=$1; base_de_donnees=$2; clerc=$3
nombre=${NOMBRE:-1000}
bocal=$(mktemp)

psql -qtA "$base_de_donnees" <<SQL
insert into etude (id, nom, adresse, code_postal, ville, siret, telephone, email, iban, bic, commissaire)
values (1, 'Étude de mesure', '1 rue de la Mesure', '69002', 'Lyon', '73282932000074', '+33478000000',
        'mesure@etude.fr', 'FR7630006000011234567890189', 'AGRIFRPP', 'Me Mesure')
on conflict (id) do nothing;
insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source, confirme)
select s, (s + interval '6 months' - interval '1 day')::date, 6.5, 3.0, 'valeur de mesure, pas un taux publié', false
  from generate_series(date '2026-07-01', current_date, interval '6 months') as s
on conflict (debut) do nothing;
update dossier set prochaine_action = 'COURRIER', prochaine_action_le = current_date
 where id in (select d.id from dossier d join utilisateur u on u.id = d.gestionnaire_id
               where u.identifiant = '$clerc' and d.statut = 'OUVERT' order by d.reference limit $nombre);
SQL

jeton() { curl -s -b "$bocal" -c "$bocal" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
curl -s -b "$bocal" -c "$bocal" -o /dev/null -d "identifiant=$clerc&motDePasse=demo&_csrf=$(jeton "$base/connexion")" "$base/connexion"

debut=$(date +%s.%N)
suivi=$(curl -s -b "$bocal" -c "$bocal" -o /dev/null -w '%{redirect_url}' \
  -d "modele=RELANCE_1&action=COURRIER&au=$(date +%d/%m/%Y)&_csrf=$(jeton "$base/publipostages")" "$base/publipostages")
[ -n "$suivi" ] || { echo "le publipostage n'a pas été lancé" >&2; exit 1; }
until curl -s -b "$bocal" "$suivi/avancement" | grep -q ', 0 à faire\.'; do sleep 0.5; done
fin=$(date +%s.%N)

etat=$(curl -s -b "$bocal" "$suivi/avancement" | grep -o '[0-9]* courrier(s) produit(s) sur [0-9]*, [0-9]* en échec')
produits=$(echo "$etat" | grep -o '^[0-9]*')
echo "$etat"
echo "durée : $(echo "$fin - $debut" | bc) s ; courriers par seconde : $(echo "scale=1; $produits / ($fin - $debut)" | bc)"
rm -f "$bocal"
