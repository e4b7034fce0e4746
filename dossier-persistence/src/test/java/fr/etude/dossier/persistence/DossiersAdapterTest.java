package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.demo.DonneesFictives;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.ContexteDEscalade;
import fr.etude.dossier.core.taux.BaremeDesTaux;
import fr.etude.dossier.core.taux.BaremePublie;
import fr.etude.dossier.core.taux.Baremes;
import fr.etude.dossier.core.creancier.CategorieCreancier;
import fr.etude.dossier.core.taux.Semestre;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

@SpringBootTest
class DossiersAdapterTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:30:00Z");

    @Autowired
    Dossiers dossiers;

    @Autowired
    DonneesFictives generateur;

    @Autowired
    Baremes bareme;

    @Autowired
    JdbcTemplate jdbc;

    private final Auteur clerc = new Auteur(UtilisateurId.nouveau(), "Claire Moreau");
    private CreancierId creancier;

    @BeforeEach
    void unCreancier() {
        creancier = generateur.creerCreanciers().get(0);
    }

    @Test
    void aDossierComesBackExactlyAsItWasStored() {
        Creance jugee = Creance.simple(Montant.of("1520.40"), LocalDate.of(2025, 3, 31), NatureCreance.COMMERCIALE, "F-2025-031")
                .avecTauxContractuel(new BigDecimal("12.5")).avecClausePenale(Montant.euros(150))
                .avecTitre(new TitreExecutoire(TitreExecutoire.TypeTitre.JUGEMENT, "Tribunal de commerce de Lyon",
                        LocalDate.of(2026, 2, 10), Optional.of(LocalDate.of(2026, 2, 20))));
        Creance simple = Creance.simple(Montant.of("300.00"), LocalDate.of(2025, 6, 1), NatureCreance.CIVILE, "Loyer")
                .avecMiseEnDemeure(LocalDate.of(2025, 7, 1)).avecCapitalisation();
        Dossier dossier = nouveau(List.of(jugee, simple), List.of(debiteur(), debiteur()));
        dossier.planifier(new ProchaineAction(LocalDate.of(2026, 11, 23), ProchaineAction.Type.APPEL), clerc, MAINTENANT);
        dossier.bloquer(Blocage.CONTESTATION, "Conteste le montant", clerc, MAINTENANT);
        dossiers.ajouter(dossier);

        Dossier relu = dossiers.parId(dossier.id()).orElseThrow();

        assertThat(relu.reference()).isEqualTo(dossier.reference());
        assertThat(relu.creancier()).isEqualTo(creancier);
        assertThat(relu.debiteurs()).isEqualTo(dossier.debiteurs());
        assertThat(relu.creances()).isEqualTo(dossier.creances());
        assertThat(relu.prochaineAction()).isEqualTo(dossier.prochaineAction());
        assertThat(relu.blocages()).containsExactly(Blocage.CONTESTATION);
        assertThat(relu.etape()).isEqualTo(Etape.AMIABLE);
        assertThat(relu.statut()).isEqualTo(StatutDossier.OUVERT);
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ?", Integer.class,
                dossier.id().value())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select solde from dossier where id = ?", BigDecimal.class, dossier.id().value()))
                .isEqualByComparingTo("1820.40");
    }

    @Test
    void aNoteAloneMovesTheVersionSoThatAPageReadBeforeItIsAConflict() {
        Dossier dossier = nouveau(List.of(creance()), List.of(debiteur()));
        dossiers.ajouter(dossier);
        Dossier lu = dossiers.parId(dossier.id()).orElseThrow();

        lu.consigner(TypeEvenement.NOTE, "Le débiteur a écrit.", clerc, MAINTENANT);
        dossiers.enregistrer(lu);

        assertThat(dossiers.parId(dossier.id()).orElseThrow().version()).isEqualTo(lu.version() + 1);
        Dossier perime = lu;
        perime.consigner(TypeEvenement.NOTE, "La même note, depuis une page plus ancienne.", clerc, MAINTENANT);
        assertThatThrownBy(() -> dossiers.enregistrer(perime)).isInstanceOf(ModificationConcurrente.class);
    }

    @Test
    void changesAreStoredAndTheirEventsAppended() {
        Dossier dossier = nouveau(List.of(creance()), List.of(debiteur()));
        dossiers.ajouter(dossier);

        Dossier charge = dossiers.parId(dossier.id()).orElseThrow();
        charge.demanderEscalade("Trois relances sans réponse", contexte(charge), clerc, MAINTENANT);
        charge.bloquer(Blocage.SURENDETTEMENT, "Recevabilité notifiée", clerc, MAINTENANT);
        dossiers.enregistrer(charge);

        Dossier relu = dossiers.parId(dossier.id()).orElseThrow();
        assertThat(relu.etape()).isEqualTo(Etape.PERSONNALISE);
        assertThat(relu.statut()).isEqualTo(StatutDossier.SUSPENDU);
        assertThat(relu.version()).isEqualTo(charge.version() + 1);
        assertThat(jdbc.queryForObject("select surendettement from dossier where id = ?", Boolean.class,
                dossier.id().value())).isTrue();
        assertThat(jdbc.queryForList("select type from evenement where dossier_id = ? order by id", String.class,
                dossier.id().value())).containsExactly("OUVERTURE", "CHANGEMENT_ETAPE", "BLOCAGE");
    }

    @Test
    void everyWriteIsInTheAuditJournalWithWhoWhenWhatBeforeAndAfter() {
        Dossier dossier = nouveau(List.of(creance()), List.of(debiteur()));
        dossiers.ajouter(dossier);
        Dossier charge = dossiers.parId(dossier.id()).orElseThrow();
        charge.bloquer(Blocage.CONTESTATION, "Conteste le principal", clerc, MAINTENANT);
        dossiers.enregistrer(charge);

        List<Map<String, Object>> journal = jdbc.queryForList("""
                select utilisateur, action, avant ->> 'statut' as statut_avant, apres -> 'blocages' ->> 0 as blocage_apres,
                       avant is null as creation
                  from journal_audit where entite = 'dossier' and entite_id = ? order by id
                """, dossier.reference().valeur());

        assertThat(journal).hasSize(2);
        assertThat(journal.get(0)).containsEntry("action", "OUVERTURE").containsEntry("creation", true);
        assertThat(journal.get(1)).containsEntry("utilisateur", "Claire Moreau").containsEntry("action", "BLOCAGE")
                .containsEntry("statut_avant", "OUVERT").containsEntry("blocage_apres", "CONTESTATION");
    }

    @Test
    void aConcurrentEditIsDetectedAndNothingIsOverwritten() {
        Dossier dossier = nouveau(List.of(creance()), List.of(debiteur()));
        dossiers.ajouter(dossier);
        Dossier chezClaire = dossiers.parId(dossier.id()).orElseThrow();
        Dossier chezJulien = dossiers.parId(dossier.id()).orElseThrow();

        chezClaire.planifier(new ProchaineAction(LocalDate.of(2026, 11, 24), ProchaineAction.Type.APPEL), clerc, MAINTENANT);
        dossiers.enregistrer(chezClaire);
        chezJulien.planifier(new ProchaineAction(LocalDate.of(2026, 12, 1), ProchaineAction.Type.COURRIER), clerc, MAINTENANT);

        assertThatThrownBy(() -> dossiers.enregistrer(chezJulien))
                .isInstanceOf(ModificationConcurrente.class)
                .hasMessageContaining("a été modifié par quelqu'un d'autre");
        assertThat(dossiers.parId(dossier.id()).orElseThrow().prochaineAction().orElseThrow().type())
                .isEqualTo(ProchaineAction.Type.APPEL);
    }

    @Test
    void referencesFollowEachOtherWithinTheYear() {
        ReferenceDossier premiere = dossiers.prochaineReference(2031);
        ReferenceDossier seconde = dossiers.prochaineReference(2031);

        assertThat(premiere.valeur()).isEqualTo("2031-000001");
        assertThat(seconde.valeur()).isEqualTo("2031-000002");
    }

    @Test
    void theSchemaRefusesWhatTheDomainRefuses() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into creance (id, dossier_id, rang, principal, exigibilite, nature)
                select gen_random_uuid(), id, 99, -5, current_date, 'CIVILE' from dossier limit 1
                """)).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("ck_creance_principal");
    }

    @Test
    void theRateTablesAreSeededWithThePublishedFigures() {
        BaremePublie publie = BaremePublie.charger();
        BaremeDesTaux enBase = bareme.enVigueur();

        for (Semestre semestre = new Semestre(2015, 1); semestre.compareTo(new Semestre(2026, 1)) <= 0; semestre = semestre.suivant()) {
            for (CategorieCreancier categorie : CategorieCreancier.values()) {
                assertThat(enBase.tauxInteretLegal(semestre, categorie)).isEqualTo(publie.tauxInteretLegal(semestre, categorie));
            }
            if (semestre.annee() <= 2025) {
                assertThat(enBase.tauxRefinancementBce(semestre)).isEqualTo(publie.tauxRefinancementBce(semestre));
            }
        }
        assertThat(jdbc.queryForObject("select source from taux_interet_legal where debut = '2025-07-01'", String.class))
                .contains("arrete du 19 juin 2025");
    }

    @Test
    void theAuditJournalCannotBeChangedOrErased() {
        jdbc.update("insert into journal_audit (utilisateur, entite, entite_id, action) values ('test', 'dossier', 'x', 'ESSAI')");

        assertThatThrownBy(() -> jdbc.update("update journal_audit set action = 'AUTRE' where entite_id = 'x'"))
                .hasMessageContaining("ne peut être ni modifié ni effacé");
        assertThatThrownBy(() -> jdbc.update("delete from journal_audit where entite_id = 'x'"))
                .hasMessageContaining("ne peut être ni modifié ni effacé");
    }

    private Dossier nouveau(List<Creance> creances, List<DebiteurId> debiteurs) {
        return Dossier.ouvrir(DossierId.nouveau(), dossiers.prochaineReference(2026), creancier, debiteurs, creances,
                clerc, MAINTENANT);
    }

    private DebiteurId debiteur() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into debiteur (id, personne, nom, prenom) values (?, 'PHYSIQUE', 'Lefèvre', 'Marie')", id);
        return new DebiteurId(id);
    }

    private static Creance creance() {
        return Creance.simple(Montant.of("640.00"), LocalDate.of(2026, 5, 2), NatureCreance.CONSOMMATION, "Facture 88");
    }

    private static ContexteDEscalade contexte(Dossier dossier) {
        return new ContexteDEscalade(LocalDate.of(2026, 11, 20), Montant.of("640.00"),
                Map.of(dossier.creances().get(0).id(), LocalDate.of(2028, 5, 2)), Montant.euros(450),
                new TableDuChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, List.of(new LigneDeChiffre(
                        ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, LocalDate.of(2022, 1, 1), new java.math.BigDecimal("5000.00"),
                        "art. R125-1 CPCE", Optional.empty(), true))), Period.ofMonths(6), 8);
    }
}
