package fr.etude.dossier.core.debiteur;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.identite.Siren;

/** The person who owes: a natural person or a company. */
public sealed interface Debiteur {

    DebiteurId id();

    Coordonnees coordonnees();

    /** As lists and letters show it: "M. Jean Dupont", "Boulangerie Martin SARL". */
    String nomAffiche();

    enum Civilite {
        M("M."), MME("Mme");

        private final String abreviation;

        Civilite(String abreviation) {
            this.abreviation = abreviation;
        }

        public String abreviation() {
            return abreviation;
        }
    }

    record PersonnePhysique(DebiteurId id, Civilite civilite, String nom, String prenom, Optional<LocalDate> naissance,
                            Optional<String> employeur, Coordonnees coordonnees) implements Debiteur {

        public PersonnePhysique {
            Objects.requireNonNull(id);
            Objects.requireNonNull(coordonnees);
            if (nom == null || nom.isBlank()) {
                throw new IllegalArgumentException("Le nom du débiteur est obligatoire.");
            }
            nom = nom.strip();
            prenom = prenom == null ? "" : prenom.strip();
        }

        @Override
        public String nomAffiche() {
            return ((civilite == null ? "" : civilite.abreviation() + " ") + prenom + " " + nom).strip().replaceAll(" +", " ");
        }
    }

    record PersonneMorale(DebiteurId id, String raisonSociale, Siren siren, String formeJuridique,
                          Coordonnees coordonnees) implements Debiteur {

        public PersonneMorale {
            Objects.requireNonNull(id);
            Objects.requireNonNull(coordonnees);
            Objects.requireNonNull(siren, "Le SIREN d'une personne morale est obligatoire.");
            if (raisonSociale == null || raisonSociale.isBlank()) {
                throw new IllegalArgumentException("La raison sociale est obligatoire.");
            }
            raisonSociale = raisonSociale.strip();
            formeJuridique = formeJuridique == null ? "" : formeJuridique.strip();
        }

        @Override
        public String nomAffiche() {
            return formeJuridique.isEmpty() || raisonSociale.endsWith(formeJuridique)
                    ? raisonSociale : raisonSociale + " " + formeJuridique;
        }
    }
}
