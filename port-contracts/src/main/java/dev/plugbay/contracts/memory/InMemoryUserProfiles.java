package dev.plugbay.contracts.memory;

import dev.plugbay.application.port.out.identity.UserProfile;
import dev.plugbay.application.port.out.identity.UserProfiles;
import dev.plugbay.domain.error.UpstreamUnavailableException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Profiles that tests give to tokens; any other token is refused, and the whole service can go down. */
public final class InMemoryUserProfiles implements UserProfiles {

    private final Map<String, UserProfile> profiles = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger calls = new AtomicInteger();

    public void give(String bearerToken, UserProfile profile) {
        profiles.put(bearerToken, profile);
    }

    public void goDown() {
        down.set(true);
    }

    /** How many times a profile was asked for. */
    public int calls() {
        return calls.get();
    }

    @Override
    public UserProfile profileOf(String bearerToken) {
        calls.incrementAndGet();
        UserProfile profile = profiles.get(bearerToken);
        if (down.get() || profile == null) {
            throw new UpstreamUnavailableException("The user profile service did not answer a profile");
        }
        return profile;
    }
}
