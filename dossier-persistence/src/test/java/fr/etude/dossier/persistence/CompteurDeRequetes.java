package fr.etude.dossier.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements prepared through the DataSource, to catch N+1 queries in lists. */
@TestConfiguration(proxyBeanMethods = false)
public class CompteurDeRequetes {

    static final AtomicInteger REQUETES = new AtomicInteger();

    @Bean
    static BeanPostProcessor compterLesRequetes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof DataSource source ? compter(source) : bean;
            }
        };
    }

    private static DataSource compter(DataSource source) {
        return proxy(DataSource.class, source, (cible, methode, arguments) -> {
            Object resultat = invoquer(methode, cible, arguments);
            return resultat instanceof Connection connexion ? proxy(Connection.class, connexion, (c, m, a) -> {
                if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")) {
                    REQUETES.incrementAndGet();
                }
                return invoquer(m, c, a);
            }) : resultat;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T cible, Interception interception) {
        InvocationHandler gestionnaire = (p, methode, arguments) -> interception.intercepter(cible, methode, arguments);
        return (T) Proxy.newProxyInstance(CompteurDeRequetes.class.getClassLoader(), new Class<?>[] {type}, gestionnaire);
    }

    private static Object invoquer(java.lang.reflect.Method methode, Object cible, Object[] arguments) throws Throwable {
        try {
            return methode.invoke(cible, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Interception {
        Object intercepter(Object cible, java.lang.reflect.Method methode, Object[] arguments) throws Throwable;
    }
}
