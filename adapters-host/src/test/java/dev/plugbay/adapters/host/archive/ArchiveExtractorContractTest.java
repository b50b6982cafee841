package dev.plugbay.adapters.host.archive;

import dev.plugbay.application.contract.PluginArchivesContract;
import dev.plugbay.application.port.out.host.PluginArchives;

class ArchiveExtractorContractTest extends PluginArchivesContract {

    @Override
    protected PluginArchives archives() {
        return new ArchiveExtractor();
    }
}
