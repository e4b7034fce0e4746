package fr.etude.dossier.core.utilisateur;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sign-in throttling, counted three ways at once so that a guesser is slowed down and a stranger
 * still cannot keep a clerk out of his account (a lock-out per login let anyone who knew the logins
 * close the whole office):
 * <ul>
 * <li>{@code parPaire}, per login and address: strict, it stops a guesser at one address working
 * on one account;</li>
 * <li>{@code parAdresse}, per address whatever the login: strict but more tolerant, as a whole
 * office may sign in through one address; it stops one password tried over every login;</li>
 * <li>{@code parIdentifiant}, per login whatever the address: soft, with a short cap, against a
 * guesser spread over many addresses. It does not apply at an address where this login has signed
 * in before: failures made elsewhere never delay a clerk at his usual desk, and delay him at a new
 * address by the soft cap at most.</li>
 * </ul>
 * A series of failures is forgotten after {@code oubli} without a new one.
 */
public record FreinageDesConnexions(RegleDeFreinage parPaire, RegleDeFreinage parAdresse,
                                    RegleDeFreinage parIdentifiant, Duration oubli) {

    public FreinageDesConnexions {
        Objects.requireNonNull(parPaire);
        Objects.requireNonNull(parAdresse);
        Objects.requireNonNull(parIdentifiant);
        Objects.requireNonNull(oubli);
        // Forgetting sooner than the longest wait would let a guesser wait for oblivion instead.
        if (Stream.of(parPaire, parAdresse, parIdentifiant).anyMatch(regle -> oubli.compareTo(regle.attenteMax()) < 0)) {
            throw new IllegalArgumentException("Les échecs ne peuvent pas être oubliés avant la fin de la plus longue attente.");
        }
    }

    /** What is known, at the moment of an attempt, of the failures that concern it. */
    public record Antecedents(SerieDEchecs paire, SerieDEchecs adresse, SerieDEchecs identifiant,
                              boolean adresseConnue) {

        public Antecedents {
            Objects.requireNonNull(paire);
            Objects.requireNonNull(adresse);
            Objects.requireNonNull(identifiant);
        }
    }

    /** Whether an attempt may check its password now; if not, from when it may. */
    public record Admission(Optional<Instant> differeeJusqua) {

        public static final Admission ADMISE = new Admission(Optional.empty());

        public Admission {
            Objects.requireNonNull(differeeJusqua);
        }

        public boolean admise() {
            return differeeJusqua.isEmpty();
        }
    }

    public Admission admettre(Antecedents antecedents, Instant maintenant) {
        Optional<Instant> prochainEssai = Stream.of(
                        prochainEssai(parPaire, antecedents.paire(), maintenant),
                        prochainEssai(parAdresse, antecedents.adresse(), maintenant),
                        antecedents.adresseConnue() ? Optional.<Instant>empty()
                                : prochainEssai(parIdentifiant, antecedents.identifiant(), maintenant))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        return prochainEssai.filter(maintenant::isBefore).map(jusqua -> new Admission(Optional.of(jusqua)))
                .orElse(Admission.ADMISE);
    }

    /** The series once one more failure, at {@code maintenant}, is added to it. */
    public SerieDEchecs apresUnEchec(SerieDEchecs serie, Instant maintenant) {
        return new SerieDEchecs(enCours(serie, maintenant) + 1, Optional.of(maintenant));
    }

    /** Failures still remembered at {@code maintenant}. */
    public int enCours(SerieDEchecs serie, Instant maintenant) {
        return serie.dernier().filter(dernier -> maintenant.isBefore(dernier.plus(oubli))).isPresent()
                ? serie.nombre() : 0;
    }

    /**
     * Whether a login's failures, wherever they were made, now delay its sign-ins from an address it
     * never signed in from: what the administrator's list shows as "ralenti".
     */
    public boolean ralentit(SerieDEchecs identifiant, Instant maintenant) {
        return !parIdentifiant.attenteApres(enCours(identifiant, maintenant)).isZero();
    }

    /** The moment after which a series with no new failure is forgotten: older ones can be deleted. */
    public Instant oubliAvant(Instant maintenant) {
        return maintenant.minus(oubli);
    }

    private Optional<Instant> prochainEssai(RegleDeFreinage regle, SerieDEchecs serie, Instant maintenant) {
        int echecs = enCours(serie, maintenant);
        // Tolerated failures impose nothing, even when the last one is stamped a moment ahead of
        // this instance's clock (another instance's clock, a rounded timestamp).
        if (regle.attenteApres(echecs).isZero()) {
            return Optional.empty();
        }
        return serie.dernier().map(dernier -> regle.prochainEssai(echecs, dernier));
    }
}
