package fr.etude.dossier.web.transmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.etude.dossier.web.ConnexionDeTest;

/**
 * A créancier sends new dossiers, by the form and by a CSV file: each is opened once for its
 * reference, given a clerk and put in his day; a wrong line or field is named in French and opens
 * nothing; another créancier never sees the file nor its report.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TransmissionTest {

    private static final String ENTETE = "reference;civilite;nom;prenom;raison_sociale;siren;adresse;code_postal;ville;nature;principal;exigibilite\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TraitementDesImports traitement;

    private Cookie creancier;
    private UUID creancierId;
    private String prefixe;

    @BeforeEach
    void connecte() throws Exception {
        creancier = ConnexionDeTest.connecter(mvc, "creancier");
        creancierId = jdbc.queryForObject("select creancier_id from utilisateur where identifiant = 'creancier'", UUID.class);
        jdbc.update("update creancier set gestionnaire_attitre_id = null where id = ?", creancierId);
        // Each test its own references: the database is shared by the test classes.
        prefixe = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void aDossierSentByTheFormIsOpenedForTheCreditorGivenAClerkAndInHisDayToday() throws Exception {
        MockMultipartFile facture = new MockMultipartFile("pieces", "facture.pdf", "application/pdf",
                "%PDF-1.4\n%test\n".getBytes(StandardCharsets.ISO_8859_1));
        MvcResult envoi = mvc.perform(multipart("/portefeuille/dossiers/nouveau").file(facture).cookie(creancier).with(csrf())
                        .param("reference", prefixe + "F1").param("personne", "PHYSIQUE").param("civilite", "MME")
                        .param("nom", "Lefèvre").param("prenom", "Anne").param("adresse", "3 rue Neuve").param("codePostal", "69003")
                        .param("ville", "Lyon").param("creances[0].nature", "CONSOMMATION").param("creances[0].principal", "1 250,40")
                        .param("creances[0].exigibilite", "15/06/2026"))
                .andExpect(status().is3xxRedirection()).andReturn();

        Map<String, Object> dossier = jdbc.queryForMap("""
                select d.id, d.creancier_id, d.etape, d.principal, d.prochaine_action, d.prochaine_action_le, u.role
                  from dossier d join utilisateur u on u.id = d.gestionnaire_id where d.reference_creancier = ?
                """, prefixe + "F1");
        assertThat(envoi.getResponse().getRedirectedUrl()).isEqualTo("/portefeuille/dossiers/" + dossier.get("id"));
        assertThat(dossier).containsEntry("creancier_id", creancierId).containsEntry("etape", "AMIABLE")
                .containsEntry("prochaine_action", "REVUE").containsEntry("role", "CLERK");
        assertThat(dossier.get("principal").toString()).isEqualTo("1250.40");
        assertThat(dossier.get("prochaine_action_le").toString()).isEqualTo("2026-11-20");
        String page = mvc.perform(get(envoi.getResponse().getRedirectedUrl()).cookie(creancier)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mme Anne Lefèvre", "facture.pdf", "250,40");
    }

    @Test
    void aWrongFormIsAnsweredFieldByFieldKeepsWhatWasTypedAndOpensNothing() throws Exception {
        int avant = jdbc.queryForObject("select count(*) from dossier", Integer.class);

        String page = mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf())
                        .param("reference", "").param("personne", "MORALE").param("raisonSociale", "Garage Dupuis")
                        .param("siren", "123456789").param("creances[0].nature", "COMMERCIALE").param("creances[0].principal", "-5")
                        .param("creances[0].exigibilite", "01/01/2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Votre référence : ce champ est obligatoire.",
                "SIREN : le SIREN « 123456789 » est invalide (clé de contrôle erronée).",
                "Principal : le montant doit être positif.", "Exigible le : la date ne peut pas être dans le futur.",
                "value=\"Garage Dupuis\"");
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(avant);
    }

    @Test
    void theSameReferenceSentTwiceByTheFormIsOpenedOnce() throws Exception {
        for (int fois = 0; fois < 2; fois++) {
            mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf()).param("reference", prefixe + "D")
                    .param("personne", "PHYSIQUE").param("nom", "Roux").param("creances[0].nature", "CIVILE")
                    .param("creances[0].principal", "300").param("creances[0].exigibilite", "01/09/2026"));
        }
        String page = mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf()).param("reference", prefixe + "D")
                        .param("personne", "PHYSIQUE").param("nom", "Roux").param("creances[0].nature", "CIVILE")
                        .param("creances[0].principal", "300").param("creances[0].exigibilite", "01/09/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("vous avez déjà transmis un dossier sous la référence « " + prefixe + "D »");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier = ?", Integer.class, prefixe + "D"))
                .isEqualTo(1);
    }

    @Test
    void theSameFormSentTwiceAtOnceOpensOneDossierAndTellsTheOtherItWasSent() throws Exception {
        java.util.concurrent.ExecutorService deuxClics = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> clic = () -> {
                var reponse = mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf())
                        .param("reference", prefixe + "CLIC").param("personne", "PHYSIQUE").param("nom", "Double")
                        .param("creances[0].nature", "CIVILE").param("creances[0].principal", "300")
                        .param("creances[0].exigibilite", "01/09/2026")).andReturn().getResponse();
                return reponse.getStatus() == 302 ? "ouvert" : reponse.getContentAsString();
            };
            List<String> reponses = new java.util.ArrayList<>();
            for (var reponse : deuxClics.invokeAll(List.of(clic, clic))) {
                reponses.add(reponse.get());
            }

            assertThat(reponses).filteredOn("ouvert"::equals).hasSize(1);
            assertThat(reponses).filteredOn(reponse -> !reponse.equals("ouvert")).singleElement().asString()
                    .contains("vous avez déjà transmis un dossier sous la référence « " + prefixe + "CLIC »");
        } finally {
            deuxClics.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier = ?", Integer.class, prefixe + "CLIC"))
                .isEqualTo(1);
    }

    @Test
    void aFileWithTwoBadLinesImportsTheOthersAndNamesEachRefusalByLineAndTheSameFileTwiceOpensNothingMore() throws Exception {
        String fichier = ENTETE
                + prefixe + "1;Mme;Martin;Sophie;;;12 rue des Lilas;69003;Lyon;consommation;1 250,40;15/06/2026\r\n"
                + prefixe + "2;;;;Boulangerie Durand;732829320;4 place du Marché;33000;Bordeaux;Commerciale;3980;30/04/2026\r\n"
                + prefixe + "3;M;Petit;Paul;;;;;;consommation;-12,00;15/06/2026\r\n"
                + "\r\n"
                + prefixe + "4;;;;Société Fantôme;123456789;;;;loyer;100;31/02/2026\r\n"
                + prefixe + "1;M;Doublon;;;;;;;civile;50;01/01/2026\r\n";

        UUID id = importer(fichier.getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        assertThat(traitement.traiterUn()).isTrue();

        Map<String, Object> bilan = jdbc.queryForMap("select etat, lignes, crees, deja_transmis, refusees, encodage from import_de_dossiers where id = ?", id);
        assertThat(bilan).containsEntry("etat", "TERMINE").containsEntry("lignes", 5).containsEntry("crees", 2)
                .containsEntry("refusees", 3).containsEntry("encodage", "UTF-8");
        String rapport = mvc.perform(get("/portefeuille/imports/{id}", id).cookie(creancier)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rapport).contains("2 dossiers créés", "3 lignes refusées",
                "<td class=\"text-end\">4</td>", "Principal : le montant doit être positif.",
                "<td class=\"text-end\">6</td>", "SIREN : le SIREN « 123456789 » est invalide",
                "Nature de la créance : « LOYER » n&#39;est pas une nature connue",
                "Exigible le : « 31/02/2026 » n&#39;est pas une date jj/mm/aaaa",
                "<td class=\"text-end\">7</td>", "La référence « " + prefixe + "1 » figure déjà ligne 2 du fichier.");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier like ?", Integer.class, prefixe + "%"))
                .isEqualTo(2);

        UUID encore = importer(fichier.getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        traitement.traiterUn();
        assertThat(jdbc.queryForMap("select crees, deja_transmis from import_de_dossiers where id = ?", encore))
                .containsEntry("crees", 0).containsEntry("deja_transmis", 2);
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier like ?", Integer.class, prefixe + "%"))
                .isEqualTo(2);
    }

    @Test
    void allOrNothingRefusesTheWholeFileForOneBadLine() throws Exception {
        String fichier = ENTETE + prefixe + "1;;Bon;;;;;;;civile;100;01/06/2026\r\n" + prefixe + "2;;;;;;;;;civile;100;01/06/2026\r\n";

        UUID id = importer(fichier.getBytes(StandardCharsets.UTF_8), "TOUT_OU_RIEN");
        traitement.traiterUn();

        assertThat(jdbc.queryForMap("select etat, crees, refusees from import_de_dossiers where id = ?", id))
                .containsEntry("etat", "REFUSE").containsEntry("crees", 0).containsEntry("refusees", 1);
        assertThat(mvc.perform(get("/portefeuille/imports/{id}", id).cookie(creancier)).andReturn().getResponse().getContentAsString())
                .contains("Nom du débiteur : ce champ est obligatoire.", "Fichier refusé : aucun dossier n&#39;a été créé.");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier like ?", Integer.class, prefixe + "%"))
                .isZero();
    }

    @Test
    void aRowOfEmptyCellsIsSkippedAndAQuoteNeverClosedRefusesTheFileNamingWhere() throws Exception {
        String vide = ";;;;;;;;;;;\r\n";
        UUID id = importer((ENTETE + prefixe + "1;;Bon;;;;;;;civile;100;01/06/2026\r\n" + vide + vide
                + prefixe + "2;;Bon;;;;;;;civile;100;01/06/2026\r\n").getBytes(StandardCharsets.UTF_8), "TOUT_OU_RIEN");
        traitement.traiterUn();
        assertThat(jdbc.queryForMap("select etat, lignes, crees, refusees from import_de_dossiers where id = ?", id))
                .containsEntry("etat", "TERMINE").containsEntry("lignes", 2).containsEntry("crees", 2).containsEntry("refusees", 0);

        UUID guillemet = importer((ENTETE + prefixe + "3;;Bon;;;;;;;civile;100;01/06/2026\r\n"
                + prefixe + "4;;\"Mal;;;;;;;civile;100;01/06/2026\r\n").getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        traitement.traiterUn();
        assertThat(jdbc.queryForMap("select etat, crees from import_de_dossiers where id = ?", guillemet))
                .containsEntry("etat", "REFUSE").containsEntry("crees", 0);
        assertThat(mvc.perform(get("/portefeuille/imports/{id}", guillemet).cookie(creancier)).andReturn().getResponse()
                .getContentAsString()).contains("Le fichier n&#39;est plus lisible après la ligne 2");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier = ?", Integer.class, prefixe + "3"))
                .isZero();
    }

    @Test
    void aLatin1FileWithoutBomIsReadWithItsAccentsAndAnUnknownColumnIsNamed() throws Exception {
        String fichier = "reference,nom,prenom,nature,principal,exigibilite\n" + prefixe + "L,Lefèvre,Hélène,civile,\"1 000,00\",01/06/2026\n";
        UUID latin = importer(fichier.getBytes(Charset.forName("windows-1252")), "LIGNES_VALIDES");
        traitement.traiterUn();
        assertThat(jdbc.queryForObject("select encodage from import_de_dossiers where id = ?", String.class, latin))
                .isEqualTo("Windows-1252 (Latin-1)");
        assertThat(jdbc.queryForObject("""
                select b.prenom || ' ' || b.nom from dossier d join dossier_debiteur l on l.dossier_id = d.id
                  join debiteur b on b.id = l.debiteur_id where d.reference_creancier = ?
                """, String.class, prefixe + "L")).isEqualTo("Hélène Lefèvre");

        UUID inconnu = importer("reference;nom;montnat;nature;principal;exigibilite\r\n".getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        traitement.traiterUn();
        assertThat(mvc.perform(get("/portefeuille/imports/{id}", inconnu).cookie(creancier)).andReturn().getResponse()
                .getContentAsString()).contains("Colonne inconnue dans l&#39;en-tête : « montnat »");
    }

    @Test
    void anotherCreditorNeitherSeesTheImportNorItsReportNorItsDossiers() throws Exception {
        UUID id = importer((ENTETE + prefixe + "X;;Secret;;;;;;;civile;100;01/06/2026\r\n").getBytes(StandardCharsets.UTF_8),
                "LIGNES_VALIDES");
        traitement.traiterUn();
        jdbc.update("""
                insert into utilisateur (id, identifiant, mot_de_passe, nom_affiche, role, actif, creancier_id)
                select gen_random_uuid(), 'creancier-b', mot_de_passe, 'Créancier B', 'CREDITOR', true,
                       (select id from creancier where id <> ? order by raison_sociale limit 1)
                  from utilisateur where identifiant = 'creancier'
                on conflict (identifiant) do nothing
                """, creancierId);
        Cookie autre = ConnexionDeTest.connecter(mvc, "creancier-b");
        UUID dossier = jdbc.queryForObject("select id from dossier where reference_creancier = ?", UUID.class, prefixe + "X");

        mvc.perform(get("/portefeuille/imports/{id}", id).cookie(autre)).andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/imports/{id}/avancement", id).cookie(autre)).andExpect(status().isNotFound());
        mvc.perform(get("/portefeuille/dossiers/{id}", dossier).cookie(autre)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/portefeuille/imports").cookie(autre)).andReturn().getResponse().getContentAsString())
                .doesNotContain(id.toString());
        assertThat(mvc.perform(get("/portefeuille").param("q", prefixe + "X").cookie(autre)).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Secret");
    }

    @Test
    void theCreditorsOwnClerkGetsItsNewDossiersElseTheClerksTakeTurns() throws Exception {
        List<UUID> clercs = jdbc.queryForList("select id from utilisateur where role = 'CLERK' and actif order by nom_affiche, id", UUID.class);
        importer((ENTETE + prefixe + "R1;;Un;;;;;;;civile;100;01/06/2026\r\n" + prefixe + "R2;;Deux;;;;;;;civile;100;01/06/2026\r\n")
                .getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        traitement.traiterUn();
        List<UUID> parTour = jdbc.queryForList("select gestionnaire_id from dossier where reference_creancier in (?, ?) order by reference",
                UUID.class, prefixe + "R1", prefixe + "R2");
        assertThat(clercs).containsAll(parTour);
        assertThat(parTour.get(0)).isNotEqualTo(parTour.get(1));

        UUID attitre = clercs.get(clercs.size() - 1);
        jdbc.update("update creancier set gestionnaire_attitre_id = ? where id = ?", attitre, creancierId);
        importer((ENTETE + prefixe + "R3;;Trois;;;;;;;civile;100;01/06/2026\r\n" + prefixe + "R4;;Quatre;;;;;;;civile;100;01/06/2026\r\n")
                .getBytes(StandardCharsets.UTF_8), "LIGNES_VALIDES");
        traitement.traiterUn();
        assertThat(jdbc.queryForList("select gestionnaire_id from dossier where reference_creancier in (?, ?)", UUID.class,
                prefixe + "R3", prefixe + "R4")).containsOnly(attitre);
        jdbc.update("update creancier set gestionnaire_attitre_id = null where id = ?", creancierId);
    }

    @Test
    void aMissingFileAndTooLargeAFileAreRefusedOnTheForm() throws Exception {
        String page = mvc.perform(multipart("/portefeuille/imports").file(new MockMultipartFile("fichier", "", "text/csv", new byte[0]))
                        .param("mode", "LIGNES_VALIDES").cookie(creancier).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fichier CSV : choisissez le fichier à importer.");

        int avant = jdbc.queryForObject("select count(*) from import_de_dossiers", Integer.class);
        byte[] tropGros = new byte[41 * 1024 * 1024];
        java.util.Arrays.fill(tropGros, (byte) 'x');
        page = mvc.perform(multipart("/portefeuille/imports").file(new MockMultipartFile("fichier", "enorme.csv", "text/csv", tropGros))
                        .param("mode", "LIGNES_VALIDES").cookie(creancier).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fichier CSV : le fichier pèse 41 Mo : 40 Mo au plus. Découpez-le en plusieurs fichiers.");
        assertThat(jdbc.queryForObject("select count(*) from import_de_dossiers", Integer.class)).isEqualTo(avant);
    }

    private UUID importer(byte[] contenu, String mode) throws Exception {
        String lieu = mvc.perform(multipart("/portefeuille/imports").file(new MockMultipartFile("fichier", "dossiers.csv", "text/csv", contenu))
                        .param("mode", mode).cookie(creancier).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(lieu.substring(lieu.lastIndexOf('/') + 1));
    }
}
