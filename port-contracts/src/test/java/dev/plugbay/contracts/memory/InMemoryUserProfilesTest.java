package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.contracts.identity.UserProfilesContract;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** The in-memory user profiles, run against the contract of the port they implement. */
class InMemoryUserProfilesTest {

    @Nested
    class UserProfilesPort extends UserProfilesContract {

        @Override
        protected UserProfiles knowingTwoUsers() {
            InMemoryUserProfiles profiles = new InMemoryUserProfiles();
            profiles.give(LINKED_TOKEN, new UserProfile(Optional.of(AUTHOR), Optional.of(AVATAR)));
            profiles.give(UNLINKED_TOKEN, UserProfile.EMPTY);
            return profiles;
        }

        @Override
        protected UserProfiles unreachable() {
            InMemoryUserProfiles profiles = new InMemoryUserProfiles();
            profiles.give(LINKED_TOKEN, new UserProfile(Optional.of(AUTHOR), Optional.of(AVATAR)));
            profiles.goDown();
            return profiles;
        }
    }
}
