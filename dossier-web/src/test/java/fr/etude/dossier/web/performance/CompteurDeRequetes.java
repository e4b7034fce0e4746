package fr.etude.dossier.web.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by wrapping its data source: each statement
 * prepared or created on one of its connections is one. (datasource-proxy, the library for this, is
 * not available to this build; these forty lines do the one thing needed.)
 */
final class CompteurDeRequetes implements BeanPostProcessor {

    private static final AtomicLong REQUETES = new AtomicLong();
    private static final java.util.List<String> TEXTES = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** The statements' text since the last call, for a test that says which ones a page sends. */
    static java.util.List<String> textes() {
        java.util.List<String> lus = java.util.List.copyOf(TEXTES);
        TEXTES.clear();
        return lus;
    }

    static long total() {
        return REQUETES.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String nom) {
        if (bean instanceof DataSource source) {
            return enveloppe(DataSource.class, source, (methode, arguments, resultat) -> resultat instanceof Connection connexion
                    ? enveloppe(Connection.class, connexion, CompteurDeRequetes::compter) : resultat);
        }
        return bean;
    }

    private static Object compter(Method methode, Object[] arguments, Object resultat) {
        String nom = methode.getName();
        if (nom.equals("prepareStatement") || nom.equals("createStatement") || nom.equals("prepareCall")) {
            REQUETES.incrementAndGet();
            TEXTES.add(arguments == null || arguments.length == 0 ? "(statement)" : String.valueOf(arguments[0]).replaceAll("\\s+", " "));
        }
        return resultat;
    }

    private interface Suite {
        Object apres(Method methode, Object[] arguments, Object resultat);
    }

    @SuppressWarnings("unchecked")
    private static <T> T enveloppe(Class<T> type, T cible, Suite suite) {
        InvocationHandler gestionnaire = (proxy, methode, arguments) -> {
            if (methode.getName().equals("unwrap") && arguments != null && arguments[0] instanceof Class<?> voulu
                    && !voulu.isInstance(proxy)) {
                return methode.invoke(cible, arguments);
            }
            try {
                return suite.apres(methode, arguments, methode.invoke(cible, arguments));
            } catch (InvocationTargetException erreur) {
                throw erreur.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, gestionnaire);
    }
}
