package fr.etude.dossier.core.courrier;

import java.util.Objects;
import java.util.Optional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.identite.Iban;

/**
 * The transfer a debtor is asked to make, as a SEPA credit-transfer QR code carries it (European
 * Payments Council, guideline EPC069-12, version 002: the format that French banking apps read when
 * they scan a payment).
 *
 * @param beneficiaire the account holder's name (the office), at most 70 characters
 * @param libelle      the remittance text the office reconciles payments with: the dossier's reference
 */
public record VirementDemande(String beneficiaire, Iban iban, Optional<String> bic, Montant montant, String libelle) {

    private static final int BENEFICIAIRE_MAX = 70;
    private static final int LIBELLE_MAX = 140;
    /** EPC069-12: from 0,01 € to 999 999 999,99 €. */
    private static final Montant MINIMUM = Montant.of("0.01");
    private static final Montant MAXIMUM = Montant.of("999999999.99");

    public VirementDemande {
        Objects.requireNonNull(iban);
        Objects.requireNonNull(bic);
        Objects.requireNonNull(montant);
        beneficiaire = coupe(Objects.requireNonNull(beneficiaire), BENEFICIAIRE_MAX);
        libelle = coupe(Objects.requireNonNull(libelle), LIBELLE_MAX);
        if (montant.compareTo(MINIMUM) < 0 || montant.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("Un virement se demande entre 0,01 € et 999 999 999,99 €.");
        }
    }

    /**
     * The QR code's text, one field per line: service tag, version, character set (1: UTF-8),
     * identification, BIC (optional in version 002), name, IBAN, amount, purpose, structured
     * reference, then the unstructured remittance text.
     */
    public String charge() {
        return String.join("\n", "BCD", "002", "1", "SCT", bic.orElse(""), beneficiaire, iban.valeur(),
                "EUR" + montant.valeur().toPlainString(), "", "", libelle);
    }

    private static String coupe(String texte, int longueur) {
        String propre = texte.replaceAll("[\\r\\n]+", " ").strip();
        return propre.length() <= longueur ? propre : propre.substring(0, longueur);
    }
}
