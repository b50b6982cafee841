package dev.plugbay.archfixture.bad.processoutsidehost.adapters.rest;

import java.io.IOException;

public final class ShellOut {

    public Process run(String command) throws IOException {
        return new ProcessBuilder(command).start();
    }
}
