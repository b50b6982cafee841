/** End-to-end tests of the host plugin manager: the packaged configuration, real plugin processes, over HTTP. */
package dev.plugbay.bootstrap.host;
