package lv.pietura.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web sessions are distributable: what a view- or session-scoped bean holds is written out to the
 * other node of a cluster, so every field it keeps (and what its lists and maps hold) must be serialisable,
 * by its declared type. Injected references are the container's serialisable proxies.
 */
class SessionStateTest {

    @Test
    void everythingAViewOrSessionKeepsCanBeWrittenOut() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("the view- and session-scoped beans found").hasSizeGreaterThan(20);
        for (Class<?> bean : beans) {
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (kept(field) && !serialisable(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": "
                                + field.getGenericType().getTypeName());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers)
                && !Modifier.isTransient(modifiers)
                && !field.isSynthetic()
                && !field.isAnnotationPresent(Inject.class)
                && !field.isAnnotationPresent(EJB.class);
    }

    private static boolean serialisable(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || Serializable.class.isAssignableFrom(plain);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            // a list or map field is written out as whatever implementation it holds; its elements must be
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
            return (container || Serializable.class.isAssignableFrom(raw))
                    && Stream.of(generic.getActualTypeArguments()).allMatch(SessionStateTest::serialisable);
        }
        return true; // type variables and wildcards: judged where they are bound
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SessionStateTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
