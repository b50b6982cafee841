/** The host plugins' executions and metrics counters, in the {@code plugin_execution} and {@code plugin_hook_metrics} tables. */
package dev.plugbay.adapters.persistence.execution;
