package fr.etude.dossier.persistence.dossier;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.EvenementDuDossier;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.persistence.audit.JournalAudit;

/**
 * The payment rows of a dossier, written with it from the changes it registered: a payment is part
 * of the dossier's write, never stored on its own.
 */
@Component
class EcritureDesPaiements {

    private final JdbcTemplate jdbc;
    private final JournalAudit journal;

    EcritureDesPaiements(JdbcTemplate jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    void ecrire(ReferenceDossier reference, EvenementDuDossier evenement) {
        if (evenement instanceof EvenementDuDossier.PaiementEncaisse encaisse) {
            inserer(encaisse.dossier(), encaisse);
        } else if (evenement instanceof EvenementDuDossier.PaiementContrepasse contrepasse) {
            contrepasser(reference, contrepasse);
        }
    }

    private void inserer(DossierId dossier, EvenementDuDossier.PaiementEncaisse encaisse) {
        Paiement paiement = encaisse.paiement();
        jdbc.update("""
                insert into paiement (id, dossier_id, date_paiement, montant, trop_percu, mode, reference,
                                      designation_creance_id, enregistre_le, enregistre_par)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, paiement.id(), dossier.value(), paiement.date(), paiement.montant().valeur(),
                paiement.tropPercu().valeur(), paiement.mode().name(), paiement.reference(),
                paiement.designation().map(creance -> creance.value()).orElse(null), Timestamp.from(encaisse.moment()),
                encaisse.auteur().id().value());
        journal.journaliser(encaisse.auteur(), "paiement", paiement.id(), "PAIEMENT", null);
    }

    private void contrepasser(ReferenceDossier reference, EvenementDuDossier.PaiementContrepasse contrepasse) {
        Paiement paiement = contrepasse.paiement();
        String avant = journal.etat("paiement", paiement.id());
        Paiement.Contrepassation contrepassation = paiement.contrepassation().orElseThrow();
        int lignes = jdbc.update("""
                update paiement set contrepasse_le = ?, motif_contrepassation = ?
                 where id = ? and dossier_id = ? and contrepasse_le is null
                """, contrepassation.date(), contrepassation.motif(), paiement.id(), contrepasse.dossier().value());
        if (lignes != 1) {
            // Reversed by someone else since the dossier was read: the version check let it through
            // only if that reversal is still uncommitted, so this is the same conflict.
            throw new ModificationConcurrente(reference);
        }
        journal.journaliser(contrepasse.auteur(), "paiement", paiement.id(), "CONTREPASSATION", avant);
    }
}
