package dev.plugbay.adapters.rest.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.plugbay.domain.json.JsonValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A plugin as the Invenicum client lists it. {@code version} and the release's own fields (name,
 * description, slot, ui, tags, license) describe the release shown: the latest one in the catalog,
 * the installed one in the installed list. {@code slot}, {@code ui} and {@code authorAvatar} are
 * {@code null} when the plugin has none.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PluginView(
        String id,
        String name,
        String author,
        String version,
        String latestVersion,
        String description,
        @Nullable String slot,
        @Nullable @Schema(type = "object", description = "The STAC tree the client renders") JsonValue ui,
        List<String> tags,
        String license,
        @Nullable String authorAvatar,
        long downloadCount,
        boolean isOfficial,
        boolean isPublic,
        boolean isMine,
        String createdAt,
        String updatedAt,
        boolean isInstalled) {
}
