/** The hook pipeline's rules (RUNTIME.md "Hook pipeline"): order, chaining, blocking, failure policy, the rate limit and the answers. */
package dev.plugbay.domain.host.pipeline;
