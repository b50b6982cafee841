package dev.plugbay.application.service.authoring;

import dev.plugbay.application.service.catalog.ReleasePublication;
import dev.plugbay.application.service.catalog.VisiblePlugins;

import dev.plugbay.application.port.in.authoring.AuthoringResult;
import dev.plugbay.application.port.in.authoring.CreatePluginUseCase;
import dev.plugbay.application.port.in.authoring.DeletePluginUseCase;
import dev.plugbay.application.port.in.authoring.UpdatePluginUseCase;
import dev.plugbay.application.port.out.catalog.CatalogReads;
import dev.plugbay.application.port.out.catalog.CatalogWrites;
import dev.plugbay.application.port.out.catalog.ReleaseLedger;
import dev.plugbay.application.port.out.installation.Installations;
import dev.plugbay.application.port.out.registry.RegistryPublisher;
import dev.plugbay.application.port.out.transaction.UnitOfWork;
import dev.plugbay.domain.error.AlreadyExistsException;
import dev.plugbay.domain.error.InvalidManifestException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.error.Violation;
import dev.plugbay.domain.json.JsonNull;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.json.JsonString;
import dev.plugbay.domain.manifest.Manifest;
import dev.plugbay.domain.manifest.ManifestOrigin;
import dev.plugbay.domain.manifest.ManifestReader;
import dev.plugbay.domain.manifest.ManifestReading;
import dev.plugbay.domain.catalog.Plugin;
import dev.plugbay.domain.plugin.PluginId;
import dev.plugbay.domain.policy.ModificationPolicy;
import dev.plugbay.domain.registry.Proposal;
import dev.plugbay.domain.user.Caller;
import java.time.Clock;
import java.util.List;

/** Authors' plugins: create, publish new releases, delete; each proposed to the registry with the change. */
public final class AuthoringService implements CreatePluginUseCase, UpdatePluginUseCase, DeletePluginUseCase {

    private static final Proposal PRIVATE_NOT_PROPOSED = Proposal.none("Private plugins are not proposed to the registry");

    private final CatalogReads catalogReads;
    private final CatalogWrites catalogWrites;
    private final ReleasePublication publication;
    private final Installations installations;
    private final RegistryPublisher publisher;
    private final ManifestReader manifestReader;
    private final VisiblePlugins visiblePlugins;
    private final ProposingUnitOfWork proposingUnitOfWork;

    public AuthoringService(CatalogReads catalogReads, CatalogWrites catalogWrites, ReleaseLedger ledger,
            Installations installations, RegistryPublisher publisher, UnitOfWork unitOfWork,
            ManifestReader manifestReader, Clock clock) {
        this.catalogReads = catalogReads;
        this.catalogWrites = catalogWrites;
        this.publication = new ReleasePublication(catalogWrites, ledger, clock);
        this.installations = installations;
        this.publisher = publisher;
        this.manifestReader = manifestReader;
        this.visiblePlugins = new VisiblePlugins(catalogReads);
        this.proposingUnitOfWork = new ProposingUnitOfWork(unitOfWork, publisher);
    }

    @Override
    public AuthoringResult create(Caller caller, JsonObject document) {
        ManifestReading reading = manifestReader.read(document,
                ManifestOrigin.creation(caller.requireAuthor(), caller.avatar()));
        Manifest manifest = reading.manifest();
        return proposingUnitOfWork.run(proposed -> {
            if (catalogReads.find(manifest.id()).isPresent()) {
                throw new AlreadyExistsException("A plugin with the id " + manifest.id() + " already exists");
            }
            Plugin plugin = publication.create(manifest, false, 0);
            Proposal proposal = manifest.isPublic() ? publisher.proposeCreation(manifest)
                    : PRIVATE_NOT_PROPOSED;
            proposed.accept(proposal);
            return new AuthoringResult(plugin, proposal, reading.warnings());
        });
    }

    @Override
    public AuthoringResult update(Caller caller, PluginId id, JsonObject document) {
        Plugin plugin = modifiablePlugin(caller, id);
        ManifestReading reading = manifestReader.read(withId(document, id),
                ManifestOrigin.newRelease(plugin.author(), plugin.current().authorAvatar()));
        Manifest manifest = reading.manifest();
        return proposingUnitOfWork.run(proposed -> {
            Plugin current = catalogReads.find(id).orElseThrow(() -> notFound(id));
            Plugin next = publication.publish(current, manifest);
            Proposal proposal = manifest.isPublic() || current.isOfficial()
                    ? publisher.proposeUpdate(manifest, caller.isAdmin())
                    : PRIVATE_NOT_PROPOSED;
            proposed.accept(proposal);
            return new AuthoringResult(next, proposal, reading.warnings());
        });
    }

    @Override
    public Proposal delete(Caller caller, PluginId id, boolean fromRegistry) {
        modifiablePlugin(caller, id);
        return proposingUnitOfWork.run(proposed -> {
            installations.deleteAllOf(id);
            if (!catalogWrites.delete(id)) {
                throw notFound(id);
            }
            Proposal proposal = fromRegistry ? publisher.proposeRemoval(id, caller.isAdmin())
                    : Proposal.none("Removal from the registry was not requested");
            proposed.accept(proposal);
            return proposal;
        });
    }

    private Plugin modifiablePlugin(Caller caller, PluginId id) {
        caller.requireAuthor();
        Plugin plugin = visiblePlugins.require(caller, id);
        ModificationPolicy.mayModify(caller, plugin).orDeny();
        return plugin;
    }

    /** The document with this plugin's id: an update never renames, and a missing id is not re-derived. */
    private static JsonObject withId(JsonObject document, PluginId id) {
        JsonString ownId = new JsonString(id.value());
        boolean renames = document.get("id")
                .filter(given -> given != JsonNull.INSTANCE && !given.equals(ownId) && !given.equals(new JsonString("")))
                .isPresent();
        if (renames) {
            throw new InvalidManifestException("Invalid manifest",
                    List.of(Violation.ofField("id", "cannot change: this is plugin " + id)));
        }
        return document.with("id", ownId);
    }

    private static PluginNotFoundException notFound(PluginId id) {
        return new PluginNotFoundException("Plugin " + id + " was not found");
    }
}
