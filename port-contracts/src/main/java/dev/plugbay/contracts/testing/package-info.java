/** Test helpers the contracts use and adapters' tests may share: manifests as Plugbay reads them, a settable clock, plugin archives and raw HTTP requests. */
package dev.plugbay.contracts.testing;
