package dev.plugbay.bootstrap.dashboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the browser tests their {@link Dashboard}, started once for the whole run. Like the
 * PostgreSQL tests, they are skipped where Chromium is absent, unless PLUGBAY_REQUIRE_BROWSER=1
 * (set by CI) turns the absence into a failure. Chromium is /usr/bin/chromium (Debian's package)
 * or what PLUGBAY_CHROMIUM names.
 */
final class DashboardExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DashboardExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            String why = "Chromium is not installed (apt-get install chromium, or set PLUGBAY_CHROMIUM)";
            if ("1".equals(System.getenv("PLUGBAY_REQUIRE_BROWSER"))) {
                fail(why + " and PLUGBAY_REQUIRE_BROWSER=1 requires the browser tests");
            }
            Assumptions.abort(why + ": browser tests skipped");
        }
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Dashboard.class, key -> Dashboard.start(chromium.get()), Dashboard.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Dashboard.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).get(Dashboard.class, Dashboard.class);
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("PLUGBAY_CHROMIUM");
        Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
}
