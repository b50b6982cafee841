package dev.plugbay.application.port.in.marketplace;

/**
 * List the host marketplace (HOST.md "Remote marketplace"): the saved registry's entries, or the
 * built-in seed when no URL is saved or the registry cannot be used (then with a warning naming why).
 * A registry problem never fails this use case.
 */
public interface BrowseHostMarketplaceUseCase {

    /** The longest search, in characters. */
    int MAX_QUERY_LENGTH = 100;

    /**
     * @param query the search: trimmed, empty for every entry
     * @throws dev.plugbay.domain.error.InvalidRequestException the query is longer than {@link #MAX_QUERY_LENGTH}
     */
    MarketplaceListing browse(String query);
}
