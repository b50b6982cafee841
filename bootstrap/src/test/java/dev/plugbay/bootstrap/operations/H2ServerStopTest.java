package dev.plugbay.bootstrap.operations;

import java.util.Map;

/** {@link ServerStopRounds} on the packaged default: the H2 file database under plugbay.home. */
class H2ServerStopTest extends ServerStopRounds {

    @Override
    protected Map<String, Object> database() {
        return Map.of();
    }
}
