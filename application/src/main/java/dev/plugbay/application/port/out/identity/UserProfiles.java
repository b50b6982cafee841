package dev.plugbay.application.port.out.identity;

/** The profile service of the backend that issued the caller's token (an operator-configured, trusted URL). */
public interface UserProfiles {

    /**
     * The profile of the user this bearer token belongs to, asked with that token.
     *
     * @throws dev.plugbay.domain.error.UpstreamUnavailableException when the service cannot be
     *         reached or does not answer a profile
     */
    UserProfile profileOf(String bearerToken);
}
