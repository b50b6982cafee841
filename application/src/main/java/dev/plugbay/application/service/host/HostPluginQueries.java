package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.HostLogLine;
import dev.plugbay.application.port.in.host.HostPluginView;
import dev.plugbay.application.port.in.host.ListHostPluginsUseCase;
import dev.plugbay.application.port.in.host.ReadHostPluginLogsUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.domain.plugin.PluginId;
import java.util.List;
import java.util.Optional;

/** The host plugins' views and logs. */
public final class HostPluginQueries implements ListHostPluginsUseCase, ReadHostPluginLogsUseCase {

    private final HostPlugins plugins;
    private final PluginLogs logs;
    private final HostPluginViews views;

    HostPluginQueries(HostPlugins plugins, PluginLogs logs, HostPluginViews views) {
        this.plugins = plugins;
        this.logs = logs;
        this.views = views;
    }

    @Override
    public List<HostPluginView> list(Optional<String> status) {
        return plugins.all().stream()
                .filter(plugin -> status.map(plugin.state().name()::equals).orElse(true))
                .map(views::of)
                .toList();
    }

    @Override
    public HostPluginView get(PluginId name) {
        return views.of(HostPluginLifecycle.stored(plugins, name));
    }

    @Override
    public List<HostLogLine> logs(PluginId name, int limit) {
        HostPluginLifecycle.stored(plugins, name);
        return logs.last(name, limit).stream()
                .map(entry -> new HostLogLine(entry.at(), entry.stream(), entry.line(), entry.truncated()))
                .toList();
    }
}
