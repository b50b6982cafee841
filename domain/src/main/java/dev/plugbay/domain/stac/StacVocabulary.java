package dev.plugbay.domain.stac;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** The widget types and action types a STAC {@code ui} tree may use. */
public record StacVocabulary(Set<String> widgetTypes, Set<String> actionTypes) {

    /** The Invenicum SDK bridge action; its {@code method} names the SDK call. */
    static final String INVENICUM_SDK_ACTION = "invenicum_sdk";

    /** Stac's built-in widget types (stac_core {@code WidgetType}, 1.3). */
    private static final Set<String> STAC_WIDGET_TYPES = Set.of(
            "alertDialog", "align", "appBar", "aspectRatio", "autocomplete", "backdropFilter", "badge",
            "bottomNavigationBar", "bottomNavigationView", "card", "carouselView", "center", "checkBox", "chip",
            "clipOval", "clipRRect", "circleAvatar", "circularProgressIndicator", "coloredBox", "column",
            "conditional", "container", "drawer", "dropdownMenu", "customScrollView",
            "defaultBottomNavigationController", "defaultTabController", "divider", "dynamicView",
            "elevatedButton", "expanded", "filledButton", "fittedBox", "flexible", "floatingActionButton", "form",
            "formField", "fractionallySizedBox", "gestureDetector", "gridView", "hero", "icon", "iconButton",
            "image", "inkWell", "limitedBox", "linearProgressIndicator", "listTile", "listView", "networkWidget",
            "opacity", "outlinedButton", "padding", "pageView", "placeholder", "positioned", "radio",
            "radioGroup", "refreshIndicator", "row", "safeArea", "scaffold", "selectableText", "setValue",
            "singleChildScrollView", "sizedBox", "slider", "sliverAppBar", "sliverPadding", "spacer", "stack",
            "tab", "tabBar", "tabBarView", "table", "tableCell", "text", "textButton", "textField",
            "textFormField", "tooltip", "wrap", "visibility", "verticalDivider");

    /** Used by the published Invenicum plugin docs, not a Stac built-in. */
    private static final String INVENICUM_BUTTON_WIDGET = "button";

    private static final Set<String> STAC_ACTION_TYPES = Set.of(
            "navigate", "none", "networkRequest", "showModalBottomSheet", "showDialog", "getFormValue",
            "validateForm", "showSnackBar", "setValue", "multiAction", "delay", "pop");

    public static final StacVocabulary DEFAULT = new StacVocabulary(
            union(STAC_WIDGET_TYPES, Set.of(INVENICUM_BUTTON_WIDGET)),
            union(STAC_ACTION_TYPES, Set.of(INVENICUM_SDK_ACTION)));

    public StacVocabulary {
        widgetTypes = Set.copyOf(Objects.requireNonNull(widgetTypes, "widgetTypes"));
        actionTypes = Set.copyOf(Objects.requireNonNull(actionTypes, "actionTypes"));
    }

    /** This vocabulary plus the configured extra widget and action types. */
    public StacVocabulary withExtras(Set<String> extraWidgets, Set<String> extraActions) {
        return new StacVocabulary(union(widgetTypes, extraWidgets), union(actionTypes, extraActions));
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return all;
    }
}
