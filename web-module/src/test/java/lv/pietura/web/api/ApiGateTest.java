package lv.pietura.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lv.pietura.shared.TooLarge;
import org.junit.jupiter.api.Test;

/** Every API operation says who may call it, and no body grows past its limit. */
class ApiGateTest {

    @Test
    void aParameterWithTheNulCharacterIsNamedSoThatNoLookupSeesIt() {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add("q", "Ozola");
        parameters.add("first", "0");
        assertThat(ApiGate.withNul(parameters)).isNull();
        parameters.add("id", "iesniegums.pdf" + (char) 0 + ".exe");
        assertThat(ApiGate.withNul(parameters)).isEqualTo("id");
    }

    @Test
    void everyOperationDeclaresItsRolesOrThatItIsOpen() throws Exception {
        List<String> undeclared = new ArrayList<>();
        List<Method> operations = operations();
        for (Method operation : operations) {
            if (!ApiGate.isOpen(operation) && ApiGate.rolesAllowed(operation).isEmpty()) {
                undeclared.add(operation.getDeclaringClass().getSimpleName() + "." + operation.getName());
            }
        }
        assertThat(operations).hasSizeGreaterThan(10);
        assertThat(undeclared).as("operations closed to everyone by omission").isEmpty();
    }

    @Test
    void theOpenOperationsAreThePublicCatalogueAndDirectory() throws Exception {
        assertThat(operations().stream()
                        .filter(ApiGate::isOpen)
                        .map(m -> m.getDeclaringClass().getSimpleName())
                        .distinct())
                .containsExactlyInAnyOrder("CatalogueResource", "DirectoryResource");
    }

    @Test
    void aBodyIsReadUpToItsLimitAndNotOneByteFurther() throws IOException {
        InputStream body = new ApiGate.Limited(new ByteArrayInputStream(new byte[100]), 100);
        assertThat(body.readAllBytes()).hasSize(100);
        InputStream longer = new ApiGate.Limited(new ByteArrayInputStream(new byte[101]), 100);
        assertThatThrownBy(longer::readAllBytes)
                .isInstanceOfSatisfying(
                        TooLarge.class, e -> assertThat(e.arguments()).containsExactly("100 B"));
    }

    private static List<Method> operations() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(ApiGate.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Method> operations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("lv/pietura/web/api"))) {
            for (java.nio.file.Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                Class<?> type = Class.forName(
                        "lv.pietura.web.api." + file.getFileName().toString().replace(".class", ""),
                        false,
                        ApiGateTest.class.getClassLoader());
                if (!type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
                            .anyMatch(method::isAnnotationPresent)) {
                        operations.add(method);
                    }
                }
            }
        }
        return operations;
    }
}
