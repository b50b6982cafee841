package dev.plugbay.domain.catalog;

import dev.plugbay.domain.json.WireNamed;
import dev.plugbay.domain.manifest.Manifest;
import java.util.Optional;

/** Which plugins a catalog page lists, by whether their listed release has a {@code ui} tree. */
public enum PluginKind implements WireNamed {
    /** Plugins with a ui tree (they may also have code). */
    UI("ui"),
    /** Plugins without a ui tree: code only. */
    CODE("code"),
    /** Every plugin. */
    ALL("all");

    private final String wireName;

    PluginKind(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /** Whether a plugin whose listed release is {@code listed} is of this kind. */
    public boolean includes(Manifest listed) {
        return switch (this) {
            case UI -> listed.isUiPlugin();
            case CODE -> !listed.isUiPlugin();
            case ALL -> true;
        };
    }

    public static Optional<PluginKind> fromWireName(String name) {
        return WireNamed.fromWireName(PluginKind.class, name);
    }
}
