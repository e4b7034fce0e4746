package fr.etude.dossier.web.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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

import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DocumentControllerTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;

    @BeforeEach
    void unDossier() {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).creer().value();
    }

    @Test
    void aFiledPdfIsListedAndComesBackAsTheSameBytes() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(multipart("/dossiers/{id}/documents", dossier).file(new MockMultipartFile("fichier", "mandat signé.pdf",
                        "application/pdf", PDF)).param("visibleDuCreancier", "true").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#documents"))
                .andExpect(flash().attribute("message", "Document déposé : mandat signé.pdf."));
        UUID document = jdbc.queryForObject("select id from document where dossier_id = ? and nom = 'mandat signé.pdf'",
                UUID.class, dossier);

        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(containsString("mandat signé.pdf")));
        byte[] relu = mvc.perform(get("/dossiers/{id}/documents/{d}", dossier, document).cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(relu).isEqualTo(PDF);
    }

    @Test
    void aFileThatIsNotAPdfOrAnImageIsRefusedWhateverItsNameAndNothingIsKept() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(multipart("/dossiers/{id}/documents", dossier).file(new MockMultipartFile("fichier", "facture.pdf",
                        "application/pdf", "MZ\u0090 programme".getBytes(StandardCharsets.ISO_8859_1))).with(csrf()).cookie(session))
                .andExpect(flash().attribute("alerte",
                        "« facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces fichiers sont acceptés."));
        mvc.perform(multipart("/dossiers/{id}/documents", dossier).with(csrf()).cookie(session))
                .andExpect(flash().attribute("alerte", "Choisissez un fichier à déposer."));
        assertThat(jdbc.queryForObject("select count(*) from document where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aDocumentIsReadOnlyThroughItsOwnDossierAndNeverByACreditor() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(multipart("/dossiers/{id}/documents", dossier).file(new MockMultipartFile("fichier", "courrier.pdf",
                "application/pdf", PDF)).with(csrf()).cookie(session));
        UUID document = jdbc.queryForObject("select id from document where dossier_id = ? limit 1", UUID.class, dossier);
        UUID autreDossier = jdbc.queryForObject("select id from dossier where id <> ? limit 1", UUID.class, dossier);

        mvc.perform(get("/dossiers/{id}/documents/{d}", autreDossier, document).cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/dossiers/{id}/documents/{d}", dossier, document).cookie(ConnexionDeTest.connecter(mvc, "creancier")))
                .andExpect(status().isForbidden());
    }
}
