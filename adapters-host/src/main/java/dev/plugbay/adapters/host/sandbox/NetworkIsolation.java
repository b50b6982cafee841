package dev.plugbay.adapters.host.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How a plugin without {@code network} is put in a new, empty network namespace: {@code unshare
 * --net} for root, {@code unshare --user --net} for a user whose kernel lets it create user
 * namespaces, or not at all.
 */
public record NetworkIsolation(List<String> prefix) {

    public static final NetworkIsolation NONE = new NetworkIsolation(List.of());

    public NetworkIsolation {
        prefix = List.copyOf(prefix);
    }

    static NetworkIsolation asRoot(Path unshare) {
        return new NetworkIsolation(List.of(unshare.toString(), "--net", "--"));
    }

    static NetworkIsolation asUser(Path unshare) {
        return new NetworkIsolation(List.of(unshare.toString(), "--user", "--net", "--"));
    }

    public boolean available() {
        return !prefix.isEmpty();
    }

    String describe() {
        return available() ? String.join(" ", prefix.subList(0, prefix.size() - 1)) : "unavailable (withheld network is unenforced)";
    }
}
