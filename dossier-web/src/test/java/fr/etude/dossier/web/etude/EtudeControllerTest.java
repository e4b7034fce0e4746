package fr.etude.dossier.web.etude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.web.ConnexionDeTest;

/** The office's identity, entered by the administrator with each value checked, for its letters. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EtudeControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void sansIdentite() {
        jdbc.update("delete from etude");
    }

    @Test
    void theAdministratorEntersTheOfficesIdentityAndItIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(containsString("identité de l&#39;étude (nom, adresse, SIRET, IBAN…) : à compléter")));

        mvc.perform(identite(admin, "73282932000074", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP"))
                .andExpect(redirectedUrl("/admin"));

        assertThat(jdbc.queryForMap("select siret, iban, bic, commissaire from etude"))
                .containsEntry("siret", "73282932000074").containsEntry("iban", "FR7630006000011234567890189")
                .containsEntry("bic", "AGRIFRPP").containsEntry("commissaire", "Me Hélène Garnier");
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'etude'", Integer.class)).isEqualTo(1);
        mvc.perform(get("/admin").cookie(admin)).andExpect(content().string(org.hamcrest.Matchers.not(containsString("à compléter"))));
    }

    @Test
    void aWrongSiretIbanOrBicIsNamedAndNothingIsSaved() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(identite(admin, "73282932000075", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SIRET : le SIRET « 73282932000075 » n&#39;est pas valide")));
        mvc.perform(identite(admin, "73282932000074", "FR76 3000 6000 0112 3456 7890 188", "AGRIFRPP"))
                .andExpect(content().string(containsString("IBAN du compte de l&#39;étude :")))
                .andExpect(content().string(containsString("value=\"FR76 3000 6000 0112 3456 7890 188\"")));
        mvc.perform(identite(admin, "73282932000074", "FR76 3000 6000 0112 3456 7890 189", "AG!"))
                .andExpect(content().string(containsString("BIC : le BIC « AG! » n&#39;est pas valide")));
        assertThat(jdbc.queryForObject("select count(*) from etude", Integer.class)).isZero();
        mvc.perform(get("/admin/etude").cookie(ConnexionDeTest.connecter(mvc, "creancier"))).andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder identite(Cookie admin, String siret, String iban, String bic) {
        return post("/admin/etude").with(csrf()).cookie(admin).param("nom", "Étude Garnier, commissaires de justice")
                .param("adresse", "12 quai Perrache").param("codePostal", "69002").param("ville", "Lyon")
                .param("siret", siret).param("telephone", "04 78 00 00 00").param("email", "contact@etude-garnier.fr")
                .param("iban", iban).param("bic", bic).param("commissaire", "Me Hélène Garnier");
    }
}
