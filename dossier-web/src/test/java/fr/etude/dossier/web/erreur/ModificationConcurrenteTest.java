package fr.etude.dossier.web.erreur;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.web.ConnexionDeTest;

/**
 * The fallback pages for what a controller left unhandled: a stale write wherever it surfaces, a
 * form object that cannot be read. A test controller raises them as a real write would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ModificationConcurrenteTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Essais {

        @Bean
        EcrituresPerimees ecrituresPerimees() {
            return new EcrituresPerimees();
        }
    }

    @Controller
    static class EcrituresPerimees {

        @PostMapping("/essais/ecriture-jpa")
        String ecritureJpa() {
            throw new ObjectOptimisticLockingFailureException("fr.etude.dossier.persistence.dossier.DossierEntity", 42);
        }

        @PostMapping("/essais/ecriture-jakarta")
        String ecritureJakarta() {
            throw new OptimisticLockException("Row was updated or deleted by another transaction");
        }

        @PostMapping("/essais/ecriture-du-domaine")
        String ecritureDuDomaine() {
            throw new ModificationConcurrente(new ReferenceDossier("2026-000042"));
        }

        /** A form object with a number and no BindingResult, as a careless controller would have. */
        @PostMapping("/essais/formulaire")
        String formulaire(@ModelAttribute Formulaire formulaire) {
            return "redirect:/";
        }

        record Formulaire(int nombre) {
        }
    }

    @Autowired
    MockMvc mvc;

    Cookie session;

    @BeforeEach
    void seConnecter() throws Exception {
        session = ConnexionDeTest.connecter(mvc, "clerc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/essais/ecriture-jpa", "/essais/ecriture-jakarta"})
    void aStaleWriteAnywhereIsAFrenchConflictPageSayingNothingWasSaved(String adresse) throws Exception {
        mvc.perform(post(adresse).cookie(session).with(csrf()).header("Referer", "http://localhost/dossiers/42"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Le dossier a été modifié par quelqu&#39;un d&#39;autre "
                        + "pendant que vous travailliez : rien n&#39;a été enregistré.")))
                .andExpect(content().string(containsString("href=\"/dossiers/42\"")));
    }

    @Test
    void aStaleDossierLeftToTheFallbackKeepsItsOwnMessage() throws Exception {
        mvc.perform(post("/essais/ecriture-du-domaine").cookie(session).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Le dossier 2026-000042 a été modifié par quelqu&#39;un")))
                .andExpect(content().string(containsString("href=\"/\"")));
    }

    @Test
    void aFormFieldThatCannotBeReadIsNamedInFrench() throws Exception {
        mvc.perform(post("/essais/formulaire").param("nombre", "douze").cookie(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Le paramètre « nombre » doit être un nombre entier.")));
    }
}
