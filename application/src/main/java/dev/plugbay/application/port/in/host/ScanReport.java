package dev.plugbay.application.port.in.host;

import java.util.List;
import java.util.Objects;

/** What a scan of the plugins root found (HOST.md "Scan"). */
public record ScanReport(int discovered, List<String> registered, List<String> missing, List<ScanError> errors) {

    /** A subfolder that is not a valid plugin, and why. */
    public record ScanError(String name, String error) {
        public ScanError {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(error, "error");
        }
    }

    public ScanReport {
        registered = List.copyOf(registered);
        missing = List.copyOf(missing);
        errors = List.copyOf(errors);
    }
}
