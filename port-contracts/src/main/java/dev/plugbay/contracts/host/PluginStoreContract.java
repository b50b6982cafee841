package dev.plugbay.contracts.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.application.port.out.host.FolderReplacement;
import dev.plugbay.application.port.out.host.PluginFolder;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.host.LocalPath;
import dev.plugbay.domain.manifest.EntryPath;
import dev.plugbay.domain.plugin.PluginId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code PluginStore} (HOST.md "Local install" steps 2 to 6, crash safety): what
 * every implementation does with plugin folders, whatever holds them.
 */
public abstract class PluginStoreContract {

    private static final PluginId NAME = new PluginId("request-logger");
    private static final String MANIFEST = "{\"id\": \"request-logger\", \"version\": \"1.0.0\"}";

    private PluginStore store;

    /** A store over an empty plugins root. */
    protected abstract PluginStore createStore();

    /** A new folder outside {@code plugbay.home} holding these text files (relative paths, {@code /}-separated). */
    protected abstract LocalPath source(Map<String, String> files);

    /** An existing folder inside {@code plugbay.home}. */
    protected abstract LocalPath insideHome();

    /** The names in the plugins root, dot-folders included. */
    protected abstract Set<String> rootEntries();

    @BeforeEach
    void emptyRoot() {
        store = createStore();
    }

    private PluginFolder staged(String version) {
        LocalPath source = source(Map.of("plugin.json", MANIFEST.replace("1.0.0", version), "index.mjs", "// " + version,
                "lib/util.mjs", "export const x = 1;"));
        return store.stage(store.locate(source));
    }

    private String entry(PluginFolder folder) {
        return new String(store.readEntry(folder, new EntryPath("index.mjs")), StandardCharsets.UTF_8);
    }

    @Test
    void aSourceIsStagedAndInstalledUnderItsName() {
        LocalPath source = source(Map.of("plugin.json", MANIFEST, "index.mjs", "// 1.0.0", "lib/util.mjs", "x"));
        PluginFolder found = store.locate(source);
        assertEquals(MANIFEST, store.readManifest(found));

        PluginFolder staged = store.stage(found);
        assertEquals(MANIFEST, store.readManifest(staged));
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), store.readEntry(staged, new EntryPath("lib/util.mjs")));

        FolderReplacement replacement = store.install(staged, NAME);
        replacement.keep();

        assertEquals("// 1.0.0", entry(store.installed(NAME).orElseThrow()));
        assertEquals(replacement.folder(), store.installed(NAME).orElseThrow());
        assertEquals(Set.of("request-logger"), rootEntries());
        assertEquals(List.of("request-logger"), store.folderNames());
        assertEquals("plugins/request-logger", store.relativeFolder(NAME));
        assertEquals(MANIFEST, store.readManifest(store.locate(source)), "the source is left as it was");
    }

    @Test
    void aMissingFolderOrOneInsideTheHomeIsRefused() {
        LocalPath missing = LocalPath.parse("/nonexistent-plugbay-source/request-logger");

        assertRefused(ErrorCode.INVALID_REQUEST, () -> store.locate(missing));
        assertRefused(ErrorCode.INVALID_REQUEST, () -> store.locate(insideHome()));
    }

    @Test
    void onlyAPluginJsonAtTheTopIsRead() {
        PluginFolder nested = store.locate(source(Map.of("sub/plugin.json", MANIFEST)));

        DomainException refused = assertRefused(ErrorCode.INVALID_MANIFEST, () -> store.readManifest(nested));
        assertEquals("no plugin.json found", refused.getMessage());
    }

    @Test
    void aMissingEntryIsNamed() {
        PluginFolder staged = staged("1.0.0");

        DomainException refused = assertRefused(ErrorCode.INVALID_MANIFEST,
                () -> store.readEntry(staged, new EntryPath("lib/missing.mjs")));
        assertEquals("entry file not found: lib/missing.mjs", refused.getMessage());
    }

    @Test
    void aDiscardedStagingLeavesNothing() {
        store.discard(staged("1.0.0"));

        assertEquals(Set.of(), rootEntries());
        assertEquals(Optional.empty(), store.installed(NAME));
    }

    @Test
    void aNewStagingFolderIsAnEmptyDotFolderOfTheRootAndDiscardingItTwiceIsHarmless() {
        PluginFolder first = store.newStaging();
        PluginFolder second = store.newStaging();

        Set<String> entries = rootEntries();
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.stream().allMatch(name -> name.startsWith(".staging-")), entries.toString());
        assertEquals(List.of(), store.folderNames());
        store.discard(first);
        store.discard(second);
        store.discard(second);
        assertEquals(Set.of(), rootEntries());
    }

    @Test
    void aReplacementUndoneRestoresThePreviousFolder() {
        store.install(staged("1.0.0"), NAME).keep();

        FolderReplacement upgrade = store.install(staged("1.1.0"), NAME);
        assertEquals("// 1.1.0", entry(store.installed(NAME).orElseThrow()));
        upgrade.undo();

        assertEquals("// 1.0.0", entry(store.installed(NAME).orElseThrow()));
        assertEquals(Set.of("request-logger"), rootEntries());
    }

    @Test
    void aReplacementKeptRemovesThePreviousFolder() {
        store.install(staged("1.0.0"), NAME).keep();

        store.install(staged("1.1.0"), NAME).keep();

        assertEquals("// 1.1.0", entry(store.installed(NAME).orElseThrow()));
        assertEquals(Set.of("request-logger"), rootEntries());
    }

    @Test
    void removeLeavesTheRootEmpty() {
        store.install(staged("1.0.0"), NAME).keep();

        store.remove(NAME);

        assertEquals(Set.of(), rootEntries());
        assertEquals(Optional.empty(), store.installed(NAME));
        assertEquals(List.of(), store.folderNames());
    }

    @Test
    void recoveryRemovesAbandonedStagingAndKeepsTheNewFolderOfAnUnfinishedReplacement() {
        store.install(staged("1.0.0"), NAME).keep();
        staged("2.0.0");
        store.install(staged("1.1.0"), NAME);

        store.recover();

        assertEquals(Set.of("request-logger"), rootEntries());
        assertEquals("// 1.1.0", entry(store.installed(NAME).orElseThrow()));
    }

    @Test
    void scanSeesSubfoldersNotStartingWithADot() {
        store.install(staged("1.0.0"), NAME).keep();
        staged("1.1.0");

        assertEquals(List.of("request-logger"), store.folderNames());
    }

    private static DomainException assertRefused(ErrorCode code, Runnable call) {
        DomainException refused = assertThrows(DomainException.class, call::run);
        assertEquals(code, refused.code(), refused.getMessage());
        assertTrue(refused.getMessage().indexOf("/nonexistent") < 0, "no absolute path: " + refused.getMessage());
        return refused;
    }
}
