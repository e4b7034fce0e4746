package fr.etude.dossier.persistence.erreur;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The French words for the database's rules, by constraint name (the migrations name them all): the
 * domain refuses bad input first, and this is what a user reads if a value still reaches a rule.
 */
public final class MessagesDeContraintes {

    private static final Pattern NOM = Pattern.compile("constraint \"(\\w+)\"");
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("uk_dossier_reference", "Cette référence de dossier existe déjà."),
            Map.entry("uk_utilisateur_identifiant", "Cet identifiant de connexion est déjà pris."),
            Map.entry("uk_creancier_siren", "Un créancier porte déjà ce SIREN."),
            Map.entry("ck_creancier_siren", "Le SIREN du créancier doit comporter 9 chiffres."),
            Map.entry("ck_debiteur_siren", "Le SIREN du débiteur doit comporter 9 chiffres."),
            Map.entry("ck_creance_principal", "Le principal de la créance doit être un montant positif."),
            Map.entry("ck_creance_mise_en_demeure", "La mise en demeure ne peut précéder l'exigibilité de la créance."),
            Map.entry("ck_creance_taux", "Le taux contractuel doit être compris entre 0 et 100 %."),
            Map.entry("ck_paiement_montant", "Le montant du paiement doit être positif."),
            Map.entry("ck_paiement_contrepassation", "Une contre-passation doit être datée après le paiement et motivée."),
            Map.entry("ck_promesse_montant", "Le montant promis doit être positif."),
            Map.entry("ck_promesse_dates", "La date promise ne peut précéder le jour de la promesse."),
            Map.entry("ck_echeance_montant", "Une échéance doit être positive et ne peut être payée au-delà de son montant."),
            Map.entry("ck_utilisateur_creancier", "Un utilisateur créancier doit être rattaché à un créancier, et lui seul."),
            Map.entry("fk_paiement_dossier", "Ce dossier n'existe pas."),
            Map.entry("fk_dossier_creancier", "Ce créancier n'existe pas."),
            Map.entry("fk_dossier_gestionnaire", "Ce chargé de recouvrement n'existe pas."));

    private MessagesDeContraintes() {
    }

    /** The French message for the rule the exception names, or a general one that still names it. */
    public static String pour(DataIntegrityViolationException violation) {
        return nomDeLaContrainte(violation)
                .map(nom -> MESSAGES.getOrDefault(nom, "L'opération enfreint la règle « " + nom + " » : rien n'a été enregistré."))
                .orElse("L'opération enfreint une règle de la base de données : rien n'a été enregistré.");
    }

    static Optional<String> nomDeLaContrainte(DataIntegrityViolationException violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            Matcher nom = NOM.matcher(String.valueOf(cause.getMessage()));
            if (nom.find()) {
                return Optional.of(nom.group(1));
            }
        }
        return Optional.empty();
    }
}
