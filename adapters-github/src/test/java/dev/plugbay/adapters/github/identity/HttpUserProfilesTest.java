package dev.plugbay.adapters.github.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plugbay.contracts.identity.UserProfilesContract;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The HTTP profile client against an Invenicum-shaped /auth/me on 127.0.0.1, and the paths it reads. */
class HttpUserProfilesTest {

    @Nested
    class UserProfilesPort extends UserProfilesContract {

        private final FakeProfileService service = new FakeProfileService();

        @AfterEach
        void stop() {
            service.close();
        }

        @Override
        protected UserProfiles knowingTwoUsers() {
            service.answer(LINKED_TOKEN, "{\"success\":true,\"user\":{\"id\":7,\"email\":\"ana@example.com\","
                    + "\"githubHandle\":\"" + AUTHOR + "\",\"avatarUrl\":\"" + AVATAR + "\"}}");
            service.answer(UNLINKED_TOKEN, "{\"success\":true,\"user\":{\"id\":8,\"githubHandle\":null,\"avatarUrl\":null}}");
            return profiles(service.url());
        }

        @Override
        protected UserProfiles unreachable() {
            try (ServerSocket closedAfterwards = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return profiles(URI.create("http://127.0.0.1:" + closedAfterwards.getLocalPort() + FakeProfileService.PATH));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void pathsFollowObjectMembersOnlyToAString() {
        JsonObject document = (JsonObject) JsonReader.parse("{\"user\":{\"login\":\"ana\",\"id\":7,\"links\":[\"x\"]}}");
        assertEquals(Optional.of("ana"), HttpUserProfiles.text(document, "user.login"));
        assertEquals(Optional.empty(), HttpUserProfiles.text(document, "user.id"));
        assertEquals(Optional.empty(), HttpUserProfiles.text(document, "user.links.0"));
        assertEquals(Optional.empty(), HttpUserProfiles.text(document, "user.missing"));
    }

    private static UserProfiles profiles(URI url) {
        return new HttpUserProfiles(url, "user.githubHandle", Optional.of("user.avatarUrl"),
                host -> List.of(InetAddress.getLoopbackAddress()));
    }
}
