package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Curseur;
import fr.etude.dossier.core.dossier.DemandeDeJournee;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.PageDeDossiers;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.core.demo.DonneesFictives;

@SpringBootTest
@Import(CompteurDeRequetes.class)
class RechercheEtPaginationTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Autowired
    ListesDeDossiers listes;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DonneesFictives generateur;

    @Autowired
    Utilisateurs utilisateurs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNameIsFoundWithoutItsAccentsAndDespiteATypo() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        String lefevre = dossierDe(creanciers.get(0), "Lefèvre", "Hélène", "+33611223344", "h.lefevre@exemple.fr", null);
        String dupond = dossierDe(creanciers.get(0), "Dupond", "Gérard", "+33699887766", null, null);

        assertThat(references(listes.rechercher("lefevre", Optional.empty(), 50))).contains(lefevre);
        assertThat(references(listes.rechercher("LEFEVRE helene", Optional.empty(), 50))).contains(lefevre);
        assertThat(references(listes.rechercher("dupont", Optional.empty(), 50))).contains(dupond);
        assertThat(references(listes.rechercher("06 11 22 33 44", Optional.empty(), 50))).containsExactly(lefevre);
        assertThat(references(listes.rechercher("H.Lefevre@exemple.fr", Optional.empty(), 50))).containsExactly(lefevre);
        assertThat(references(listes.rechercher(lefevre, Optional.empty(), 50))).containsExactly(lefevre);
    }

    @Test
    void aCompanyIsFoundByItsSiren() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        String reference = dossierDe(creanciers.get(0), null, null, null, null, "732829320");

        assertThat(references(listes.rechercher("732 829 320", Optional.empty(), 50))).containsExactly(reference);
    }

    @Test
    void aCreditorsSearchNeverReachesAnotherCreditorsDossiers() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        String chezLePremier = dossierDe(creanciers.get(0), "Vasseur", "Odile", null, null, null);
        String chezLeSecond = dossierDe(creanciers.get(1), "Vasseur", "Odette", null, null, null);

        List<String> trouves = references(listes.rechercher("vasseur", Optional.of(creanciers.get(0)), 50));

        assertThat(trouves).contains(chezLePremier).doesNotContain(chezLeSecond);
        assertThat(references(listes.duCreancier(creanciers.get(0), Optional.empty(), 10_000).dossiers()))
                .doesNotContain(chezLeSecond);
    }

    @Test
    void pagesFollowEachOtherWithoutGapNorRepeatAndEachIsOneQuery() {
        UtilisateurId clerc = UtilisateurId.nouveau();
        utilisateurs.creer(new Utilisateur(clerc, "pagination." + clerc.value(), "Clerc paginé", Role.CLERK,
                Optional.empty(), true), "{noop}x");
        generateur.genererDossiers(600, generateur.creerCreanciers(), List.of(clerc), AUJOURDHUI, 99);
        List<DossierResume> toutEnUneFois = listes.journee(journeeDe(clerc), Optional.empty(), 10_000).dossiers();

        List<DossierResume> pageParPage = new ArrayList<>();
        Optional<Curseur> apres = Optional.empty();
        int requetesMax = 0;
        do {
            int avant = CompteurDeRequetes.REQUETES.get();
            PageDeDossiers page = listes.journee(journeeDe(clerc),
                    apres.map(curseur -> Curseur.depuisTexte(curseur.enTexte())), 25);
            requetesMax = Math.max(requetesMax, CompteurDeRequetes.REQUETES.get() - avant);
            pageParPage.addAll(page.dossiers());
            apres = page.suivante();
        } while (apres.isPresent());

        assertThat(toutEnUneFois).hasSizeGreaterThan(100);
        assertThat(pageParPage).extracting(DossierResume::id).containsExactlyElementsOf(
                toutEnUneFois.stream().map(DossierResume::id).toList());
        assertThat(requetesMax).as("statements per page").isEqualTo(1);
    }

    private static DemandeDeJournee journeeDe(UtilisateurId clerc) {
        return new DemandeDeJournee(clerc, AUJOURDHUI, AUJOURDHUI.plusMonths(6), FiltreDeJournee.AUCUN);
    }

    private String dossierDe(CreancierId creancier, String nom, String prenom, String telephone, String email,
                             String siren) {
        UUID debiteur = UUID.randomUUID();
        if (siren != null) {
            jdbc.update("insert into debiteur (id, personne, raison_sociale, siren) values (?, 'MORALE', 'Menuiserie Arnaud SARL', ?)",
                    debiteur, siren);
        } else {
            jdbc.update("insert into debiteur (id, personne, nom, prenom, telephone, email) values (?, 'PHYSIQUE', ?, ?, ?, ?)",
                    debiteur, nom, prenom, telephone, email);
        }
        Dossier dossier = Dossier.ouvrir(DossierId.nouveau(), dossiers.prochaineReference(2026), creancier,
                List.of(new DebiteurId(debiteur)), List.of(Creance.simple(Montant.of("410.00"), LocalDate.of(2026, 4, 1),
                        NatureCreance.CONSOMMATION, "F-1")), new Auteur(UtilisateurId.nouveau(), "Test"), Instant.now());
        dossiers.ajouter(dossier);
        return dossier.reference().valeur();
    }

    private static List<String> references(List<DossierResume> resultats) {
        return resultats.stream().map(DossierResume::reference).toList();
    }
}
