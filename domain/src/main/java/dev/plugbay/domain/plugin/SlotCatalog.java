package dev.plugbay.domain.plugin;

import dev.plugbay.domain.error.InvalidRequestException;
import dev.plugbay.domain.error.MessageBounds;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured set of slots; only a slot in it is valid for a plugin. */
public record SlotCatalog(Set<Slot> slots) {

    public static final SlotCatalog DEFAULT = of(List.of("dashboard_top", "dashboard_bottom", "left_sidebar",
            "inventory_header", "floating_action_button", "asset_detail"));

    public SlotCatalog {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("at least one slot must be configured");
        }
        slots = Set.copyOf(new LinkedHashSet<>(slots));
    }

    public static SlotCatalog of(List<String> names) {
        return new SlotCatalog(names.stream().map(Slot::new).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The slot of that name, or a rejection that lists the slots that exist. */
    public Slot require(String name) {
        Slot slot = new Slot(name);
        if (!slots.contains(slot)) {
            throw new InvalidRequestException("Unknown slot '" + MessageBounds.quote(name) + "'; known slots: " + names());
        }
        return slot;
    }

    public boolean contains(Slot slot) {
        return slots.contains(slot);
    }

    public String names() {
        return slots.stream().map(Slot::name).sorted().collect(Collectors.joining(", "));
    }
}
