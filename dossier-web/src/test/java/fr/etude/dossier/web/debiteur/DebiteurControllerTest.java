package fr.etude.dossier.web.debiteur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DebiteurControllerTest {

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;
    private UUID debiteur;

    @BeforeEach
    void unDebiteurPersonnePhysique() {
        Map<String, Object> ligne = jdbc.queryForMap("select dossier_id, debiteur_id from dossier_debiteur where dossier_id = ?",
                DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value());
        dossier = (UUID) ligne.get("dossier_id");
        debiteur = (UUID) ligne.get("debiteur_id");
    }

    @Test
    void aNewAddressIsSavedAndTheOldOneStaysInTheHistory() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String ancienne = jdbc.queryForObject("select adresse from debiteur where id = ?", String.class, debiteur);

        mvc.perform(corriger(session, "8 place Bellecour", "69002", "06 98 76 54 32", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/debiteur?rang=1"));

        assertThat(jdbc.queryForMap("select adresse, code_postal, telephone from debiteur where id = ?", debiteur))
                .containsEntry("adresse", "8 place Bellecour").containsEntry("code_postal", "69002")
                .containsEntry("telephone", "+33698765432");
        mvc.perform(get("/dossiers/{id}/debiteur", dossier).cookie(session))
                .andExpect(content().string(containsString("8 place Bellecour, 69002 Lyon")))
                .andExpect(content().string(containsString(ancienne)))
                .andExpect(content().string(containsString("06 98 76 54 32")));
    }

    @Test
    void everyWrongFieldIsNamedAndNothingChanges() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String avant = jdbc.queryForObject("select to_jsonb(d)::text from debiteur d where id = ?", String.class, debiteur);

        mvc.perform(post("/dossiers/{id}/debiteurs/{d}", dossier, debiteur).with(csrf()).cookie(session)
                        .param("nom", "Dupont").param("adresse", "8 place Bellecour").param("codePostal", "6900")
                        .param("ville", "Lyon").param("telephone", "12").param("email", "pas-un-mail")
                        .param("naissance", "01/01/2999").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adresse : le code postal « 6900 » doit comporter 5 chiffres.")))
                .andExpect(content().string(containsString("Téléphone : « 12 » n&#39;est pas un numéro de téléphone valide")))
                .andExpect(content().string(containsString("E-mail : « pas-un-mail » n&#39;est pas une adresse e-mail valide")))
                .andExpect(content().string(containsString("Date de naissance : la date doit être passée.")))
                .andExpect(content().string(containsString("value=\"pas-un-mail\"")));
        mvc.perform(post("/dossiers/{id}/debiteurs/{d}", dossier, debiteur).with(csrf()).cookie(session)
                        .param("nom", " ").param("version", version()))
                .andExpect(content().string(containsString("Nom : le nom du débiteur est obligatoire.")));

        assertThat(jdbc.queryForObject("select to_jsonb(d)::text from debiteur d where id = ?", String.class, debiteur))
                .isEqualTo(avant);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String version = version();
        mvc.perform(corriger(session, "1 rue Neuve", "69001", "", version)).andExpect(status().is3xxRedirection());

        mvc.perform(corriger(session, "2 rue Neuve", "69001", "", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a été modifiée par quelqu&#39;un d&#39;autre")));
        assertThat(jdbc.queryForObject("select adresse from debiteur where id = ?", String.class, debiteur)).isEqualTo("1 rue Neuve");
    }

    @Test
    void aDebiteurOfAnotherDossierCannotBeChangedThroughThisOneAndACreditorCannotChangeAny() throws Exception {
        UUID autre = jdbc.queryForObject("select debiteur_id from dossier_debiteur where dossier_id <> ? limit 1", UUID.class, dossier);
        mvc.perform(post("/dossiers/{id}/debiteurs/{d}", dossier, autre).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "clerc")).param("nom", "X").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(corriger(ConnexionDeTest.connecter(mvc, "creancier"), "1 rue Neuve", "69001", "", version()))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder corriger(Cookie session, String adresse, String codePostal, String telephone,
                                                   String version) {
        return post("/dossiers/{id}/debiteurs/{d}", dossier, debiteur).with(csrf()).cookie(session)
                .param("civilite", "MME").param("nom", "Dupont").param("prenom", "Marie").param("naissance", "")
                .param("adresse", adresse).param("codePostal", codePostal).param("ville", "Lyon")
                .param("telephone", telephone).param("email", "").param("version", version);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from debiteur where id = ?", Long.class, debiteur));
    }
}
