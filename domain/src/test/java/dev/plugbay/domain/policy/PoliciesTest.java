package dev.plugbay.domain.policy;

import static dev.plugbay.domain.testing.DomainFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.user.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliciesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} (admin {1}) may modify alice''s plugin: {2}")
    @CsvSource({"alice, false, true", "ALICE, false, true", "bob, false, false", "bob, true, true"})
    void theAuthorOrAnAdminMayModify(String caller, boolean admin, boolean allowed) {
        Decision decision = ModificationPolicy.mayModify(caller(caller, admin), plugin(true));

        assertEquals(allowed, decision.isAllowed());
        if (!allowed) {
            DomainException denied = assertThrows(DomainException.class, decision::orDeny);
            assertEquals(ErrorCode.PERMISSION_DENIED, denied.code());
            assertEquals("Only the author of clock or an admin may change it", denied.getMessage());
        }
    }

    @ParameterizedTest(name = "{0} (admin {1}) sees a plugin public={2}: {3}")
    @CsvSource({
        "alice, false, false, true",
        "Alice, false, false, true",
        "bob, false, false, false",
        "bob, true, false, false",
        "bob, false, true, true"})
    void privatePluginsAreVisibleOnlyToTheirAuthor(String caller, boolean admin, boolean isPublic, boolean visible) {
        assertEquals(visible, VisibilityPolicy.maySee(caller(caller, admin), plugin(isPublic)).isAllowed());
    }

    private static Caller caller(String name, boolean admin) {
        return admin ? Caller.admin(name) : Caller.user(name);
    }

    private static Plugin plugin(boolean isPublic) {
        return Plugin.create(read("""
                {"id": "clock", "author": "alice", "version": "1.0.0", "isPublic": %s}""".formatted(isPublic),
                ManifestOrigin.document()), false, 0, Set.of(), CLOCK);
    }
}
