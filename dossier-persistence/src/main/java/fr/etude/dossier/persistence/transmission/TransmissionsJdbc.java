package fr.etude.dossier.persistence.transmission;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.Evenement;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.identite.Telephone;
import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.core.transmission.Transmissions;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.copie.LotDeCopie;
import fr.etude.dossier.persistence.dossier.CompteurDeReferences;

/**
 * Writes the dossiers a créancier sends with COPY, a file of a hundred thousand in seconds: the rows
 * the one-by-one path writes (débiteur, dossier, créances, timeline, audit trail), in the caller's
 * transaction. One call's dossiers share their author and moment.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class TransmissionsJdbc implements Transmissions {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int ESSAIS_DU_VERROU = 20;
    private static final Duration ATTENTE_ENTRE_LES_ESSAIS = Duration.ofMillis(100);
    private static final String DEBITEUR = "debiteur (id, personne, civilite, nom, prenom, raison_sociale, siren, "
            + "forme_juridique, date_naissance, employeur, adresse, code_postal, ville, telephone, email)";
    private static final String DOSSIER = "dossier (id, reference, creancier_id, etape, statut, gestionnaire_id, principal, "
            + "recouvre, solde, prochaine_action_le, prochaine_action, priorite, ouvert_le, reference_creancier)";
    private static final String DOSSIER_DEBITEUR = "dossier_debiteur (dossier_id, debiteur_id, rang)";
    private static final String CREANCE = "creance (id, dossier_id, rang, reference_creancier, principal, exigibilite, nature, "
            + "mise_en_demeure, taux_contractuel, clause_penale, capitalisation)";
    private static final String EVENEMENT = "evenement (dossier_id, type, moment, auteur_id, auteur_nom, resume)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CompteurDeReferences compteur;

    TransmissionsJdbc(JdbcClient jdbc, DataSource dataSource, CompteurDeReferences compteur) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.compteur = compteur;
    }

    /**
     * Tried again for a moment before giving up: a dossier sent by the form holds the right for a
     * fraction of a second (the same form sent twice by a double click then finds its reference
     * already sent), a file for as long as it is written.
     */
    @Override
    public boolean verrouiller(CreancierId creancier) {
        for (int essai = 1; ; essai++) {
            boolean obtenu = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended('transmission:' || :creancier, 0))")
                    .param("creancier", creancier.value().toString()).query(Boolean.class).single();
            if (obtenu || essai == ESSAIS_DU_VERROU) {
                return obtenu;
            }
            try {
                Thread.sleep(ATTENTE_ENTRE_LES_ESSAIS.toMillis());
            } catch (InterruptedException interruption) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @Override
    public Set<String> dejaTransmises(CreancierId creancier, Collection<String> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select reference_creancier from dossier
                 where creancier_id = :creancier and reference_creancier = any(:references)
                """).param("creancier", creancier.value()).param("references", references.toArray(String[]::new))
                .query(String.class).list());
    }

    /** In its own transaction, so that a long file does not hold the year's counter: a failed file leaves a gap in the year's numbers. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int numeros(int annee, int nombre) {
        return compteur.reserver(annee, nombre);
    }

    @Override
    public void enregistrer(CreancierId creancier, List<DossierTransmis.Ouverture> ouvertures) {
        LotDeCopie lot = new LotDeCopie(DEBITEUR, DOSSIER, DOSSIER_DEBITEUR, CREANCE, EVENEMENT);
        for (DossierTransmis.Ouverture ouverture : ouvertures) {
            ecrire(lot, creancier, ouverture);
        }
        Connection connexion = DataSourceUtils.getConnection(dataSource);
        try {
            lot.copier(connexion);
        } catch (SQLException echec) {
            if ("23505".equals(echec.getSQLState())) {
                throw new DuplicateKeyException("Référence déjà transmise", echec);
            }
            throw new IllegalStateException("L'écriture des dossiers transmis a échoué", echec);
        } finally {
            DataSourceUtils.releaseConnection(connexion, dataSource);
        }
        journaliser(ouvertures);
    }

    /** The audit trail: each new dossier's row as written, under who sent it. */
    private void journaliser(List<DossierTransmis.Ouverture> ouvertures) {
        if (ouvertures.isEmpty()) {
            return;
        }
        Evenement ouverture = ouvertures.get(0).dossier().nouveauxEvenements().get(0);
        jdbc.sql("""
                insert into journal_audit (moment, utilisateur_id, utilisateur, entite, entite_id, action, apres)
                select :moment, :auteur, :nom, 'dossier', d.reference, 'TRANSMISSION', to_jsonb(d)
                  from dossier d where d.id = any(:dossiers)
                """).param("moment", java.sql.Timestamp.from(ouverture.moment())).param("auteur", ouverture.auteur().id().value())
                .param("nom", ouverture.auteur().nom())
                .param("dossiers", ouvertures.stream().map(o -> o.dossier().id().value()).toArray(UUID[]::new)).update();
    }

    private static void ecrire(LotDeCopie lot, CreancierId creancier, DossierTransmis.Ouverture ouverture) {
        Dossier dossier = ouverture.dossier();
        Debiteur debiteur = ouverture.debiteur();
        UUID id = dossier.id().value();
        ecrireDebiteur(lot, debiteur);
        Evenement ouvertureDuDossier = dossier.nouveauxEvenements().get(0);
        LocalDate ouvertLe = LocalDate.ofInstant(ouvertureDuDossier.moment(), PARIS);
        Montant principal = dossier.creances().stream().map(Creance::principal).reduce(Montant.ZERO, Montant::plus);
        lot.ligne(DOSSIER, id, dossier.reference().valeur(), creancier.value(), dossier.etape().name(), dossier.statut().name(),
                dossier.gestionnaire().map(UtilisateurId::value).orElse(null), principal.valeur(),
                dossier.soldes().recouvre().valeur(), dossier.soldes().solde().valeur(),
                dossier.prochaineAction().map(action -> action.date()).orElse(null),
                dossier.prochaineAction().map(action -> action.type().name()).orElse(null),
                dossier.prochaineAction().map(action -> action.type().priorite()).orElse(3), ouvertLe,
                ouverture.referenceCreancier());
        lot.ligne(DOSSIER_DEBITEUR, id, debiteur.id().value(), 1);
        int rang = 1;
        for (Creance creance : dossier.creances()) {
            lot.ligne(CREANCE, creance.id().value(), id, rang++, creance.referenceCreancier(), creance.principal().valeur(),
                    creance.exigibilite(), creance.nature().name(), creance.miseEnDemeure().orElse(null),
                    creance.tauxContractuel().orElse(null), creance.clausePenale().map(Montant::valeur).orElse(null),
                    creance.capitalisation());
        }
        for (Evenement evenement : dossier.nouveauxEvenements()) {
            lot.ligne(EVENEMENT, id, evenement.type().name(), evenement.moment().atZone(PARIS).toOffsetDateTime(),
                    evenement.auteur().id().value(), evenement.auteur().nom(), evenement.resume());
        }
    }

    private static void ecrireDebiteur(LotDeCopie lot, Debiteur debiteur) {
        Optional<Adresse> adresse = debiteur.coordonnees().adresses().stream().findFirst();
        String telephone = debiteur.coordonnees().telephones().stream().findFirst().map(Telephone::valeur).orElse(null);
        String email = debiteur.coordonnees().emails().stream().findFirst().map(Email::valeur).orElse(null);
        String ligne1 = adresse.map(Adresse::ligne1).orElse(null);
        String codePostal = adresse.map(Adresse::codePostal).orElse(null);
        String ville = adresse.map(Adresse::ville).orElse(null);
        if (debiteur instanceof Debiteur.PersonnePhysique personne) {
            lot.ligne(DEBITEUR, personne.id().value(), "PHYSIQUE", personne.civilite() == null ? null : personne.civilite().name(),
                    personne.nom(), personne.prenom(), null, null, null, personne.naissance().orElse(null),
                    personne.employeur().orElse(null), ligne1, codePostal, ville, telephone, email);
        } else {
            Debiteur.PersonneMorale societe = (Debiteur.PersonneMorale) debiteur;
            lot.ligne(DEBITEUR, societe.id().value(), "MORALE", null, null, null, societe.raisonSociale(), societe.siren().valeur(),
                    societe.formeJuridique(), null, null, ligne1, codePostal, ville, telephone, email);
        }
    }
}
