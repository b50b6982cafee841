package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.host.Execution;

/**
 * The host plugin calls exported as meters for the operator's monitoring: the duration of each
 * sent call per plugin and hook, and every call, sent or not, per plugin, hook and outcome. Called
 * on the call's own path, so it returns at once and never throws.
 */
public interface CallMeters {

    void meter(Execution execution);
}
