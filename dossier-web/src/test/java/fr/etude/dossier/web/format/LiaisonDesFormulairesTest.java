package fr.etude.dossier.web.format;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import fr.etude.dossier.core.argent.Montant;

/**
 * How every form binds, in a web slice (no database, no service): French values read by the
 * formatters, and a value that cannot be read named in French with what was typed.
 */
@WebMvcTest(controllers = LiaisonDesFormulairesTest.Essai.class)
@Import({LiaisonDesFormulairesTest.Essai.class, SaisieConfiguration.class})
class LiaisonDesFormulairesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void frenchValuesAreReadAndTrimmedTextIsAbsentWhenBlank() throws Exception {
        mvc.perform(post("/essai").with(csrf()).with(user("clerc")).param("montant", "1 234,56").param("date", "30/11/2026")
                        .param("taux", "6,65").param("texte", "   "))
                .andExpect(content().string("1234.56|2026-11-30|6.65|null"));
    }

    @Test
    void aValueThatCannotBeReadIsNamedWithWhatWasTyped() throws Exception {
        mvc.perform(post("/essai").with(csrf()).with(user("clerc")).param("montant", "1e5").param("date", "31/02/2026")
                        .param("taux", "six").param("texte", "x".repeat(11)))
                .andExpect(content().string("date : « 31/02/2026 » n'est pas une date jj/mm/aaaa (ex. 30/11/2026).\n"
                        + "montant : « 1e5 » n'est pas un montant (ex. 1 234,56).\n"
                        + "taux : « six » n'est pas un taux (ex. 6,65).\n"
                        + "texte : 10 caractères au plus."));
    }

    /** A form of every kind of field, and a controller that says what it received. */
    @RestController
    static class Essai {

        @Autowired
        MessageSource messages;

        @PostMapping("/essai")
        @ResponseBody
        String lier(@Valid @ModelAttribute("essai") Saisie saisie, BindingResult resultat) {
            if (resultat.hasErrors()) {
                return resultat.getFieldErrors().stream()
                        .map(erreur -> messages.getMessage(erreur, Locale.FRANCE))
                        .sorted().collect(Collectors.joining("\n"));
            }
            return saisie.montant.valeur() + "|" + saisie.date + "|" + saisie.taux + "|" + saisie.texte;
        }
    }

    public static class Saisie {
        @NotNull
        private Montant montant;
        @NotNull
        private LocalDate date;
        private BigDecimal taux;
        @Size(max = 10)
        private String texte;

        public Montant getMontant() { return montant; }
        public void setMontant(Montant montant) { this.montant = montant; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public BigDecimal getTaux() { return taux; }
        public void setTaux(BigDecimal taux) { this.taux = taux; }
        public String getTexte() { return texte; }
        public void setTexte(String texte) { this.texte = texte; }
    }
}
