package fr.etude.dossier.core.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.identite.Email;

class EnvoiTest {

    private static final Instant MIDI = Instant.parse("2026-11-20T11:00:00Z");

    private final Envoi envoi = Envoi.aEnvoyer(UUID.randomUUID(), DossierId.nouveau(), new Email("agnes@example.fr"),
            "Relance amiable", MIDI);

    @Test
    void aFailureIsTriedAgainLaterEachTimeThenGivenUpAndKeptVisible() {
        envoi.echec("Connexion refusée", MIDI);
        assertThat(envoi.prochainEssai()).isEqualTo(MIDI.plus(Duration.ofMinutes(1)));
        envoi.echec("Connexion refusée", MIDI);
        assertThat(envoi.prochainEssai()).isEqualTo(MIDI.plus(Duration.ofMinutes(2)));
        envoi.echec("Connexion refusée", MIDI);
        assertThat(envoi.prochainEssai()).isEqualTo(MIDI.plus(Duration.ofMinutes(4)));
        for (int i = 3; i < 9; i++) {
            envoi.echec("Connexion refusée", MIDI);
        }
        assertThat(envoi.prochainEssai()).as("never more than six hours apart").isEqualTo(MIDI.plus(Duration.ofHours(4).plusMinutes(16)));
        assertThat(envoi.statut()).isEqualTo(Envoi.Statut.A_ENVOYER);

        envoi.echec("Boîte pleine", MIDI);
        assertThat(envoi.statut()).isEqualTo(Envoi.Statut.ECHOUE);
        assertThat(envoi.tentatives()).isEqualTo(Envoi.TENTATIVES_MAX);
        assertThat(envoi.derniereErreur()).contains("Boîte pleine");
        assertThatThrownBy(() -> envoi.envoye(MIDI)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentMessageKeepsItsDateAndForgetsTheEarlierError() {
        envoi.echec("Délai dépassé", MIDI);
        envoi.envoye(MIDI.plusSeconds(90));
        assertThat(envoi.statut()).isEqualTo(Envoi.Statut.ENVOYE);
        assertThat(envoi.envoyeLe()).contains(MIDI.plusSeconds(90));
        assertThat(envoi.derniereErreur()).isEmpty();
        assertThat(envoi.tentatives()).isEqualTo(2);
    }

    @Test
    void aMessageThatIsNoLetterCarriesItsOwnTextAndNoDossier() {
        Envoi resume = Envoi.aEnvoyer(new Envoi.Texte("Bonjour,", java.util.Optional.of("<p>Bonjour,</p>")),
                new Email("compta@banque.fr"), "Résumé de la semaine", MIDI);
        assertThat(resume.lettre()).isEmpty();
        assertThat(resume.texte()).hasValueSatisfying(texte -> assertThat(texte.html()).contains("<p>Bonjour,</p>"));
        assertThat(envoi.lettre()).isPresent();
        assertThatThrownBy(() -> new Envoi.Texte(" ", java.util.Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
