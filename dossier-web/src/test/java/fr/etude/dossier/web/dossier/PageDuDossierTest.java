package fr.etude.dossier.web.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import fr.etude.dossier.web.ConnexionDeTest;

/** The dossier page works without JavaScript and names every column for a screen reader. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PageDuDossierTest {

    private static final Pattern FILTRE = Pattern.compile("<form[^>]*data-test=\"filtre-chronologie\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\saction=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutJavaScriptTheTimelineFilterReloadsTheDossierAtItsTimeline() throws Exception {
        UUID dossier = jdbc.queryForObject("select id from dossier order by id limit 1", UUID.class);

        String page = page(dossier);

        Matcher formulaire = FILTRE.matcher(page);
        assertThat(formulaire.find()).as("the timeline filter").isTrue();
        Matcher action = ACTION.matcher(formulaire.group());
        assertThat(action.find()).as("its action").isTrue();
        assertThat(action.group(1)).isEqualTo("/dossiers/" + dossier + "#chronologie");
    }

    @Test
    void thePaymentsTableNamesItsReversalColumn() throws Exception {
        UUID dossier = jdbc.queryForObject("select dossier_id from paiement order by id limit 1", UUID.class);

        String page = page(dossier);

        String tableau = page.substring(page.indexOf("data-test=\"paiements\""), page.indexOf("</thead>", page.indexOf("data-test=\"paiements\"")));
        assertThat(tableau).contains("<th scope=\"col\"><span class=\"visually-hidden\">Contre-passation</span></th>")
                .doesNotContain("<th scope=\"col\"></th>");
    }

    private String page(UUID dossier) throws Exception {
        return mvc.perform(get("/dossiers/{id}", dossier).cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
