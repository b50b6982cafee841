package dev.plugbay.application.port.out.host;

import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files of host plugins (HOST.md "Local install" steps 2 to 6, "Scan", crash safety): the folders
 * installs read, the staging copies made under {@code <plugbay.home>/plugins}, the managed folders
 * {@code <plugbay.home>/plugins/<name>} and the data folders {@code <plugbay.home>/plugin-data/<name>}.
 * Messages name paths relative to the plugin's root, never absolute ones.
 */
public interface PluginStore {

    /** The largest {@code plugin.json} read, in bytes. */
    int MAX_MANIFEST_BYTES = 256 * 1024;

    /**
     * Step 2: the folder {@code path} names, by its real path.
     *
     * @throws dev.plugbay.domain.error.InvalidRequestException (field {@code path}) it is not an existing
     *         directory, or it lies inside {@code plugbay.home}
     */
    PluginFolder locate(LocalPath path);

    /**
     * Step 3, the file itself: the text of {@code plugin.json} at the top of {@code folder}.
     *
     * @throws dev.plugbay.domain.error.InvalidManifestException {@code no plugin.json found}, or it is not a
     *         regular file, is larger than {@link #MAX_MANIFEST_BYTES} or is not UTF-8
     */
    String readManifest(PluginFolder folder);

    /**
     * Step 4: copies {@code source} into a new staging folder under the plugins root, never following
     * links, under the tree rules and {@link PackageLimits}. On failure nothing is left behind.
     *
     * @throws dev.plugbay.domain.error.InvalidPackageException a link leaving the tree or dangling, a
     *         special file, a name that is not UTF-8 or holds control characters
     * @throws dev.plugbay.domain.error.PayloadTooLargeException a cap is crossed
     */
    PluginFolder stage(PluginFolder source);

    /**
     * One-click install step 5: a new empty staging folder under the plugins root (mode 700), for an
     * archive to be extracted into; {@link #discard} removes it.
     */
    PluginFolder newStaging();

    /**
     * Step 5: the raw bytes of {@code main}, a regular file whose real path lies strictly inside {@code folder}.
     *
     * @throws dev.plugbay.domain.error.InvalidManifestException {@code main resolves outside the plugin
     *         folder} or {@code entry file not found: <main>}
     */
    byte[] readEntry(PluginFolder folder, EntryPath main);

    /**
     * Step 6: renames the staging folder to the plugin's managed folder atomically; a folder already
     * there is set aside until the replacement is kept or undone.
     */
    FolderReplacement install(PluginFolder staged, PluginId name);

    /** Removes a staging folder and everything in it; one that is gone already (installed, or removed) is left so. */
    void discard(PluginFolder staged);

    /** Uninstall: the managed folder is renamed aside, then removed, with the plugin's data folder. */
    void remove(PluginId name);

    /** The plugin's managed folder, when it exists. */
    Optional<PluginFolder> installed(PluginId name);

    /** Scan: the names of the plugins root's direct subfolders that do not start with {@code .}, sorted. */
    List<String> folderNames();

    /** The plugin's data folder (its {@code HOME}), created with mode 700 when missing. */
    Path dataFolder(PluginId name);

    /** Where the plugin's managed folder is, relative to {@code plugbay.home}: {@code plugins/<name>}. */
    String relativeFolder(PluginId name);

    /**
     * Startup: removes {@code .staging-*}, {@code .old-*} and {@code .trash-*} residue from the plugins
     * root, first restoring an {@code .old-*} folder whose plugin lost its own folder mid-install.
     */
    void recover();
}
