package dev.plugbay.application.port.out.host;

/**
 * A staging folder renamed to a plugin's managed folder, with the previous folder of that name (if
 * any) set aside until the caller decides: {@link #keep()} removes what was set aside,
 * {@link #undo()} puts it back (and removes the new folder).
 */
public interface FolderReplacement {

    /** The plugin's managed folder, now holding the new files. */
    PluginFolder folder();

    void keep();

    void undo();
}
