package fr.etude.dossier.core.decompte;

import static fr.etude.dossier.core.argent.FormatFrancais.euros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;

/**
 * What happened in a décompte, kept as data and written out in French only when read: the
 * computation stays fast, and a view may present the same facts differently.
 */
public sealed interface Fait {

    List<String> lignes();

    record Arrete(LocalDate date) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("Décompte arrêté au " + FormatFrancais.date(date) + ".");
        }
    }

    record Regime(String creance, RegimeInterets regime, boolean capitalisation) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("« " + creance + " » : " + regime.description()
                    + (capitalisation ? ", intérêts capitalisés chaque année (art. 1343-2 C. civ.)" : "") + ".");
        }
    }

    record AccessoireExigible(String creance, Accessoire accessoire) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("« " + creance + " » : " + accessoire.libelle() + " de " + euros(accessoire.montant())
                    + ", exigible le " + FormatFrancais.date(accessoire.exigibleLe()) + ".");
        }
    }

    record FraisExigibles(FraisADecompter frais) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("Frais d'exécution du " + FormatFrancais.date(frais.date()) + " : " + frais.libelle() + ", "
                    + euros(frais.montant()) + ".");
        }
    }

    record PaiementNonRetenu(PaiementADecompter paiement, boolean contrepasse) implements Fait {
        @Override
        public List<String> lignes() {
            String debut = "Paiement de " + euros(paiement.montant()) + " du " + FormatFrancais.date(paiement.date()) + " : ";
            return List.of(contrepasse
                    ? debut + "contre-passé le " + FormatFrancais.date(paiement.contrepasseLe().orElseThrow()) + " (impayé), non retenu."
                    : debut + "postérieur à la date d'arrêté, non retenu.");
        }
    }

    /** How a payment, or later the excess it left, was imputed. */
    record Repartition(PaiementADecompter paiement, LocalDate jour, boolean excedentReimpute, List<Imputation> parts,
                       Montant reste) implements Fait {
        @Override
        public List<String> lignes() {
            List<String> textes = new ArrayList<>();
            for (Imputation part : parts) {
                textes.add(euros(part.montant()) + (part.composante() == Composante.FRAIS ? " sur les frais d'exécution"
                        : " sur " + part.composante().libelle() + " de « " + part.libelle() + " »"));
            }
            if (!excedentReimpute && reste.estPositif()) {
                textes.add(euros(reste) + " en excédent");
            }
            String debut = excedentReimpute
                    ? "Excédent du paiement du " + FormatFrancais.date(paiement.date()) + " imputé le " + FormatFrancais.date(jour) + " : "
                    : "Paiement de " + euros(paiement.montant()) + " du " + FormatFrancais.date(paiement.date()) + " : ";
            return List.of(debut + String.join(" ; ", textes) + ".");
        }
    }

    record Capitalisation(String creance, Montant montant, LocalDate date) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("« " + creance + " » : " + euros(montant) + " d'intérêts capitalisés le " + FormatFrancais.date(date)
                    + " (art. 1343-2 C. civ.).");
        }
    }

    record Excedent(Montant montant) implements Fait {
        @Override
        public List<String> lignes() {
            return List.of("Excédent à restituer au débiteur : " + euros(montant) + ".");
        }
    }

    record ConventionsAppliquees(Conventions conventions) implements Fait {
        @Override
        public List<String> lignes() {
            return conventions.description();
        }
    }
}
