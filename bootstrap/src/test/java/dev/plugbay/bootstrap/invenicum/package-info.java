/** The Invenicum Flutter client's calls replayed against the packaged configuration set up as an Invenicum deployment. */
package dev.plugbay.bootstrap.invenicum;
