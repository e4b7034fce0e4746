package fr.etude.dossier.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test's Spring context gets a database of its own on the test server, named {@link #value()},
 * instead of the shared one: an office's first day, with nothing but what the application creates.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface BaseDistincte {

    /** A plain PostgreSQL name: lower case letters, digits and underscores. */
    String value();
}
