package dev.plugbay.adapters.host.sandbox;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the startup probe found on this machine: {@code setsid} (a session, hence a process group,
 * of each plugin's own), how a withheld {@code network} is enforced, and the Node.js runtime, or
 * why there is none.
 */
public record HostCapabilities(Optional<Path> setsid, NetworkIsolation network, Optional<NodeRuntime> node, String nodeProblem) {

    public HostCapabilities {
        Objects.requireNonNull(setsid, "setsid");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(nodeProblem, "nodeProblem");
    }

    /** One line for Plugbay's log. */
    public String describe() {
        return "Plugin sandbox on this machine: network isolation " + network.describe()
                + "; " + node.map(NodeRuntime::describe).orElse("Node.js unavailable (" + nodeProblem + ")")
                + "; " + setsid.map(path -> "process groups through " + path).orElse("no setsid: plugins cannot start");
    }
}
