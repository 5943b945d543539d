package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class StaffCsvTest {

    private static List<StaffCsv.Row> read(String text) {
        return StaffCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(byte[] content, String key) {
        assertThatThrownBy(() -> StaffCsv.read(content))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo(key));
    }

    @Test
    void theSampleFileReads() {
        List<StaffCsv.Row> rows = read(StaffCsv.SAMPLE);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.username()).isEqualTo("janis.berzins");
            assertThat(row.fullName()).isEqualTo("Jānis Bērziņš");
            assertThat(row.roles()).containsExactly(Role.CLERK);
            assertThat(row.centre()).isEqualTo("Ādažu novada VPVKAC");
        });
        assertThat(rows.get(1).roles()).containsExactlyInAnyOrder(Role.SPECIALIST, Role.SERVICE_MANAGER);
        assertThat(rows.get(1).centre()).isNull();
    }

    @Test
    void latvianHeadersCommasQuotesAndAByteOrderMarkAreUnderstood() {
        List<StaffCsv.Row> rows = read("\uFEFFE-pasts,Lietotājvārds,Vārds_uzvārds,Lomas\n"
                + "a@b.lv,ozols,\"Ozols, Māris\",\"SPECIALIST,clerk\"\n\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("ozols");
            assertThat(row.fullName()).isEqualTo("Ozols, Māris");
            assertThat(row.roles()).isEqualTo(Set.of(Role.SPECIALIST, Role.CLERK));
        });
    }

    @Test
    void unknownRolesAreKeptForTheRowReport() {
        assertThat(read("username;full_name;email;roles\nx1;X;x@y.lv;CLERK BOSS\n")
                        .get(0)
                        .unknownRoles())
                .containsExactly("BOSS");
    }

    @Test
    void aFileIsJudgedByItsContent() {
        refused(new byte[0], "import.file.empty");
        refused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}, "import.file.notUtf8");
        refused("username;full_name\0;email;roles\n".getBytes(StandardCharsets.UTF_8), "import.file.notText");
        refused("username;full_name;roles\nx;y;CLERK\n".getBytes(StandardCharsets.UTF_8), "import.file.missingColumns");
        refused(new byte[StaffCsv.MAX_BYTES + 1], "import.file.tooLarge");
    }

    @Test
    void aFileHasAtMostTwoThousandRows() {
        StringBuilder text = new StringBuilder("username;full_name;email;roles\n");
        for (int i = 0; i <= StaffCsv.MAX_ROWS; i++) {
            text.append("u").append(i).append(";U;u@x.lv;CLERK\n");
        }
        refused(text.toString().getBytes(StandardCharsets.UTF_8), "import.file.tooManyRows");
    }
}
