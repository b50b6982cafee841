package dev.plugbay.adapters.github.registry;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The registry repository and branch, checked once at start so that no configured value can
 * reshape a URL path: GitHub's owner and repository name syntax, and a conservative branch syntax.
 */
public record RegistryLocation(String owner, String name, String branch) {

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,199}");

    public RegistryLocation {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branch, "branch");
        if (!OWNER.matcher(owner).matches() || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("plugbay.registry.repository = '" + owner + "/" + name + "': must be owner/name "
                    + "in GitHub's syntax");
        }
        requireSafeBranch(branch);
    }

    /** GitHub's branch syntax, narrowed so that no branch can reshape a URL path. */
    static void requireSafeBranch(String branch) {
        if (!BRANCH.matcher(branch).matches() || branch.contains("..") || branch.contains("//")
                || branch.endsWith("/") || branch.endsWith(".") || branch.endsWith(".lock")) {
            throw new IllegalArgumentException("plugbay.registry.branch = '" + branch + "': must be a safe branch name "
                    + "(letters, digits, . _ - /; no '..', '//', or trailing '/', '.' or '.lock')");
        }
    }

    /** Reads {@code owner/name}. */
    public static RegistryLocation of(String repository, String branch) {
        String[] parts = repository.trim().split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("plugbay.registry.repository = '" + repository + "': must be owner/name");
        }
        return new RegistryLocation(parts[0], parts[1], branch.trim());
    }

    @Override
    public String toString() {
        return owner + "/" + name + "@" + branch;
    }
}
