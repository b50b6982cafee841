package dev.plugbay.adapters.github.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.Optional;

/**
 * The {@code plugbay.identity} settings of the user profile service: its URL (operator
 * configuration, trusted like the GitHub API URL; called with the caller's own bearer token) and
 * the dot-separated paths of the author name and the avatar in its JSON answer
 * ({@code user.githubHandle}). A URL that is not absolute http(s), or a URL without an author
 * path, stops the start with a message naming the setting.
 */
@Context
@ConfigurationProperties("plugbay.identity")
public record UserInfoSettings(
        @Nullable URI userinfoUrl,
        @Nullable String userinfoAuthorPath,
        @Nullable String userinfoAvatarPath) {

    public UserInfoSettings {
        if (userinfoUrl != null && (userinfoUrl.getHost() == null || userinfoUrl.getRawUserInfo() != null
                || !("http".equals(userinfoUrl.getScheme()) || "https".equals(userinfoUrl.getScheme())))) {
            throw new IllegalArgumentException(
                    "plugbay.identity.userinfo-url must be an absolute http or https URL with a host, not " + userinfoUrl);
        }
        if (userinfoUrl != null && (userinfoAuthorPath == null || userinfoAuthorPath.isBlank())) {
            throw new IllegalArgumentException(
                    "plugbay.identity.userinfo-author-path is required with plugbay.identity.userinfo-url");
        }
    }

    public Optional<URI> url() {
        return Optional.ofNullable(userinfoUrl);
    }

    public Optional<String> avatarPath() {
        return Optional.ofNullable(userinfoAvatarPath).filter(path -> !path.isBlank());
    }
}
