package fr.etude.dossier.web.chiffre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The law's dated figures are kept from the browser: a value added or corrected is read by the next rule, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ChiffresControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @Autowired
    ResteAVivreEnVigueur resteAVivre;

    @AfterEach
    void lesChiffresDeLaMigration() {
        jdbc.update("update chiffre_de_la_loi set valeur = 5000.00 where chiffre = 'PLAFOND_PETITES_CREANCES' and debut = '2022-01-01'");
        jdbc.update("delete from chiffre_de_la_loi where chiffre = 'RSA_PERSONNE_SEULE' and debut > '2025-04-01'");
    }

    @Test
    void theSmallClaimsCeilingCorrectedWithAReasonIsReadByTheCoreWhenTheCommissaireApproves() throws Exception {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("1500.00").alEtape(Etape.PRECONTENTIEUX)
                .creer();
        mvc.perform(post("/dossiers/{id}/escalade", dossier.value()).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("justification", "Mise en demeure sans effet").param("version", version(dossier)));
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/chiffres/PLAFOND_PETITES_CREANCES/2022-01-01").with(csrf()).cookie(admin)
                        .param("valeur", "1 000").param("source", "valeur de test").param("confirme", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites pourquoi vous la corrigez.")))
                .andExpect(content().string(containsString("value=\"1 000\"")));
        mvc.perform(post("/admin/chiffres/PLAFOND_PETITES_CREANCES/2022-01-01").with(csrf()).cookie(admin)
                        .param("valeur", "1 000").param("source", "valeur de test").param("confirme", "true")
                        .param("motif", "Essai du refus au-dessus du plafond"))
                .andExpect(redirectedUrl("/admin/chiffres"));

        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier.value()).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")).param("procedure", "PETITES_CREANCES")
                        .param("version", version(dossier)))
                .andExpect(flash().attribute("alerte", containsString("réservée aux créances jusqu'à 1\u202f000,00\u00a0€")));
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier.value()))
                .isEqualTo("PRECONTENTIEUX");
        assertThat(jdbc.queryForMap("select avant->>'valeur' as avant, apres->>'valeur' as apres, apres->>'motif' as motif "
                + "from journal_audit where entite = 'chiffre_de_la_loi' and entite_id = 'PLAFOND_PETITES_CREANCES 2022-01-01' "
                + "and action = 'CORRECTION' order by id desc limit 1"))
                .containsEntry("avant", "5000.00").containsEntry("apres", "1000.00")
                .containsEntry("motif", "Essai du refus au-dessus du plafond");
    }

    @Test
    void theRsaOfAprilIsSaidMissingUntilItIsAddedAndThenUsedAtOnce() throws Exception {
        LocalDate aujourdhui = LocalDate.now(horloge);
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(containsString("RSA au 01/04/2026 : non saisi")))
                .andExpect(content().string(containsString("href=\"/admin/chiffres\"")));
        assertThat(resteAVivre.avertissement()).contains(
                "Le RSA au 01/04/2026 n'est pas saisi : le reste à vivre est calculé avec celui du 01/04/2025 (646,52\u00a0€).");

        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("chiffre", "RSA_PERSONNE_SEULE")
                        .param("debut", "01/04/2026").param("valeur", "655,20").param("source", "valeur de test"))
                .andExpect(redirectedUrl("/admin/chiffres"));

        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(not(containsString("RSA au 01/04/2026 : non saisi"))))
                .andExpect(content().string(containsString("RSA au 01/04/2026 : à confirmer")))
                .andExpect(content().string(containsString("href=\"/admin/chiffres/RSA_PERSONNE_SEULE/2026-04-01\"")));
        assertThat(resteAVivre.avertissement()).isEmpty();
        assertThat(resteAVivre.au(aujourdhui).minimum(1)).isEqualTo(Montant.of("655.20"));
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'chiffre_de_la_loi' "
                + "and entite_id = 'RSA_PERSONNE_SEULE 2026-04-01' and action = 'AJOUT' and avant is null", Integer.class)).isEqualTo(1);
    }

    @Test
    void anOverlapOrAHoleIsRefusedInFrenchAndNothingIsSaved() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("chiffre", "DELAI_SIGNIFICATION_INJONCTION")
                        .param("debut", "01/06/2021").param("valeur", "4").param("source", "texte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En vigueur le : la période qui commencerait le 01/06/2021 "
                        + "chevaucherait celle de la valeur en vigueur du 01/01/2000 : une nouvelle valeur entre en vigueur "
                        + "après le 01/04/2026, ou corrigez celle de la période.")));
        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("chiffre", "RSA_PERSONNE_SEULE")
                        .param("debut", "01/04/2027").param("valeur", "670").param("source", "texte"))
                .andExpect(content().string(containsString("laisserait un trou. Saisissez d&#39;abord celle du 01/04/2026.")));
        assertThat(jdbc.queryForObject("select count(*) from chiffre_de_la_loi where debut in ('2021-06-01', '2027-04-01')",
                Integer.class)).isZero();
    }

    @Test
    void badInputIsNamedInFrenchAndKeptAsTyped() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("chiffre", "PLAFOND_PETITES_CREANCES")
                        .param("debut", "31/02/2027").param("valeur", "cinq mille").param("source", "texte"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En vigueur le : « 31/02/2027 » n&#39;est pas une date")))
                .andExpect(content().string(containsString("value=\"31/02/2027\"")))
                .andExpect(content().string(containsString("value=\"cinq mille\"")));
        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("chiffre", "DELAI_OPPOSITION_INJONCTION")
                        .param("debut", "01/01/2027").param("valeur", "un").param("source", " "))
                .andExpect(content().string(containsString("Valeur : « un » n&#39;est pas un nombre entier (en mois).")))
                .andExpect(content().string(containsString("Source : ce champ est obligatoire.")));
        mvc.perform(post("/admin/chiffres").with(csrf()).cookie(admin).param("debut", "01/01/2027").param("valeur", "8")
                        .param("source", "texte"))
                .andExpect(content().string(containsString("Chiffre : ce champ est obligatoire.")));
        assertThat(jdbc.queryForObject("select count(*) from chiffre_de_la_loi where debut = '2027-01-01'", Integer.class)).isZero();
    }

    @Test
    void onlyTheAdministratorKeepsTheFigures() throws Exception {
        for (String identifiant : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, identifiant);
            mvc.perform(get("/admin/chiffres").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/chiffres").with(csrf()).cookie(session).param("chiffre", "RSA_PERSONNE_SEULE")
                    .param("debut", "01/04/2026").param("valeur", "655").param("source", "x")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from chiffre_de_la_loi where debut = '2026-04-01' "
                + "and chiffre = 'RSA_PERSONNE_SEULE'", Integer.class)).isZero();
        mvc.perform(get("/admin/chiffres/INCONNU/2026-01-01").cookie(ConnexionDeTest.connecter(mvc, "admin")))
                .andExpect(status().isNotFound());
    }

    private String version(DossierId dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value()));
    }
}
