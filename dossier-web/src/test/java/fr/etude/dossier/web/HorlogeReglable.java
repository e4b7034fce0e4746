package fr.etude.dossier.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A stopped clock that a test moves forward by hand: waits are proven without sleeping. */
public final class HorlogeReglable extends Clock {

    private volatile Instant maintenant;
    private final ZoneId zone;

    public HorlogeReglable(Instant depart, ZoneId zone) {
        this.maintenant = depart;
        this.zone = zone;
    }

    public void avancer(Duration duree) {
        maintenant = maintenant.plus(duree);
    }

    @Override
    public Instant instant() {
        return maintenant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId autre) {
        return new HorlogeReglable(maintenant, autre);
    }
}
