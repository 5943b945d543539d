package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileViewTest {

    /** A set that cannot be serialised, as Hibernate's collection of an entity cannot without its owner. */
    private static final class EntityOwnedSet extends AbstractSet<Role> {
        private final Object owner = new Object();
        private final List<Role> roles = List.of(Role.SPECIALIST, Role.CLERK);

        @Override
        public Iterator<Role> iterator() {
            return roles.iterator();
        }

        @Override
        public int size() {
            return roles.size() + (owner == null ? 1 : 0);
        }
    }

    @Test
    void aProfileKeptInTheSessionCanBeWrittenOutWhateverSetItWasMadeFrom() throws IOException {
        ProfileView profile = new ProfileView(
                "ieva",
                "Ieva",
                "ieva@example.lv",
                1,
                null,
                null,
                null,
                new EntityOwnedSet(),
                null,
                null,
                false,
                null,
                false);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(profile);
        }
        assertThat(profile.roles()).containsExactly(Role.CLERK, Role.SPECIALIST);
        assertThat(new ProfileView(
                                "x", "X", "x@example.lv", 1, null, null, null, Set.of(), null, null, false, null, false)
                        .roles())
                .isEmpty();
    }
}
