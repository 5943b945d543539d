package lv.pietura.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No demo accounts, and no built-in database password, unless someone asked for them. */
class DemoDataTest {

    @Test
    void withoutBeingAskedNoDemoIsLoadedOnAnyDatabase() {
        assertThat(DemoData.passwords(null, null)).isEmpty();
        assertThat(DemoData.passwords("off", "127.0.0.1")).isEmpty();
        assertThat(DemoData.passwords("auto", "127.0.0.1"))
                .as("the old default no longer loads anything")
                .isEmpty();
    }

    @Test
    void theReadmesRunKeepsThePublishedPasswordsOnlyWhileTheServerListensOnItsOwnMachine() {
        assertThat(DemoData.passwords("local", null)).contains(DemoPasswords.PUBLISHED);
        assertThat(DemoData.passwords("local", "127.0.0.1")).contains(DemoPasswords.PUBLISHED);
        assertThat(DemoData.passwords("LOCAL", "localhost")).contains(DemoPasswords.PUBLISHED);
        assertThat(DemoData.passwords("local", "0.0.0.0")).contains(DemoPasswords.TEMPORARY);
        assertThat(DemoData.passwords("local", "10.1.2.3")).contains(DemoPasswords.TEMPORARY);
    }

    @Test
    void aDemoAnywhereElseHasPasswordsThatMustBeChanged() {
        assertThat(DemoData.passwords("on", "127.0.0.1")).isEqualTo(Optional.of(DemoPasswords.TEMPORARY));
    }

    @Test
    void thePostgreSqlDatasourceHasNoBuiltInPassword() throws IOException {
        String script = Files.readString(Path.of("..", "wildfly-config", "datasource-postgresql.cli"));
        assertThat(script).contains("--password=\"${env.PIETURA_DB_PASSWORD}\"").doesNotContain("PIETURA_DB_PASSWORD:");
    }
}
