package dev.plugbay.domain.catalog;

import static dev.plugbay.domain.testing.DomainFixtures.uiPlugin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.ErrorCode;
import dev.plugbay.domain.user.Username;
import dev.plugbay.domain.version.SemanticVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PluginTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNewPluginHasItsFirstRelease() {
        Plugin plugin = Plugin.create(uiPlugin("clock", "1.0.0", "alice"), false, 0, Set.of(), CLOCK);

        assertEquals("1.0.0", plugin.latestVersion().toString());
        assertEquals(1, plugin.releases().size());
        assertEquals(CLOCK.instant(), plugin.createdAt());
        assertEquals(CLOCK.instant(), plugin.updatedAt());
        assertTrue(plugin.isAuthoredBy(new Username("ALICE")));
    }

    @ParameterizedTest(name = "after {0}, {1} is refused")
    @CsvSource({
        "1.0.0, 1.0.0",
        "1.0.0, 0.9.9",
        "1.0.0, 1.0.0-rc.1",
        "1.0.0, 1.0.0+build.2",
        "1.2.0-beta.1, 1.2.0-alpha",
        "1.2.0-beta.1, 1.2.0-beta.1",
        "2.0.0, 1.99.99"})
    void aReleaseMustBeStrictlyNewerThanEveryRelease(String existing, String next) {
        Plugin plugin = Plugin.create(uiPlugin("clock", existing, "alice"), false, 0, Set.of(), CLOCK);

        DomainException conflict = assertThrows(DomainException.class,
                () -> plugin.publish(uiPlugin("clock", next, "alice"), Set.of(), CLOCK));

        assertEquals(ErrorCode.VERSION_CONFLICT, conflict.code());
    }

    @ParameterizedTest(name = "after {0}, {1} is accepted")
    @CsvSource({"1.0.0, 1.0.1", "1.2.0-beta.1, 1.2.0-beta.2", "1.2.0-beta.1, 1.2.0", "1.0.0, 2.0.0-alpha"})
    void aStrictlyNewerReleaseIsAppended(String existing, String next) {
        Plugin plugin = Plugin.create(uiPlugin("clock", existing, "alice"), false, 0, Set.of(), CLOCK);

        Plugin published = plugin.publish(uiPlugin("clock", next, "alice"), Set.of(), CLOCK);

        assertEquals(List.of(existing, next), published.releases().stream().map(r -> r.version().toString()).toList());
    }

    @Test
    void aVersionPublishedBeforeUnderThisIdCanNeverBePublishedAgain() {
        Set<SemanticVersion> everPublished = Set.of(SemanticVersion.parse("1.0.0"), SemanticVersion.parse("2.0.0"));

        DomainException recreated = assertThrows(DomainException.class,
                () -> Plugin.create(uiPlugin("clock", "1.0.0+rebuild", "alice"), false, 0, everPublished, CLOCK));
        Plugin fresh = Plugin.create(uiPlugin("clock", "1.5.0", "alice"), false, 0, everPublished, CLOCK);
        DomainException republished = assertThrows(DomainException.class,
                () -> fresh.publish(uiPlugin("clock", "2.0.0", "alice"), everPublished, CLOCK));

        assertEquals(ErrorCode.VERSION_CONFLICT, recreated.code());
        assertEquals(ErrorCode.VERSION_CONFLICT, republished.code());
    }

    static Stream<Arguments> latestVersions() {
        return Stream.of(
                Arguments.of(List.of("1.0.0"), "1.0.0"),
                Arguments.of(List.of("1.0.0", "2.0.0-beta.1"), "1.0.0"),
                Arguments.of(List.of("1.0.0-alpha", "1.0.0-beta"), "1.0.0-beta"),
                Arguments.of(List.of("0.1.0", "0.2.0", "1.0.0-rc.1"), "0.2.0"),
                Arguments.of(List.of("1.0.0-rc.1", "1.0.0"), "1.0.0"));
    }

    @ParameterizedTest(name = "{0} -> latest {1}")
    @MethodSource("latestVersions")
    void theLatestVersionIsTheHighestStableOrElseTheHighestPrerelease(List<String> versions, String latest) {
        Plugin plugin = Plugin.create(uiPlugin("clock", versions.get(0), "alice"), false, 0, Set.of(), CLOCK);
        for (String version : versions.subList(1, versions.size())) {
            plugin = plugin.publish(uiPlugin("clock", version, "alice"), Set.of(), CLOCK);
        }

        assertEquals(latest, plugin.latestVersion().toString());
        assertEquals(latest, plugin.current().version().toString());
    }

    @ParameterizedTest(name = "installed {0}, latest {1}: update {2}")
    @CsvSource({"1.0.0, 1.0.0, false", "0.9.0, 1.0.0, true", "1.0.0-rc.1, 1.0.0, true", "2.0.0, 1.0.0, false",
        "1.0.0+old, 1.0.0, false"})
    void hasUpdateComparesTheLatestWithTheInstalledVersion(String installed, String latest, boolean update) {
        Plugin plugin = Plugin.create(uiPlugin("clock", latest, "alice"), false, 0, Set.of(), CLOCK);

        assertEquals(update, plugin.hasUpdateFor(SemanticVersion.parse(installed)));
    }

    @Test
    void aReleaseIsFoundIgnoringBuildMetadata() {
        Plugin plugin = Plugin.create(uiPlugin("clock", "1.0.0+build.1", "alice"), false, 0, Set.of(), CLOCK);

        assertTrue(plugin.findRelease(SemanticVersion.parse("1.0.0")).isPresent());
        assertEquals(ErrorCode.PLUGIN_NOT_FOUND, assertThrows(DomainException.class,
                () -> plugin.release(SemanticVersion.parse("1.0.1"))).code());
    }

    @Test
    void rebuildingRechecksTheInvariants() {
        Plugin plugin = Plugin.create(uiPlugin("clock", "1.0.0", "alice"), false, 0, Set.of(), CLOCK);
        Release foreign = new Release(uiPlugin("other", "2.0.0", "alice"), CLOCK.instant());
        Release byAnother = new Release(uiPlugin("clock", "2.0.0", "bob"), CLOCK.instant());
        Release duplicate = new Release(uiPlugin("clock", "1.0.0+again", "alice"), CLOCK.instant());
        List<Release> first = plugin.releases();

        assertThrows(IllegalArgumentException.class, () -> rebuild(plugin, List.of()));
        assertThrows(IllegalArgumentException.class, () -> rebuild(plugin, List.of(first.get(0), foreign)));
        assertThrows(IllegalArgumentException.class, () -> rebuild(plugin, List.of(first.get(0), byAnother)));
        assertThrows(IllegalArgumentException.class, () -> rebuild(plugin, List.of(first.get(0), duplicate)));
        assertEquals(plugin, rebuild(plugin, first));
    }

    @Test
    void releasesAreOrderedByPrecedenceWhenRebuilt() {
        Plugin plugin = Plugin.create(uiPlugin("clock", "1.0.0", "alice"), false, 0, Set.of(), CLOCK)
                .publish(uiPlugin("clock", "1.1.0", "alice"), Set.of(), CLOCK);
        List<Release> reversed = List.of(plugin.releases().get(1), plugin.releases().get(0));

        assertEquals(plugin.releases(), rebuild(plugin, reversed).releases());
    }

    @Test
    void officialIsAFlagOnTheSamePlugin() {
        Plugin plugin = Plugin.create(uiPlugin("clock", "1.0.0", "alice"), false, 0, Set.of(), CLOCK);

        assertTrue(plugin.withOfficial(true).isOfficial());
        assertFalse(plugin.withOfficial(true).withOfficial(false).isOfficial());
    }

    private static Plugin rebuild(Plugin plugin, List<Release> releases) {
        return Plugin.rebuild(plugin.id(), plugin.author(), plugin.isOfficial(), releases, plugin.downloadCount(),
                plugin.createdAt(), plugin.revision());
    }
}
