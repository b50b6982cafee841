package dev.plugbay.domain.manifest;

import dev.plugbay.domain.plugin.PluginId;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Derives a plugin id from a display name when none is given: a name that already is a valid id
 * is taken as is (OmniRoute manifests name plugins this way); otherwise accents are stripped,
 * letters lower-cased, whitespace becomes {@code _} and other characters are dropped
 * ({@code Quién Soy} → {@code quien_soy}).
 */
final class PluginIdDerivation {

    private static final Pattern VALID_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ID_CHARACTER = Pattern.compile("[^a-z0-9_-]");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[_-]+");

    private PluginIdDerivation() {
    }

    static Optional<PluginId> fromName(String name) {
        if (name.length() <= PluginId.MAX_LENGTH && VALID_ID.matcher(name).matches()) {
            return Optional.of(new PluginId(name));
        }
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String spaced = WHITESPACE.matcher(withoutAccents.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
        String kept = NOT_ID_CHARACTER.matcher(spaced).replaceAll("");
        String derived = LEADING_SEPARATORS.matcher(kept).replaceAll("");
        if (derived.length() > PluginId.MAX_LENGTH) {
            derived = derived.substring(0, PluginId.MAX_LENGTH);
        }
        return derived.isEmpty() ? Optional.empty() : Optional.of(new PluginId(derived));
    }
}
