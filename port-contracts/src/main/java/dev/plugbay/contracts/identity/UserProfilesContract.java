package dev.plugbay.contracts.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserProfiles} does. An implementation's test arranges one service that knows
 * two tokens ({@link #LINKED_TOKEN}, whose user linked {@link #AUTHOR} with {@link #AVATAR}, and
 * {@link #UNLINKED_TOKEN}, whose user linked nothing) and refuses every other, and one service that
 * cannot be reached.
 */
public abstract class UserProfilesContract {

    public static final String LINKED_TOKEN = "token-of-a-linked-user";
    public static final String UNLINKED_TOKEN = "token-of-an-unlinked-user";
    public static final String AUTHOR = "octo-cat";
    public static final String AVATAR = "https://avatars.example.com/octo-cat.png";

    /** The service that knows the two tokens. */
    protected abstract UserProfiles knowingTwoUsers();

    /** A service that cannot be reached. */
    protected abstract UserProfiles unreachable();

    @Test
    void aLinkedUsersProfileHasTheirAuthorNameAndAvatar() {
        assertEquals(new UserProfile(Optional.of(AUTHOR), Optional.of(AVATAR)),
                knowingTwoUsers().profileOf(LINKED_TOKEN));
    }

    @Test
    void anUnlinkedUsersProfileHasNoAuthorName() {
        assertEquals(Optional.empty(), knowingTwoUsers().profileOf(UNLINKED_TOKEN).authorName());
    }

    @Test
    void aTokenTheServiceRefusesHasNoProfile() {
        assertThrows(UpstreamUnavailableException.class, () -> knowingTwoUsers().profileOf("a-token-nobody-issued"));
    }

    @Test
    void anUnreachableServiceAnswersNoProfile() {
        assertThrows(UpstreamUnavailableException.class, () -> unreachable().profileOf(LINKED_TOKEN));
    }
}
