package dev.plugbay.domain.manifest;

import dev.plugbay.domain.config.ConfigSchema;
import dev.plugbay.domain.integrity.Integrity;
import dev.plugbay.domain.json.JsonValue;
import dev.plugbay.domain.plugin.License;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.plugin.Slot;
import dev.plugbay.domain.plugin.Tag;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import dev.plugbay.domain.version.VersionRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated plugin manifest: what one release of a plugin is. A UI plugin has a {@code ui}
 * tree and a {@code slot}; a code plugin has an entry file with hooks, permissions and a config
 * schema, and a place in hook pipelines ({@code priority}, absent when the manifest names none, and
 * {@code hookFailure}); a plugin may be both. Build one from JSON with {@link ManifestReader}.
 */
public record Manifest(
        PluginId id,
        String name,
        SemanticVersion version,
        String description,
        Username author,
        Optional<String> authorAvatar,
        License license,
        List<Tag> tags,
        Optional<Slot> slot,
        Optional<JsonValue> ui,
        EntryPath main,
        Set<Hook> hooks,
        Optional<Priority> priority,
        HookFailure hookFailure,
        Set<Permission> permissions,
        Optional<VersionRange> hostRange,
        ConfigSchema configSchema,
        Optional<Integrity> integrity,
        boolean enabledByDefault,
        boolean isPublic) {

    public Manifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorAvatar, "authorAvatar");
        Objects.requireNonNull(license, "license");
        tags = List.copyOf(tags);
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(main, "main");
        hooks = hooks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hooks));
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(hookFailure, "hookFailure");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        Objects.requireNonNull(hostRange, "hostRange");
        Objects.requireNonNull(configSchema, "configSchema");
        Objects.requireNonNull(integrity, "integrity");
        if (ui.isPresent() && slot.isEmpty()) {
            throw new IllegalArgumentException("a UI plugin needs a slot");
        }
    }

    public boolean isUiPlugin() {
        return ui.isPresent();
    }

    public boolean hasHook(Hook hook) {
        return hooks.contains(hook);
    }
}
