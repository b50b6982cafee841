-- The host side's rows belong to one host (docs/persistence.md "Several instances on one PostgreSQL"):
-- instances sharing the database each keep their own host plugins, settings, executions and
-- counters, keyed by the instance's host id (plugbay.host.id, or the one generated in
-- <plugbay.home>/host-id). The same plugin name may be installed on several hosts; an installation's
-- UUID stays unique over all of them (it is random).
--
-- The rows stored before belong to no host yet: they get the placeholder '(unclaimed)', which no host
-- id can be (parentheses are outside a host id's characters). The first instance that starts claims
-- them all in one transaction (HostRowsClaim): it takes the one unclaimed host_settings row first, so
-- an instance starting at the same time waits for that row, then finds nothing left to claim.
-- The defaults are dropped afterwards: every row written from now on names its host.

ALTER TABLE host_plugin ADD COLUMN host_id VARCHAR(64)${text_key} DEFAULT '(unclaimed)' NOT NULL;
ALTER TABLE host_plugin ALTER COLUMN host_id DROP DEFAULT;
ALTER TABLE host_plugin DROP CONSTRAINT host_plugin_pk;
ALTER TABLE host_plugin ADD CONSTRAINT host_plugin_pk PRIMARY KEY (host_id, name);

ALTER TABLE host_settings ADD COLUMN host_id VARCHAR(64)${text_key} DEFAULT '(unclaimed)' NOT NULL;
ALTER TABLE host_settings ALTER COLUMN host_id DROP DEFAULT;
ALTER TABLE host_settings DROP CONSTRAINT host_settings_single_row;
ALTER TABLE host_settings DROP CONSTRAINT host_settings_pk;
ALTER TABLE host_settings DROP COLUMN id;
ALTER TABLE host_settings ADD CONSTRAINT host_settings_pk PRIMARY KEY (host_id);

ALTER TABLE plugin_execution ADD COLUMN host_id VARCHAR(64)${text_key} DEFAULT '(unclaimed)' NOT NULL;
ALTER TABLE plugin_execution ALTER COLUMN host_id DROP DEFAULT;
DROP INDEX plugin_execution_newest;
CREATE INDEX plugin_execution_newest ON plugin_execution (host_id, plugin, started_at DESC, seq DESC);

ALTER TABLE plugin_hook_metrics ADD COLUMN host_id VARCHAR(64)${text_key} DEFAULT '(unclaimed)' NOT NULL;
ALTER TABLE plugin_hook_metrics ALTER COLUMN host_id DROP DEFAULT;
ALTER TABLE plugin_hook_metrics DROP CONSTRAINT plugin_hook_metrics_pk;
ALTER TABLE plugin_hook_metrics ADD CONSTRAINT plugin_hook_metrics_pk PRIMARY KEY (host_id, plugin, hook);
