package dev.plugbay.adapters.rest.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One plugin with every release it has, newest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PluginDetailView(@JsonUnwrapped PluginView plugin, List<VersionView> versions) {

    @Serdeable
    public record VersionView(String version, String publishedAt) {
    }
}
