package fr.etude.dossier.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.etude.dossier.web.ConnexionDeTest;

/**
 * The administrator opens, changes and disables accounts, resets a password and lifts a throttling;
 * each is audited and nobody else can.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class UtilisateursControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void toutLeMondeCommeAvant() {
        jdbc.update("update utilisateur set actif = true where identifiant in ('clerc2', 'admin')");
        jdbc.update("update utilisateur set nom_affiche = 'Julien Fabre', role = 'CLERK', creancier_id = null "
                + "where identifiant = 'clerc2'");
        jdbc.update("delete from tentative_de_connexion where identifiant in ('clerc2', 'nouvelle.recrue', 'portail.client')");
        jdbc.update("delete from utilisateur where identifiant in ('nouvelle.recrue', 'portail.client')");
    }

    @Test
    void anAccountOpenedByTheAdministratorSignsInWithTheGivenPasswordThenChoosesItsOwn() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin/utilisateurs/nouveau").cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Identifiant de connexion")));

        MvcResult ouverture = mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "nouvelle.recrue").param("nomAffiche", "  Léa Martin ").param("role", "CLERK"))
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("message", "Compte de Léa Martin ouvert (identifiant nouvelle.recrue)."))
                .andReturn();
        String provisoire = ((UtilisateursController.MotDePasseAFournir) ouverture.getFlashMap().get("provisoire")).motDePasse();
        assertThat(provisoire).matches("([a-zA-Z2-9]{4}-){3}[a-zA-Z2-9]{4}");
        mvc.perform(get("/admin/utilisateurs").cookie(admin).flashAttrs(ouverture.getFlashMap()))
                .andExpect(content().string(containsString(provisoire)))
                .andExpect(content().string(containsString("Mot de passe provisoire à changer")));
        mvc.perform(get("/admin/utilisateurs").cookie(admin))
                .andExpect(content().string(not(containsString(provisoire))));

        Cookie lea = ConnexionDeTest.connecter(mvc, "nouvelle.recrue", provisoire);
        mvc.perform(get("/").cookie(lea)).andExpect(redirectedUrl("/mot-de-passe"));
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'utilisateur' and action = 'CREATION' "
                + "and apres->>'identifiant' = 'nouvelle.recrue' and apres->>'role' = 'CLERK' and utilisateur = 'Administrateur de l''étude' and apres->>'mot_de_passe_a_changer' = 'true'",
                Integer.class)).isOne();
    }

    @Test
    void badInputIsNamedInFrenchAndKeptAndNothingIsOpened() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        int avant = jdbc.queryForObject("select count(*) from utilisateur", Integer.class);
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "lea").param("nomAffiche", " ").param("role", "CLERK"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nom : ")))
                .andExpect(content().string(containsString("value=\"lea\"")));
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "Léa Martin").param("nomAffiche", "Léa Martin").param("role", "CLERK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Identifiant de connexion : l&#39;identifiant ne prend que des minuscules")))
                .andExpect(content().string(containsString("value=\"L&eacute;a Martin\"")));
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "portail.client").param("nomAffiche", "Portail").param("role", "CREDITOR"))
                .andExpect(content().string(containsString("Créancier : un utilisateur créancier doit être rattaché à un créancier.")));
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "clerc").param("nomAffiche", "Homonyme").param("role", "CLERK"))
                .andExpect(content().string(containsString("Identifiant de connexion : cet identifiant est déjà celui d&#39;un autre compte.")));
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "portail.client").param("nomAffiche", "Portail").param("role", "CREDITOR")
                        .param("creancier", UUID.randomUUID().toString()))
                .andExpect(content().string(containsString("Créancier : ce créancier n&#39;existe pas.")));
        mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "portail.client").param("nomAffiche", "Portail").param("role", "PATRON"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Rôle : « PATRON »")));
        assertThat(jdbc.queryForObject("select count(*) from utilisateur", Integer.class)).isEqualTo(avant);
    }

    @Test
    void aCreditorUserIsBoundToItsCreancierAndSeesItsPortfolio() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID creancier = jdbc.queryForObject("select creancier_id from utilisateur where identifiant = 'creancier'", UUID.class);
        MvcResult ouverture = mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(admin)
                        .param("identifiant", "portail.client").param("nomAffiche", "Service comptable")
                        .param("role", "CREDITOR").param("creancier", creancier.toString()))
                .andExpect(redirectedUrl("/admin/utilisateurs")).andReturn();
        assertThat(jdbc.queryForObject("select creancier_id from utilisateur where identifiant = 'portail.client'", UUID.class))
                .isEqualTo(creancier);
        String provisoire = ((UtilisateursController.MotDePasseAFournir) ouverture.getFlashMap().get("provisoire")).motDePasse();
        Cookie client = ConnexionDeTest.connecter(mvc, "portail.client", provisoire);
        mvc.perform(post("/mot-de-passe").with(csrf()).cookie(client).param("nouveau", "le portail du client")
                .param("confirmation", "le portail du client")).andExpect(redirectedUrl("/connexion?motDePasseChange"));
        mvc.perform(get("/portefeuille").cookie(ConnexionDeTest.connecter(mvc, "portail.client", "le portail du client")))
                .andExpect(status().isOk());
    }

    @Test
    void anEditChangesNameAndRoleIsAuditedAndAStaleOneIsAConflict() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);
        long version = jdbc.queryForObject("select version from utilisateur where id = ?", Long.class, julien);
        mvc.perform(get("/admin/utilisateurs/{id}", julien).cookie(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Julien Fabre")));

        mvc.perform(post("/admin/utilisateurs/{id}", julien).with(csrf()).cookie(admin).param("nomAffiche", "Julien Fabre-Roux")
                        .param("role", "HUISSIER").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("message", "Compte de Julien Fabre-Roux enregistré."));
        assertThat(jdbc.queryForMap("select nom_affiche, role, identifiant from utilisateur where id = ?", julien))
                .containsEntry("nom_affiche", "Julien Fabre-Roux").containsEntry("role", "HUISSIER")
                .containsEntry("identifiant", "clerc2");
        assertThat(jdbc.queryForObject("select avant->>'role' || '>' || (apres->>'role') from journal_audit "
                + "where entite_id = ? and action = 'MODIFICATION' order by id desc limit 1", String.class, julien.toString()))
                .isEqualTo("CLERK>HUISSIER");

        mvc.perform(post("/admin/utilisateurs/{id}", julien).with(csrf()).cookie(admin).param("nomAffiche", "Autre nom")
                        .param("role", "CLERK").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le compte de Julien Fabre-Roux a été modifié par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"Autre nom\"")));
        assertThat(jdbc.queryForObject("select nom_affiche from utilisateur where id = ?", String.class, julien))
                .isEqualTo("Julien Fabre-Roux");
    }

    @Test
    void theAdministratorKeepsHisOwnRole() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID lui = jdbc.queryForObject("select id from utilisateur where identifiant = 'admin'", UUID.class);
        long version = jdbc.queryForObject("select version from utilisateur where id = ?", Long.class, lui);
        mvc.perform(post("/admin/utilisateurs/{id}", lui).with(csrf()).cookie(admin).param("nomAffiche", "Administrateur")
                        .param("role", "CLERK").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rôle : vous ne pouvez pas retirer votre propre rôle d&#39;administrateur")));
        assertThat(jdbc.queryForObject("select role from utilisateur where id = ?", String.class, lui)).isEqualTo("ADMIN");
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndLiftsTheThrottling() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);
        for (int essai = 0; essai < 3; essai++) {
            mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse").user("clerc2")
                    .password("pas le bon")).andExpect(redirectedUrl("/connexion?erreur"));
        }
        mvc.perform(get("/admin/utilisateurs").cookie(admin))
                .andExpect(content().string(containsString("3 échec(s) de connexion récent(s)")));
        mvc.perform(post("/admin/utilisateurs/{id}/freinage", julien).with(csrf()).cookie(admin))
                .andExpect(flash().attribute("message",
                        "Les échecs de connexion de Julien Fabre sont effacés : ses connexions ne sont plus ralenties."));
        mvc.perform(get("/admin/utilisateurs").cookie(admin))
                .andExpect(content().string(not(containsString("échec(s) de connexion récent(s)"))));

        MvcResult reinitialisation = mvc.perform(post("/admin/utilisateurs/{id}/mot-de-passe", julien).with(csrf()).cookie(admin))
                .andExpect(redirectedUrl("/admin/utilisateurs")).andReturn();
        String provisoire = ((UtilisateursController.MotDePasseAFournir) reinitialisation.getFlashMap().get("provisoire"))
                .motDePasse();
        mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse").user("clerc2")
                .password("demo")).andExpect(redirectedUrl("/connexion?erreur"));
        mvc.perform(get("/").cookie(ConnexionDeTest.connecter(mvc, "clerc2", provisoire))).andExpect(redirectedUrl("/mot-de-passe"));
        assertThat(jdbc.queryForList("select action from journal_audit where entite_id = ? order by id desc limit 2",
                String.class, julien.toString())).containsExactly("FIN_DU_FREINAGE", "REINITIALISATION_MOT_DE_PASSE");
        jdbc.update("update utilisateur set mot_de_passe = (select mot_de_passe from utilisateur where identifiant = 'clerc'), "
                + "mot_de_passe_a_changer = false where id = ?", julien);
    }

    @Test
    void onlyTheAdministratorOpensOrChangesAccounts() throws Exception {
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);
        for (String role : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, role);
            mvc.perform(get("/admin/utilisateurs/nouveau").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/utilisateurs").with(csrf()).cookie(session).param("identifiant", "intrus")
                    .param("nomAffiche", "Intrus").param("role", "ADMIN")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/utilisateurs/{id}/mot-de-passe", julien).with(csrf()).cookie(session))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from utilisateur where identifiant = 'intrus'", Integer.class)).isZero();
    }

    @Test
    void aDisabledAccountCannotSignInUntilItIsEnabledAgainAndEachChangeIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID julien = jdbc.queryForObject("select id from utilisateur where identifiant = 'clerc2'", UUID.class);

        mvc.perform(post("/admin/utilisateurs/{id}/activite", julien).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("message", "Compte de Julien Fabre désactivé : il ne peut plus se connecter."));
        mvc.perform(formLogin("/connexion").userParameter("identifiant").passwordParam("motDePasse").user("clerc2")
                .password("demo")).andExpect(redirectedUrl("/connexion?erreur"));

        mvc.perform(post("/admin/utilisateurs/{id}/activite", julien).with(csrf()).cookie(admin).param("actif", "true"))
                .andExpect(flash().attribute("message", "Compte de Julien Fabre réactivé."));
        ConnexionDeTest.connecter(mvc, "clerc2");
        assertThat(jdbc.queryForList("select action from journal_audit where entite = 'utilisateur' and entite_id = ? "
                + "order by id desc limit 2", String.class, julien.toString())).containsExactly("ACTIVATION", "DESACTIVATION");
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'utilisateur' "
                + "and (jsonb_exists(avant, 'mot_de_passe') or jsonb_exists(apres, 'mot_de_passe'))", Integer.class))
                .as("no password hash in the journal").isZero();
    }

    @Test
    void theAdministratorCannotDisableHisOwnAccountAndOnlyHeManagesAccounts() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        UUID lui = jdbc.queryForObject("select id from utilisateur where identifiant = 'admin'", UUID.class);
        mvc.perform(post("/admin/utilisateurs/{id}/activite", lui).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(flash().attribute("alerte", "Vous ne pouvez pas désactiver votre propre compte."));
        assertThat(jdbc.queryForObject("select actif from utilisateur where id = ?", Boolean.class, lui)).isTrue();

        mvc.perform(post("/admin/utilisateurs/{id}/activite", lui).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("actif", "false")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/utilisateurs/{id}/activite", UUID.randomUUID()).with(csrf()).cookie(admin).param("actif", "false"))
                .andExpect(status().isNotFound());
    }
}
