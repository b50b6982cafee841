package dev.plugbay.application.port.in.host;

/** HOST.md "Scan": registers valid unknown folders of the plugins root, marks vanished ones; runs no plugin code. */
public interface ScanHostPluginsUseCase {

    ScanReport scan();
}
