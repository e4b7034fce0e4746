package fr.etude.dossier.web.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions as the pages use them: Spring Session's JDBC repository, without its write on every
 * page. Spring Session moves a session's last access at each request, which makes the session
 * "changed" and costs a transaction and an UPDATE per page viewed. Here the last access is moved
 * only once it is {@code pas} old, and a session in which nothing changed is not written at all.
 * The price: a session may end up to {@code pas} before its timeout (a minute out of eight hours).
 */
final class SessionsEcritesAuBesoin<S extends Session> implements SessionRepository<SessionsEcritesAuBesoin.Suivie<S>> {

    private final SessionRepository<S> sessions;
    private final Duration pas;

    SessionsEcritesAuBesoin(SessionRepository<S> sessions, Duration pas) {
        this.sessions = sessions;
        this.pas = pas;
    }

    @Override
    public Suivie<S> createSession() {
        return new Suivie<>(sessions.createSession(), pas, true);
    }

    @Override
    public void save(Suivie<S> session) {
        if (session.modifiee) {
            sessions.save(session.enregistree);
            session.modifiee = false;
        }
    }

    @Override
    public Suivie<S> findById(String id) {
        S enregistree = sessions.findById(id);
        return enregistree == null ? null : new Suivie<>(enregistree, pas, false);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    /** A session that knows whether anything worth writing happened to it. */
    static final class Suivie<S extends Session> implements Session {

        private final S enregistree;
        private final Duration pas;
        private boolean modifiee;

        Suivie(S enregistree, Duration pas, boolean nouvelle) {
            this.enregistree = enregistree;
            this.pas = pas;
            this.modifiee = nouvelle;
        }

        @Override
        public void setLastAccessedTime(Instant moment) {
            if (modifiee || !moment.isBefore(enregistree.getLastAccessedTime().plus(pas))) {
                enregistree.setLastAccessedTime(moment);
                modifiee = true;
            }
        }

        @Override
        public void setAttribute(String nom, Object valeur) {
            enregistree.setAttribute(nom, valeur);
            modifiee = true;
        }

        @Override
        public void removeAttribute(String nom) {
            enregistree.removeAttribute(nom);
            modifiee = true;
        }

        @Override
        public String changeSessionId() {
            modifiee = true;
            return enregistree.changeSessionId();
        }

        @Override
        public void setMaxInactiveInterval(Duration duree) {
            enregistree.setMaxInactiveInterval(duree);
            modifiee = true;
        }

        @Override
        public String getId() {
            return enregistree.getId();
        }

        @Override
        public <T> T getAttribute(String nom) {
            return enregistree.getAttribute(nom);
        }

        @Override
        public Set<String> getAttributeNames() {
            return enregistree.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return enregistree.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return enregistree.getLastAccessedTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return enregistree.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return enregistree.isExpired();
        }
    }
}
