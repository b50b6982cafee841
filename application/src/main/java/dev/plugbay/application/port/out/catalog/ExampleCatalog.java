package dev.plugbay.application.port.out.catalog;

import dev.plugbay.domain.json.JsonObject;
import java.util.List;

/** The built-in example plugins, as manifest documents. */
public interface ExampleCatalog {

    List<JsonObject> documents();
}
