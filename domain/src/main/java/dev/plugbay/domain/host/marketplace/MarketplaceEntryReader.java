package dev.plugbay.domain.host.marketplace;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.integrity.ArchiveDigest;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonNumber;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.DocumentFields;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.version.SemanticVersion;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one registry entry with every field rule of HOST.md "Remote marketplace": a wrong JSON type
 * is an error, never a coercion; a missing optional field takes its default; unknown keys are ignored.
 */
public final class MarketplaceEntryReader {

    public static final int MAX_AUTHOR_LENGTH = 200;
    public static final int MAX_URL_LENGTH = 2048;
    public static final double MAX_RATING = 5;

    /** Where an entry comes from, which decides what its {@code downloadUrl} must be. */
    public enum Source {
        /** A remote registry: an http(s) download URL is required. */
        REMOTE,
        /** Plugbay's own seed: the archive is in the jar, the URL empty, the SHA-256 required. */
        BUNDLED
    }

    private MarketplaceEntryReader() {
    }

    /**
     * @throws InvalidRequestException naming every broken rule, for example
     *         {@code version: '1.0' is not a valid version ...; downloadUrl: is required}
     */
    public static MarketplaceEntry read(JsonObject entry, Source source) {
        List<Violation> violations = new ArrayList<>();
        DocumentFields fields = new DocumentFields(entry, "", violations);

        Optional<PluginId> name = required(fields, "name", PluginId::new);
        Optional<SemanticVersion> version = required(fields, "version", SemanticVersion::parse);
        String description = bounded(fields, "description", ManifestReader.MAX_DESCRIPTION_LENGTH);
        String author = bounded(fields, "author", MAX_AUTHOR_LENGTH);
        License license = fields.parsed("license", License::new).orElse(License.MIT);
        List<Tag> tags = fields.tags("tags");
        String downloadUrl = downloadUrl(fields, source);
        Optional<String> repository = fields.string("repository").filter(url -> httpUrl(fields, "repository", url));
        Optional<Integrity> integrity = fields.parsed("integrity", Integrity::parse);
        Optional<ArchiveDigest> sha256 = fields.parsed("sha256", ArchiveDigest::parse);
        if (source == Source.BUNDLED && sha256.isEmpty() && fields.value("sha256").isEmpty()) {
            fields.reject("sha256", "is required for a bundled entry");
        }
        long downloads = fields.number("downloads").map(JsonNumber::value).filter(number -> downloads(fields, number)).map(BigDecimal::longValueExact).orElse(0L);
        double rating = fields.number("rating").map(JsonNumber::value).filter(number -> rating(fields, number)).map(BigDecimal::doubleValue).orElse(0.0);
        boolean verified = fields.bool("verified").orElse(false);
        Optional<String> lastUpdated = fields.string("lastUpdated");

        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        return new MarketplaceEntry(name.orElseThrow(), version.orElseThrow(), description, author, license, tags,
                downloadUrl, repository, integrity, sha256, downloads, rating, verified, lastUpdated,
                source == Source.BUNDLED);
    }

    private static <T> Optional<T> required(DocumentFields fields, String name, java.util.function.Function<String, T> parser) {
        if (fields.value(name).isEmpty()) {
            fields.reject(name, "is required");
            return Optional.empty();
        }
        return fields.parsed(name, parser);
    }

    private static String bounded(DocumentFields fields, String name, int maxLength) {
        Optional<String> text = fields.string(name);
        if (text.isPresent() && text.get().codePointCount(0, text.get().length()) > maxLength) {
            fields.reject(name, "must be at most " + maxLength + " characters");
            return "";
        }
        return text.orElse("");
    }

    private static String downloadUrl(DocumentFields fields, Source source) {
        Optional<String> url = fields.string("downloadUrl");
        if (source == Source.BUNDLED) {
            if (url.filter(given -> !given.isEmpty()).isPresent()) {
                fields.reject("downloadUrl", "must be empty for a bundled entry");
            }
            return "";
        }
        if (url.isEmpty()) {
            if (fields.value("downloadUrl").isEmpty()) {
                fields.reject("downloadUrl", "is required");
            }
            return "";
        }
        return httpUrl(fields, "downloadUrl", url.get()) ? url.get() : "";
    }

    private static boolean httpUrl(DocumentFields fields, String name, String url) {
        if (url.length() > MAX_URL_LENGTH || !isHttpUrl(url)) {
            fields.reject(name, "must be an http or https URL of at most " + MAX_URL_LENGTH + " characters");
            return false;
        }
        return true;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static boolean downloads(DocumentFields fields, BigDecimal number) {
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            fields.reject("downloads", "must be a whole number of at least 0");
            return false;
        }
        return true;
    }

    private static boolean rating(DocumentFields fields, BigDecimal number) {
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(MAX_RATING)) > 0) {
            fields.reject("rating", "must be between 0 and 5");
            return false;
        }
        return true;
    }
}
