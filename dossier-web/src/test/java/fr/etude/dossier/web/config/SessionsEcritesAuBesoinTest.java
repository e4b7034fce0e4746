package fr.etude.dossier.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

class SessionsEcritesAuBesoinTest {

    private static final Instant CONNEXION = Instant.parse("2026-11-20T09:30:00Z");

    private final Ecritures ecritures = new Ecritures();
    private final SessionsEcritesAuBesoin<MapSession> sessions = new SessionsEcritesAuBesoin<>(ecritures, Duration.ofMinutes(1));
    private String id;

    @BeforeEach
    void uneSessionOuverte() {
        var session = sessions.createSession();
        session.setLastAccessedTime(CONNEXION);
        session.setAttribute("SPRING_SECURITY_CONTEXT", "clerc");
        sessions.save(session);
        id = session.getId();
        ecritures.nombre = 0;
    }

    @Test
    void aPageViewedWithinTheStepWritesNothing() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(CONNEXION.plusSeconds(59));
        sessions.save(session);

        assertThat(ecritures.nombre).isZero();
        assertThat(sessions.findById(id).getLastAccessedTime()).isEqualTo(CONNEXION);
    }

    @Test
    void theLastAccessIsWrittenOnceTheStepHasPassed() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(CONNEXION.plusSeconds(60));
        sessions.save(session);

        assertThat(ecritures.nombre).isEqualTo(1);
        assertThat(sessions.findById(id).getLastAccessedTime()).isEqualTo(CONNEXION.plusSeconds(60));
    }

    @Test
    void aChangedAttributeIsWrittenWithTheExactLastAccess() {
        var session = sessions.findById(id);
        session.setLastAccessedTime(CONNEXION.plusSeconds(10));
        session.setAttribute("CSRF", "jeton");
        sessions.save(session);
        sessions.save(session);

        assertThat(ecritures.nombre).isEqualTo(1);
        var relue = sessions.findById(id);
        assertThat(relue.<String>getAttribute("CSRF")).isEqualTo("jeton");
        assertThat(relue.getLastAccessedTime()).isEqualTo(CONNEXION);
    }

    @Test
    void aRemovedAttributeOrANewIdentifierIsWritten() {
        var session = sessions.findById(id);
        session.removeAttribute("SPRING_SECURITY_CONTEXT");
        sessions.save(session);
        var autre = sessions.findById(id);
        String nouvelId = autre.changeSessionId();
        sessions.save(autre);

        assertThat(ecritures.nombre).isEqualTo(2);
        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById(nouvelId).getAttributeNames()).isEmpty();
    }

    /** Spring Session's in-memory repository, counting the sessions it is given to save. */
    private static final class Ecritures implements SessionRepository<MapSession> {
        private final MapSessionRepository memoire = new MapSessionRepository(new HashMap<>());
        private int nombre;

        Ecritures() {
            // The sessions are dated on the fixed clock; the in-memory repository checks them against the real one.
            memoire.setDefaultMaxInactiveInterval(Duration.ofDays(36_500));
        }

        @Override
        public MapSession createSession() {
            return memoire.createSession();
        }

        @Override
        public void save(MapSession session) {
            nombre++;
            memoire.save(session);
        }

        @Override
        public MapSession findById(String id) {
            return memoire.findById(id);
        }

        @Override
        public void deleteById(String id) {
            memoire.deleteById(id);
        }
    }
}
