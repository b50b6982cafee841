package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.ActivateHostPluginUseCase;
import dev.plugbay.application.port.in.host.ConfigureHostPluginUseCase;
import dev.plugbay.application.port.in.host.DeactivateHostPluginUseCase;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.UninstallHostPluginUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginStore;
import dev.plugbay.domain.error.DomainException;
import dev.plugbay.domain.error.PluginErrorException;
import dev.plugbay.domain.error.PluginNotFoundException;
import dev.plugbay.domain.host.ActivationReason;
import dev.plugbay.domain.host.DeactivationReason;
import dev.plugbay.domain.host.HookDelivery;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.Transition;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import dev.plugbay.domain.plugin.PluginId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** HOST.md "Lifecycle" and "Config": activate, deactivate, uninstall and config of a host plugin, one name at a time. */
public final class HostPluginLifecycle implements ActivateHostPluginUseCase, DeactivateHostPluginUseCase,
        UninstallHostPluginUseCase, ConfigureHostPluginUseCase {

    private final HostPlugins plugins;
    private final PluginStore store;
    private final PluginLogs logs;
    private final PluginSupervisor supervisor;
    private final HostPluginViews views;
    private final HostPluginLocks locks;
    private final Clock clock;
    private final BatchedExecutionRecorder recorder;

    HostPluginLifecycle(HostPlugins plugins, PluginStore store, PluginLogs logs, PluginSupervisor supervisor,
            HostPluginViews views, HostPluginLocks locks, Clock clock, BatchedExecutionRecorder recorder) {
        this.plugins = plugins;
        this.store = store;
        this.logs = logs;
        this.supervisor = supervisor;
        this.views = views;
        this.locks = locks;
        this.clock = clock;
        this.recorder = recorder;
    }

    static HostPlugin stored(HostPlugins plugins, PluginId name) {
        return plugins.find(name).orElseThrow(() -> new PluginNotFoundException("Plugin '" + name + "' is not installed"));
    }

    @Override
    public HostPluginView activate(PluginId name) {
        return locks.with(name, () -> {
            HostPlugin plugin = stored(plugins, name);
            if (plugin.state().isActive() && (supervisor.running(name) || !plugin.runsCode())) {
                return views.of(plugin);
            }
            // An active plugin without a process (waiting for a restart) is activated anew: the count starts again.
            HostPlugin from = plugin.state().isActive()
                    ? plugin.deactivate(DeactivationReason.DEACTIVATE, clock.instant()).plugin() : plugin;
            supervisor.stop(plugin, List.of());
            Transition activation = from.activate(ActivationReason.ACTIVATE, clock.instant());
            try {
                if (plugin.runsCode()) {
                    supervisor.start(activation.plugin(), activation.hooks());
                } else if (store.installed(name).isEmpty()) {
                    throw new PluginErrorException(HostPluginMessages.FOLDER_MISSING);
                }
            } catch (DomainException failed) {
                plugins.update(plugin.fail(failed.getMessage(), clock.instant()));
                throw failed;
            }
            plugins.update(activation.plugin());
            return views.of(activation.plugin());
        });
    }

    @Override
    public HostPluginView deactivate(PluginId name) {
        return locks.with(name, () -> {
            HostPlugin plugin = stored(plugins, name);
            Transition deactivation = plugin.deactivate(DeactivationReason.DEACTIVATE, clock.instant());
            supervisor.stop(plugin, deactivation.hooks());
            if (deactivation.plugin() != plugin) {
                plugins.update(deactivation.plugin());
            }
            return views.of(deactivation.plugin());
        });
    }

    @Override
    public List<String> uninstall(PluginId name) {
        return locks.with(name, () -> {
            HostPlugin plugin = stored(plugins, name);
            List<HookDelivery> hooks = plugin.uninstallHooks();
            List<String> warnings = new ArrayList<>();
            if (supervisor.running(name)) {
                warnings.addAll(supervisor.stop(plugin, hooks));
            } else {
                supervisor.stop(plugin, List.of());
                List<HookDelivery> onUninstall = hooks.stream().filter(hook -> hook.hook() == Hook.ON_UNINSTALL).toList();
                if (!onUninstall.isEmpty()) {
                    warnings.addAll(shortLived(plugin, onUninstall));
                }
            }
            store.remove(name);
            plugins.delete(name);
            logs.clear(name);
            recorder.forget(name);
            return warnings;
        });
    }

    private List<String> shortLived(HostPlugin plugin, List<HookDelivery> hooks) {
        try {
            return supervisor.runShortLived(plugin, hooks);
        } catch (DomainException failed) {
            return List.of("onUninstall not delivered: " + failed.getMessage());
        }
    }

    @Override
    public HostPlugin replaceConfig(PluginId name, JsonObject values) {
        return locks.with(name, () -> store(stored(plugins, name).replaceConfig(values, clock.instant())));
    }

    @Override
    public HostPlugin mergeConfig(PluginId name, JsonObject patch) {
        return locks.with(name, () -> store(stored(plugins, name).mergeConfig(patch, clock.instant())));
    }

    private HostPlugin store(HostPlugin changed) {
        plugins.update(changed);
        return changed;
    }
}
