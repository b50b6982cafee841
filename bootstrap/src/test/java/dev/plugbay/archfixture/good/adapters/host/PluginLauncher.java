package dev.plugbay.archfixture.good.adapters.host;

import java.io.IOException;

public final class PluginLauncher {

    public Process launch(String entry) throws IOException {
        return new ProcessBuilder(entry).start();
    }
}
