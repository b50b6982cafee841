package dev.plugbay.application.service.host;

import dev.plugbay.application.port.in.host.RunHookPipelineUseCase;
import dev.plugbay.application.port.out.host.HostPlugins;
import dev.plugbay.application.port.out.host.PluginLogs;
import dev.plugbay.application.port.out.host.PluginProcess;
import dev.plugbay.domain.host.Execution;
import dev.plugbay.domain.host.HostPlugin;
import dev.plugbay.domain.host.pipeline.HookPipeline;
import dev.plugbay.domain.host.pipeline.HookRequest;
import dev.plugbay.domain.host.pipeline.Participant;
import dev.plugbay.domain.host.pipeline.PipelineRun;
import dev.plugbay.domain.json.JsonObject;
import dev.plugbay.domain.manifest.Hook;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs the hook pipeline over the active plugins that declare the hook: those whose process offers
 * it, and those without a running process, which end {@code unavailable}. Each participant's ending
 * is recorded, and each failure logged to the plugin's logs. Waits for the startup round first.
 */
public final class HookPipelineService implements RunHookPipelineUseCase {

    private final HostPlugins plugins;
    private final PluginSupervisor supervisor;
    private final HostPluginStartup startup;
    private final HookPipeline pipeline;
    private final ExecutionRecorder recorder;
    private final PluginLogs logs;

    HookPipelineService(HostPlugins plugins, PluginSupervisor supervisor, HostPluginStartup startup, PluginCalls calls,
            ExecutionRecorder recorder, PluginLogs logs) {
        this.plugins = plugins;
        this.supervisor = supervisor;
        this.startup = startup;
        this.pipeline = new HookPipeline(calls);
        this.recorder = recorder;
        this.logs = logs;
    }

    @Override
    public JsonObject run(Hook hook, JsonObject body) {
        HookRequest request = HookRequest.read(hook, body);
        startup.awaitFirstRound();
        PipelineRun run = pipeline.run(request, participants(hook));
        for (Execution execution : run.executions()) {
            recorder.record(execution);
            if (!execution.outcome().success()) {
                logs.host(execution.plugin(), hook.wireName() + " call ended " + execution.outcome().wireName() + ": "
                        + execution.error());
            }
        }
        return run.answer();
    }

    private List<Participant> participants(Hook hook) {
        return plugins.all().stream()
                .filter(plugin -> plugin.state().isActive() && plugin.manifest().hasHook(hook))
                .flatMap(plugin -> participant(plugin, hook).stream())
                .toList();
    }

    /** None when the running process does not offer the hook (RUNTIME.md: treated as absent). */
    private Optional<Participant> participant(HostPlugin plugin, Hook hook) {
        Optional<PluginProcess> process = supervisor.process(plugin.name());
        if (process.isPresent() && !process.get().offeredHooks().contains(hook)) {
            return Optional.empty();
        }
        OptionalInt ready = process.map(PluginProcess::readyPriority).orElse(OptionalInt.empty());
        return Optional.of(new Participant(plugin.name(), Participant.resolve(plugin.manifest().priority(), ready),
                plugin.manifest().hookFailure(), plugin.effectiveConfig()));
    }
}
